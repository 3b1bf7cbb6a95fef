// Thins a long series to about as many points as the chart has pixels, keeping its shape
// (largest-triangle-three-buckets), so that drawing stays fast at any history length.
#pragma once

#include <QList>
#include <QPointF>

class SeriesDownsampler final {
public:
    // Points sorted by x. Returns them unchanged when there are no more than maximumPoints (or
    // maximumPoints is below 3); otherwise the first, the last and one point per bucket between.
    static QList<QPointF> downsample(const QList<QPointF> &points, int maximumPoints);
};
