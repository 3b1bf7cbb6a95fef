// One reading of one unit at one moment: what the over-time chart and the forecast draw from,
// whether it comes from this session's snapshots or from the persistent history store.
#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

struct UsagePoint {
    QDateTime time; // UTC
    double consumed = 0.0;
    std::optional<double> allocated;

    bool operator==(const UsagePoint &other) const {
        return time == other.time && consumed == other.consumed && allocated == other.allocated;
    }
};

using UsageSeries = QList<UsagePoint>;
