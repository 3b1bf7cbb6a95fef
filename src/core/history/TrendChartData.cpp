#include "core/history/TrendChartData.h"

#include "core/history/SeriesDownsampler.h"

double TrendChartData::amountOf(double y) const {
    return inPercent && allocated ? y / 100.0 * *allocated : y;
}

std::optional<double> TrendChartData::percentOf(double y) const {
    if (inPercent)
        return y;
    if (!allocated)
        return std::nullopt;
    return y / *allocated * 100.0;
}

TrendChartData TrendChartData::asPercentOfAllocation() const {
    if (inPercent || !allocated)
        return *this;
    TrendChartData percent = *this;
    const double scale = 100.0 / *allocated;
    for (QList<QPointF> *points :
         {&percent.consumption, &percent.allocationLine, &percent.projection}) {
        for (QPointF &point : *points)
            point.setY(point.y() * scale);
    }
    percent.yMaximum = yMaximum * scale;
    percent.inPercent = true;
    return percent;
}

TrendChartData TrendChartData::build(const UsageSeries &series, const HistoryPeriod &period,
                                     const std::optional<Forecast> &forecast, int pixelWidth,
                                     const QDateTime &now) {
    TrendChartData data;
    data.sourcePointCount = int(series.size());
    data.xMinimum = period.start.isValid() ? period.start.toMSecsSinceEpoch()
                    : series.isEmpty()     ? 0
                                           : series.constFirst().msecs;
    data.xMaximum = period.end.isValid() ? period.end.toMSecsSinceEpoch()
                    : series.isEmpty()   ? data.xMinimum
                                         : series.constLast().msecs;

    double highest = 0.0;
    for (const UsagePoint &point : series)
        highest = qMax(highest, point.consumed);
    // One point per pixel is all a line can show.
    data.consumption = SeriesDownsampler::downsample(
        series.size(),
        [&series](qsizetype i) {
            const UsagePoint &point = series.at(i);
            return QPointF(double(point.msecs), point.consumed);
        },
        qMax(3, pixelWidth));

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
