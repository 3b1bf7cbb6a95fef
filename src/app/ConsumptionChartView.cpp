#include "ConsumptionChartView.h"

#include "ChartContents.h"
#include "ChartPalette.h"
#include "LevelColors.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

ConsumptionChartView::ConsumptionChartView(QWidget *parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setFocusPolicy(Qt::StrongFocus);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setLocalizeNumbers(true);
    rebuild();
}

void ConsumptionChartView::setSeries(const QString &unitLabel, const UsageSeries &points,
                                     UsageLevel level) {
    m_label = unitLabel;
    m_points = points;
    m_level = level;
    rebuild();
}

void ConsumptionChartView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

void ConsumptionChartView::rebuild() {
    QChart *chart = this->chart();
    ChartContents::clear(chart);

    auto *consumed = new QLineSeries;
    consumed->setName(tr("Consumed"));
    // A unit without allocation has no level; it still needs a visible line.
    QPen consumedPen(m_level == UsageLevel::NoAllocation
                         ? palette().color(QPalette::Highlight)
                         : LevelColors::forLevel(m_level, palette()));
    consumedPen.setWidthF(2.0);
    consumed->setPen(consumedPen);
    consumed->setPointsVisible(true); // a single reading still shows as a dot

    auto *allocation = new QLineSeries;
    allocation->setName(tr("Allocation"));
    QPen allocationPen(palette().color(QPalette::WindowText));
    allocationPen.setStyle(Qt::DashLine);
    allocationPen.setWidthF(1.5);
    allocation->setPen(allocationPen);

    double highest = 0.0;
    for (const UsagePoint &point : m_points) {
        const qreal x = qreal(point.time.toMSecsSinceEpoch());
        consumed->append(x, point.consumed);
        highest = std::max(highest, point.consumed);
        if (point.allocated) {
            allocation->append(x, *point.allocated);
            highest = std::max(highest, *point.allocated);
        }
    }

    QDateTime first = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QDateTime last = first.addSecs(3600);
    if (!m_points.isEmpty()) {
        first = m_points.constFirst().time;
        last = m_points.constLast().time;
    }
    if (first.secsTo(last) < 600) {
        // A few readings minutes apart would fill the axis with one tick label; widen the window.
        first = first.addSecs(-300);
        last = last.addSecs(300);
    }
    // Without a second reading the allocation line would be a dot: draw it across the window.
    if (allocation->count() == 1) {
        const qreal y = allocation->at(0).y();
        allocation->clear();
        allocation->append(qreal(first.toMSecsSinceEpoch()), y);
        allocation->append(qreal(last.toMSecsSinceEpoch()), y);
    }

    chart->addSeries(allocation);
    chart->addSeries(consumed);

    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setRange(first.toLocalTime(), last.toLocalTime());
    const bool withinADay = first.secsTo(last) < 24 * 3600;
    timeAxis->setFormat(withinADay ? QStringLiteral("HH:mm") : QStringLiteral("d MMM"));
    timeAxis->setTickCount(5);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    consumed->attachAxis(timeAxis);
    allocation->attachAxis(timeAxis);

    auto *amountAxis = new QValueAxis;
    amountAxis->setRange(0.0, highest > 0.0 ? highest * 1.1 : 1.0);
    // Localised labels get group separators: 2,000,000 rather than 2e+06.
    amountAxis->setLabelFormat(highest < 10.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    amountAxis->applyNiceNumbers();
    chart->addAxis(amountAxis, Qt::AlignLeft);
    consumed->attachAxis(amountAxis);
    allocation->attachAxis(amountAxis);

    allocation->setVisible(allocation->count() > 0);
    const auto allocationMarkers = chart->legend()->markers(allocation);
    for (auto *marker : allocationMarkers)
        marker->setVisible(allocation->count() > 0);
    chart->legend()->setAlignment(Qt::AlignBottom);

    if (m_label.isEmpty())
        chart->setTitle(tr("Consumption over time"));
    else if (m_points.isEmpty())
        chart->setTitle(tr("%1: no readings yet").arg(m_label));
    else
        chart->setTitle(tr("%1 over time").arg(m_label));
    ChartPalette::apply(chart, palette());

    setAccessibleName(tr("Consumption over time"));
    setAccessibleDescription(chart->title());
}
