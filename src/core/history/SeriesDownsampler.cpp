#include "core/history/SeriesDownsampler.h"

#include <cmath>

QList<QPointF> SeriesDownsampler::downsample(const QList<QPointF> &points, int maximumPoints) {
    const qsizetype count = points.size();
    if (maximumPoints < 3 || count <= maximumPoints)
        return points;

    QList<QPointF> kept;
    kept.reserve(maximumPoints);
    kept.append(points.constFirst());

    // The inner points fall into maximumPoints - 2 buckets of (nearly) equal size. From each
    // bucket keep the point that makes the largest triangle with the point kept before it and the
    // mean of the next bucket: the one that matters most to the line's shape.
    const double bucketSize = double(count - 2) / double(maximumPoints - 2);
    qsizetype previous = 0;
    for (int bucket = 0; bucket < maximumPoints - 2; ++bucket) {
        const qsizetype begin = qsizetype(std::floor(bucket * bucketSize)) + 1;
        const qsizetype end = qMin(qsizetype(std::floor((bucket + 1) * bucketSize)) + 1, count - 1);

        const qsizetype nextBegin = end;
        const qsizetype nextEnd = qMin(qsizetype(std::floor((bucket + 2) * bucketSize)) + 1, count);
        double meanX = 0, meanY = 0;
        for (qsizetype i = nextBegin; i < nextEnd; ++i) {
            meanX += points.at(i).x();
            meanY += points.at(i).y();
        }
        const double nextCount = double(qMax<qsizetype>(1, nextEnd - nextBegin));
        meanX /= nextCount;
        meanY /= nextCount;

        const QPointF &a = points.at(previous);
        double largestArea = -1.0;
        qsizetype chosen = begin;
        for (qsizetype i = begin; i < end; ++i) {
            const QPointF &b = points.at(i);
            // Twice the triangle's area; the factor does not change which is largest.
            const double area =
                std::abs((a.x() - meanX) * (b.y() - a.y()) - (a.x() - b.x()) * (meanY - a.y()));
            if (area > largestArea) {
                largestArea = area;
                chosen = i;
            }
        }
        kept.append(points.at(chosen));
        previous = chosen;
    }
    kept.append(points.constLast());
    return kept;
}
