#include "TrendChartView.h"

#include "ChartPalette.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cstdlib>

TrendChartView::TrendChartView(QWidget *parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setFocusPolicy(Qt::StrongFocus);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setLocalizeNumbers(true);
    setAccessibleName(tr("Trend and projection"));
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
    if (std::abs(width() - m_lastWidth) * 10 > qMax(1, m_lastWidth)) {
        m_lastWidth = width();
        emit plotWidthChanged();
    }
}

void TrendChartView::rebuild() {
    QChart *chart = this->chart();
    chart->removeAllSeries();
    const auto oldAxes = chart->axes();
    for (QAbstractAxis *axis : oldAxes) {
        chart->removeAxis(axis);
        delete axis;
    }

    const auto addLine = [chart](const QString &name, const QList<QPointF> &points,
                                 const QColor &colour, Qt::PenStyle style) {
        auto *line = new QLineSeries;
        line->setName(name);
        QPen pen(colour);
        pen.setStyle(style);
        pen.setWidthF(style == Qt::SolidLine ? 2.0 : 1.5);
        line->setPen(pen);
        line->replace(points);
        chart->addSeries(line);
        const bool shown = !points.isEmpty();
        line->setVisible(shown);
        const auto markers = chart->legend()->markers(line);
        for (QLegendMarker *marker : markers)
            marker->setVisible(shown);
        return line;
    };
    QList<QLineSeries *> lines = {
        addLine(tr("Allocation"), m_data.allocationLine, palette().color(QPalette::WindowText),
                Qt::DotLine),
        addLine(tr("Consumed"), m_data.consumption, palette().color(QPalette::Highlight),
                Qt::SolidLine),
        addLine(tr("Projected"), m_data.projection, palette().color(QPalette::Highlight),
                Qt::DashLine),
    };
    lines.at(1)->setPointsVisible(m_data.consumption.size() == 1); // one reading: a dot

    auto *timeAxis = new QDateTimeAxis;
    qint64 first = m_data.xMinimum;
    qint64 last = m_data.xMaximum;
    if (last - first < 600'000) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        first = last > 0 ? first - 300'000 : now - 3'600'000;
        last = last > 0 ? last + 300'000 : now;
    }
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first).toLocalTime(),
                       QDateTime::fromMSecsSinceEpoch(last).toLocalTime());
    timeAxis->setFormat(last - first < 86'400'000 ? QStringLiteral("HH:mm")
                                                  : QStringLiteral("d MMM"));
    timeAxis->setTickCount(6);
    chart->addAxis(timeAxis, Qt::AlignBottom);

    auto *amountAxis = new QValueAxis;
    amountAxis->setRange(0.0, m_data.yMaximum);
    amountAxis->setLabelFormat(m_data.yMaximum < 10.0 ? QStringLiteral("%.1f")
                                                      : QStringLiteral("%.0f"));
    amountAxis->applyNiceNumbers();
    chart->addAxis(amountAxis, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(timeAxis);
        line->attachAxis(amountAxis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(m_label.isEmpty() ? tr("Trend") : tr("%1: trend and projection").arg(m_label));
    ChartPalette::apply(chart, palette());
    setAccessibleDescription(chart->title());
}
