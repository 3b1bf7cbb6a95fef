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
    // Empty without a projection: earlier periods, and too little history for a rate (one reading
    // never draws a flat "projected" line).
    QList<QPointF> projection;
    qint64 xMinimum = 0; // the period's start and end
    qint64 xMaximum = 0;
    double yMaximum = 1.0;           // a little above the highest value drawn
    std::optional<double> allocated; // the newest reading's allocation, when it has one (> 0)
    qint64 now = 0;                  // "today", when it falls within the period; else 0
    int sourcePointCount = 0;        // points before thinning
    bool inPercent = false; // y is a percentage of the allocation (asPercentOfAllocation())

    // A y value as an amount, and as a percentage of the allocation (empty without one).
    double amountOf(double y) const;
    std::optional<double> percentOf(double y) const;
    // The same chart with y in percent of the allocation (the allocation line at 100), so that
    // 100 explorer units and 2,000,000 developer units read on one scale; unchanged without an
    // allocation.
    TrendChartData asPercentOfAllocation() const;

    // forecast: for the current period; pass std::nullopt for an earlier one. now: the moment the
    // chart marks as today.
    static TrendChartData build(const UsageSeries &series, const HistoryPeriod &period,
                                const std::optional<Forecast> &forecast, int pixelWidth,
                                const QDateTime &now = QDateTime());
};
