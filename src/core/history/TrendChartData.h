// What the trend chart draws for one unit and one period, worked out in the core: consumption
// thinned to the chart's width, the allocation line and the dashed projection to the period end.
#pragma once

#include "core/forecast/Forecast.h"
#include "core/history/HistoryPeriod.h"
#include "core/history/UsagePoint.h"

#include <QList>
#include <QPointF>

#include <optional>

struct TrendChartData {
    // x is milliseconds since the epoch (UTC), y the consumed amount.
    QList<QPointF> consumption;
    QList<QPointF> allocationLine; // empty without an allocation
    QList<QPointF> projection;     // empty without a projection (earlier periods, little history)
    qint64 xMinimum = 0;           // the period's start and end
    qint64 xMaximum = 0;
    double yMaximum = 1.0;    // a little above the highest value drawn
    int sourcePointCount = 0; // points before thinning

    // forecast: for the current period; pass std::nullopt for an earlier one.
    static TrendChartData build(const UsageSeries &series, const HistoryPeriod &period,
                                const std::optional<Forecast> &forecast, int pixelWidth);
};
