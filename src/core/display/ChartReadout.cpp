#include "core/display/ChartReadout.h"

#include "core/display/DashboardText.h"

#include <algorithm>
#include <cmath>

namespace {

QDateTime timeOf(double x) {
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(x)), Qt::UTC);
}

ChartReadout reading(const TrendChartData &data, const QPointF &point, const DashboardText &text) {
    ChartReadout readout;
    readout.point = point;
    readout.title = text.dateAndTime(timeOf(point.x()));
    const UsageFormat &format = text.format();
    // A percent chart reads in amounts too: the y value is turned back into one.
    const QString amount = format.amount(data.amountOf(point.y()));
    const std::optional<double> percent = data.percentOf(point.y());
    readout.value =
        percent ? ChartReadout::tr("%1 (%2)").arg(amount, format.percent(*percent)) : amount;
    return readout;
}

ChartReadout projection(const TrendChartData &data, double x, const DashboardText &text) {
    const QPointF &from = data.projection.constFirst();
    const QPointF &to = data.projection.constLast();
    const double at = std::clamp(x, from.x(), to.x());
    const double share = to.x() > from.x() ? (at - from.x()) / (to.x() - from.x()) : 1.0;
    ChartReadout readout;
    readout.projected = true;
    readout.point = QPointF(at, from.y() + (to.y() - from.y()) * share);
    const UsageFormat &format = text.format();
    readout.title = at >= to.x()
                        ? ChartReadout::tr("Projected at the reset")
                        //: %1 a date and time, e.g. "28 Apr 12:00"
                        : ChartReadout::tr("Projected for %1").arg(text.dateAndTime(timeOf(at)));
    const QString amount = format.compactAmount(data.amountOf(readout.point.y()));
    const std::optional<double> percent = data.percentOf(readout.point.y());
    //: A projected amount: %1 e.g. "1.44 M", %2 e.g. "72 %"
    readout.value =
        percent ? ChartReadout::tr("about %1 (%2)").arg(amount, format.headlinePercent(*percent))
                : ChartReadout::tr("about %1").arg(amount);
    return readout;
}

// The index of the consumption point nearest to x.
qsizetype nearest(const QList<QPointF> &points, double x) {
    const auto after =
        std::lower_bound(points.cbegin(), points.cend(), x,
                         [](const QPointF &point, double at) { return point.x() < at; });
    if (after == points.cbegin())
        return 0;
    if (after == points.cend())
        return points.size() - 1;
    const auto before = after - 1;
    return (x - before->x() <= after->x() - x ? before : after) - points.cbegin();
}

} // namespace

std::optional<ChartReadout> ChartReadout::at(const TrendChartData &data, double x,
                                             const DashboardText &text) {
    const QList<QPointF> &points = data.consumption;
    if (points.isEmpty())
        return std::nullopt;
    // Past the last reading, nearer the projection than the reading: the projection speaks.
    if (!data.projection.isEmpty() && x > points.constLast().x()) {
        const double gap = data.projection.constLast().x() - points.constLast().x();
        if (x - points.constLast().x() > gap * 0.02)
            return projection(data, x, text);
    }
    return reading(data, points.at(nearest(points, x)), text);
}

std::optional<ChartReadout> ChartReadout::step(const TrendChartData &data, double x, int direction,
                                               const DashboardText &text) {
    const QList<QPointF> &points = data.consumption;
    if (points.isEmpty())
        return std::nullopt;
    const bool onProjection = !data.projection.isEmpty() && x > points.constLast().x();
    if (onProjection) {
        if (direction < 0)
            return reading(data, points.constLast(), text);
        return projection(data, data.projection.constLast().x(), text);
    }
    const qsizetype index = nearest(points, x) + (direction < 0 ? -1 : direction > 0 ? 1 : 0);
    if (index >= points.size() && !data.projection.isEmpty())
        return projection(data, data.projection.constLast().x(), text);
    return reading(data, points.at(std::clamp<qsizetype>(index, 0, points.size() - 1)), text);
}
