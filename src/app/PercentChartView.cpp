#include "app/PercentChartView.h"

#include "app/ChartContents.h"
#include "app/ChartPalette.h"
#include "app/LevelColors.h"
#include "core/display/UsageFormat.h"
#include "core/display/UsageTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

PercentChartView::PercentChartView(QWidget *parent)
    : QChartView(parent)
    , m_legend(new QLabel(this)) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setFocusPolicy(Qt::StrongFocus);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    m_legend->setObjectName(QStringLiteral("percentLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_legend->setMargin(2);
    rebuild();
}

void PercentChartView::setModel(UsageTableModel *model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &PercentChartView::rebuild);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &PercentChartView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &PercentChartView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PercentChartView::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &PercentChartView::rebuild);
    }
    rebuild();
}

void PercentChartView::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    placeLegend();
}

void PercentChartView::placeLegend() {
    // The legend sits in a margin below the chart, as high as its wrapped lines need.
    const int width = this->width() - 2 * frameWidth();
    const int height = m_legend->heightForWidth(width) + m_legend->margin() * 2;
    setViewportMargins(0, 0, 0, height);
    m_legend->setGeometry(frameWidth(), this->height() - frameWidth() - height, width, height);
    // QChartView sizes the chart to the whole view; keep it to the viewport above the legend.
    chart()->resize(viewport()->size());
    setSceneRect(chart()->geometry());
}

void PercentChartView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

void PercentChartView::rebuild() {
    QChart *chart = this->chart();
    ChartContents::clear(chart);
    m_charted.clear();

    // One bar set per level, stacked, so that each column takes its level's colour and the legend
    // explains the colours; every column has a value in exactly one set.
    const UsageLevel levels[] = {UsageLevel::Normal, UsageLevel::Warning, UsageLevel::Critical,
                                 UsageLevel::Over};
    // The legend says what each colour means with the thresholds in force ("Warning: 75 % to
    // 90 %"), so that a lone "Normal" never leaves someone guessing.
    const UsageFormat format;
    const UsageThresholds thresholds = m_model ? m_model->thresholds() : UsageThresholds();
    QList<QBarSet *> sets;
    for (UsageLevel level : levels) {
        auto *set = new QBarSet(format.levelRange(level, thresholds));
        const QColor colour = LevelColors::forLevel(level, palette());
        set->setColor(colour);
        set->setBorderColor(colour);
        set->setLabelColor(palette().color(QPalette::WindowText));
        sets.append(set);
    }

    QStringList categories;
    double highest = 100.0;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, UsageTableModel::PercentColumn);
        const QVariant percent = index.data(UsageTableModel::RawValueRole);
        if (!percent.isValid())
            continue; // no allocation: nothing to be a percentage of
        const auto level = UsageLevel(index.data(UsageTableModel::LevelRole).toInt());
        for (int i = 0; i < sets.size(); ++i)
            sets.at(i)->append(levels[i] == level ? percent.toDouble() : 0.0);
        const QString label = m_model->index(row, UsageTableModel::LabelColumn).data().toString();
        categories << label;
        m_charted << tr("%1: %2").arg(label, index.data().toString());
        highest = std::max(highest, percent.toDouble());
    }

    auto *series = new QStackedBarSeries;
    series->append(sets);
    series->setBarWidth(0.6);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories.isEmpty() ? QStringList{QString()} : categories);
    // Qt's estimate of the room per category is cautious and would cut "Developer units" short.
    categoryAxis->setTruncateLabels(false);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);

    auto *percentAxis = new QValueAxis;
    // Round the top up to a multiple of 25 with headroom, so the 100 % line never hugs the edge.
    const double top = std::ceil(highest * 1.1 / 25.0) * 25.0;
    percentAxis->setRange(0.0, top);
    percentAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    percentAxis->setTickCount(int(top / 25.0) + 1);
    percentAxis->setTitleText(tr("% of allocation used"));
    chart->addAxis(percentAxis, Qt::AlignLeft);
    series->attachAxis(percentAxis);

    // The 100 % line spans the whole category axis: a hidden x axis over the same positions.
    const qreal span = std::max<qsizetype>(1, categories.size());
    auto *limitAxis = new QValueAxis;
    limitAxis->setRange(-0.5, span - 0.5);
    limitAxis->setVisible(false);
    chart->addAxis(limitAxis, Qt::AlignTop);
    auto *limit = new QLineSeries;
    limit->setName(tr("Allocation (100 %)"));
    limit->append(-0.5, 100.0);
    limit->append(span - 0.5, 100.0);
    QPen limitPen(palette().color(QPalette::WindowText));
    limitPen.setStyle(Qt::DashLine);
    limitPen.setWidthF(1.5);
    limit->setPen(limitPen);
    chart->addSeries(limit);
    limit->attachAxis(limitAxis);
    limit->attachAxis(percentAxis);

    // Legend entries only for the levels on show, plus the line. Qt's legend is one row that cuts
    // long entries short ("Critical: 90 ..."), so a label that wraps between entries shows them.
    m_legendEntries.clear();
    QStringList legendHtml;
    const auto addEntry = [&](const QString &symbol, const QColor &colour, const QString &text) {
        m_legendEntries << text;
        legendHtml << QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                          .arg(colour.name(), symbol,
                               text.toHtmlEscaped().replace(QLatin1Char(' '),
                                                            QStringLiteral("&nbsp;")));
    };
    for (int i = 0; i < sets.size(); ++i) {
        if (sets.at(i)->sum() > 0.0)
            addEntry(QStringLiteral("&#9632;"), sets.at(i)->color(), sets.at(i)->label());
    }
    addEntry(QStringLiteral("&#9476;&#9476;"), limitPen.color(), limit->name());
    chart->legend()->setVisible(false);
    m_legend->setText(legendHtml.join(QStringLiteral(" &nbsp; ")));
    placeLegend();

    chart->setTitle(categories.isEmpty() ? tr("No unit has an allocation to compare against")
                                         : tr("Consumption as percent of allocation"));
    ChartPalette::apply(chart, palette());
    limitAxis->setVisible(false);

    setAccessibleName(tr("Percent of allocation per unit"));
    setAccessibleDescription(m_charted.isEmpty() ? chart->title()
                                                 : m_charted.join(QStringLiteral("; ")));
}
