// One reading of one unit at one moment: what the over-time chart and the forecast draw from,
// whether it comes from this session's snapshots or from the persistent history store.
#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

struct UsagePoint {
    UsagePoint() = default;
    UsagePoint(const QDateTime &at, double consumed, std::optional<double> allocated = std::nullopt)
        : msecs(at.toMSecsSinceEpoch())
        , consumed(consumed)
        , allocated(allocated) {}

    // The moment, in milliseconds since the epoch (UTC). Kept as a number: the forecast and the
    // charts read every point of a period (a hundred thousand in a long one) at every refresh, and
    // a QDateTime costs a conversion each time.
    qint64 msecs = 0;
    double consumed = 0.0;
    std::optional<double> allocated;

    QDateTime time() const { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); }
    void setTime(const QDateTime &at) { msecs = at.toMSecsSinceEpoch(); }

    bool operator==(const UsagePoint &other) const {
        return msecs == other.msecs && consumed == other.consumed && allocated == other.allocated;
    }
};

using UsageSeries = QList<UsagePoint>;
