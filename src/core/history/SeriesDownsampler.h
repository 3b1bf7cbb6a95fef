// Thins a long series to about as many points as the chart has pixels, keeping its shape
// (largest-triangle-three-buckets), so that drawing stays fast at any history length.
#pragma once

#include <QList>
#include <QPointF>

#include <cmath>

class SeriesDownsampler final {
public:
    // Points sorted by x. Returns them unchanged when there are no more than maximumPoints (or
    // maximumPoints is below 3); otherwise the first, the last and one point per bucket between.
    static QList<QPointF> downsample(const QList<QPointF> &points, int maximumPoints);

    // The same over count points that pointAt(i) gives, without a copy of them all: a long
    // period's hundred thousand readings are thinned at every refresh.
    template<typename PointAt>
    static QList<QPointF> downsample(qsizetype count, const PointAt &pointAt, int maximumPoints);
};

template<typename PointAt>
QList<QPointF> SeriesDownsampler::downsample(qsizetype count, const PointAt &pointAt,
                                             int maximumPoints) {
    QList<QPointF> kept;
    if (maximumPoints < 3 || count <= maximumPoints) {
        kept.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            kept.append(pointAt(i));
        return kept;
    }
    kept.reserve(maximumPoints);
    kept.append(pointAt(0));

    // The inner points fall into maximumPoints - 2 buckets of (nearly) equal size. From each
    // bucket keep the point that makes the largest triangle with the point kept before it and the
    // mean of the next bucket: the one that matters most to the line's shape.
    const double bucketSize = double(count - 2) / double(maximumPoints - 2);
    QPointF a = kept.constFirst();
    for (int bucket = 0; bucket < maximumPoints - 2; ++bucket) {
        const qsizetype begin = qsizetype(std::floor(bucket * bucketSize)) + 1;
        const qsizetype end = qMin(qsizetype(std::floor((bucket + 1) * bucketSize)) + 1, count - 1);

        const qsizetype nextBegin = end;
        const qsizetype nextEnd = qMin(qsizetype(std::floor((bucket + 2) * bucketSize)) + 1, count);
        double meanX = 0, meanY = 0;
        for (qsizetype i = nextBegin; i < nextEnd; ++i) {
            const QPointF point = pointAt(i);
            meanX += point.x();
            meanY += point.y();
        }
        const double nextCount = double(qMax<qsizetype>(1, nextEnd - nextBegin));
        meanX /= nextCount;
        meanY /= nextCount;

        double largestArea = -1.0;
        QPointF chosen = pointAt(begin);
        for (qsizetype i = begin; i < end; ++i) {
            const QPointF b = pointAt(i);
            // Twice the triangle's area; the factor does not change which is largest.
            const double area =
                std::abs((a.x() - meanX) * (b.y() - a.y()) - (a.x() - b.x()) * (meanY - a.y()));
            if (area > largestArea) {
                largestArea = area;
                chosen = b;
            }
        }
        kept.append(chosen);
        a = chosen;
    }
    kept.append(pointAt(count - 1));
    return kept;
}
