#include "core/history/SeriesDownsampler.h"

QList<QPointF> SeriesDownsampler::downsample(const QList<QPointF> &points, int maximumPoints) {
    if (maximumPoints < 3 || points.size() <= maximumPoints)
        return points;
    return downsample(
        points.size(), [&points](qsizetype i) { return points.at(i); }, maximumPoints);
}
