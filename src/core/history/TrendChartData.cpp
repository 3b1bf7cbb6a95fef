#include "core/history/TrendChartData.h"

#include "core/history/SeriesDownsampler.h"

std::optional<double> TrendChartData::percentOf(double amount) const {
    if (!allocated)
        return std::nullopt;
    return amount / *allocated * 100.0;
}

TrendChartData TrendChartData::build(const UsageSeries &series, const HistoryPeriod &period,
                                     const std::optional<Forecast> &forecast, int pixelWidth,
                                     const QDateTime &now) {
    TrendChartData data;
    data.sourcePointCount = int(series.size());
    data.xMinimum = period.start.isValid() ? period.start.toMSecsSinceEpoch()
                    : series.isEmpty()     ? 0
                                           : series.constFirst().time.toMSecsSinceEpoch();
    data.xMaximum = period.end.isValid() ? period.end.toMSecsSinceEpoch()
                    : series.isEmpty()   ? data.xMinimum
                                         : series.constLast().time.toMSecsSinceEpoch();

    QList<QPointF> points;
    points.reserve(series.size());
    double highest = 0.0;
    for (const UsagePoint &point : series) {
        points.append(QPointF(double(point.time.toMSecsSinceEpoch()), point.consumed));
        highest = qMax(highest, point.consumed);
    }
    // One point per pixel is all a line can show.
    data.consumption = SeriesDownsampler::downsample(points, qMax(3, pixelWidth));

    if (!series.isEmpty() && series.constLast().allocated) {
        const double allocated = *series.constLast().allocated;
        data.allocationLine = {QPointF(double(data.xMinimum), allocated),
                               QPointF(double(data.xMaximum), allocated)};
        highest = qMax(highest, allocated);
        if (allocated > 0.0)
            data.allocated = allocated;
    }
    if (now.isValid() && now.toMSecsSinceEpoch() >= data.xMinimum &&
        now.toMSecsSinceEpoch() <= data.xMaximum)
        data.now = now.toMSecsSinceEpoch();

    if (forecast && forecast->hasProjection() && forecast->hasFittedRate() &&
        forecast->periodEnd().isValid()) {
        data.projection = {
            QPointF(double(forecast->projectionStart().toMSecsSinceEpoch()),
                    forecast->projectionStartConsumed()),
            QPointF(double(forecast->periodEnd().toMSecsSinceEpoch()),
                    forecast->projectedConsumed()),
        };
        highest = qMax(highest, forecast->projectedConsumed());
    }
    data.yMaximum = highest > 0.0 ? highest * 1.05 : 1.0;
    return data;
}
