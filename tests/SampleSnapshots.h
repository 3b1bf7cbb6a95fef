// Snapshots built by hand for the tests of the snapshot and its writers: the documentation's
// monthly unit plan, and helpers for writing others briefly.
#pragma once

#include "core/api/UsageSnapshot.h"

#include <QDateTime>

#include <optional>

namespace SampleSnapshots {

inline QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

inline UnitUsage unit(const QString &key, double consumed, std::optional<double> allocated) {
    UnitUsage usage;
    usage.key = key;
    usage.consumed = consumed;
    usage.allocated = allocated;
    return usage;
}

// April 2026, monthly: explorer_units 12.5 of 100, developer_units 341523 of 2000000, captured
// 2026-04-25T10:30:15.678Z. The units are deliberately out of key order.
inline UsageSnapshot monthly() {
    UsageSnapshot snapshot;
    snapshot.billingPeriodStart = utc(2026, 4, 1);
    snapshot.billingPeriodEnd = utc(2026, 5, 1);
    snapshot.allocationPeriodStart = utc(2026, 4, 1);
    snapshot.allocationPeriodEnd = utc(2026, 5, 1);
    snapshot.cadenceText = QStringLiteral("monthly");
    snapshot.receivedAt = utc(2026, 4, 25, 10, 30, 15).addMSecs(678);
    snapshot.units = {unit(QStringLiteral("explorer_units"), 12.5, 100),
                      unit(QStringLiteral("developer_units"), 341523, 2000000)};
    return snapshot;
}

// The same month for a trial: no allocation period, no cadence, no allocation for either unit.
inline UsageSnapshot trial() {
    UsageSnapshot snapshot = monthly();
    snapshot.allocationPeriodStart = QDateTime();
    snapshot.allocationPeriodEnd = QDateTime();
    snapshot.cadenceText.clear();
    snapshot.units = {unit(QStringLiteral("developer_units"), 1500.25, std::nullopt),
                      unit(QStringLiteral("explorer_units"), 3, std::nullopt)};
    return snapshot;
}

} // namespace SampleSnapshots
