#include "app/TrendChartView.h"

#include "app/ChartPalette.h"
#include "core/display/NiceAxis.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cstdlib>

TrendChartView::TrendChartView(QWidget *parent)
    : QChartView(parent)
    , m_allocation(new QLineSeries(this))
    , m_consumed(new QLineSeries(this))
    , m_projected(new QLineSeries(this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_amountAxis(new QValueAxis(this)) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Consumption over time"));

    QChart *chart = this->chart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_allocation->setName(tr("Allocation"));
    m_consumed->setName(tr("Consumed"));
    m_projected->setName(tr("Projected"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_amountAxis, Qt::AlignLeft);
    m_timeAxis->setTickCount(6);
    for (QLineSeries *line : {m_allocation, m_consumed, m_projected}) {
        chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_amountAxis);
    }
    rebuild();
}

int TrendChartView::plotWidth() const {
    const int plot = int(chart()->plotArea().width());
    return plot > 10 ? plot : qMax(100, width());
}

void TrendChartView::setData(const QString &unitLabel, const TrendChartData &data) {
    m_label = unitLabel;
    m_data = data;
    rebuild();
}

void TrendChartView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

void TrendChartView::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    // Thinning again on every pixel of a drag is wasted work; a tenth of the width is visible.
    // Queued, so that the new data arrives after the resize has been laid out.
    if (std::abs(width() - m_lastWidth) * 10 > qMax(1, m_lastWidth)) {
        m_lastWidth = width();
        QMetaObject::invokeMethod(this, &TrendChartView::plotWidthChanged, Qt::QueuedConnection);
    }
}

void TrendChartView::rebuild() {
    const auto style = [this](QLineSeries *line, const QList<QPointF> &points, const QColor &colour,
                              Qt::PenStyle penStyle) {
        QPen pen(colour);
        pen.setStyle(penStyle);
        pen.setWidthF(penStyle == Qt::SolidLine ? 2.0 : 1.5);
        line->setPen(pen);
        line->replace(points);
        const bool shown = !points.isEmpty();
        line->setVisible(shown);
        const auto markers = chart()->legend()->markers(line);
        for (QLegendMarker *marker : markers)
            marker->setVisible(shown);
    };
    const QColor text = palette().color(QPalette::WindowText);
    const QColor highlight = palette().color(QPalette::Highlight);
    style(m_allocation, m_data.allocationLine, text, Qt::DotLine);
    style(m_consumed, m_data.consumption, highlight, Qt::SolidLine);
    // Lighter as well as dashed, so that its legend marker differs from the consumption's.
    QColor projected = highlight;
    projected.setAlphaF(0.7);
    style(m_projected, m_data.projection, projected, Qt::DashLine);
    m_consumed->setPointsVisible(m_data.consumption.size() == 1); // one reading: a dot

    qint64 first = m_data.xMinimum;
    qint64 last = m_data.xMaximum;
    if (last - first < 600'000) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        first = last > 0 ? first - 300'000 : now - 3'600'000;
        last = last > 0 ? last + 300'000 : now;
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first).toLocalTime(),
                         QDateTime::fromMSecsSinceEpoch(last).toLocalTime());
    m_timeAxis->setFormat(last - first < 86'400'000 ? QStringLiteral("HH:mm")
                                                    : QStringLiteral("d MMM"));
    // Round steps just above the data: Qt's own nice numbers could double the range (0 to
    // 4,000,000 for a 2,000,000 allocation), leaving the line in the lower half.
    const NiceAxis amounts = NiceAxis::fromZeroTo(m_data.yMaximum);
    m_amountAxis->setRange(0.0, amounts.maximum());
    m_amountAxis->setTickCount(amounts.tickCount());
    m_amountAxis->setLabelFormat(QStringLiteral("%.%1f").arg(amounts.decimals()));

    chart()->setTitle(m_label.isEmpty() ? tr("Consumption over time")
                                        : tr("%1 over time").arg(m_label));
    ChartPalette::apply(chart(), palette());
    setAccessibleDescription(chart()->title());
}
