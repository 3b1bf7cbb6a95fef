// One reading of the organization usage endpoint: the periods, the cadence and every metered unit.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

enum class AllocationCadence {
    None, // trial organizations: no periodic allocation
    Monthly,
    Annual,
    Unknown, // a word the API added after this app was written; shown as sent
};

// One metered unit, e.g. developer_units, explorer_units, legacy credits or a unit added later.
struct UnitUsage {
    QString key; // the API's key, e.g. "developer_units"
    // Absent when the API gave the unit an allocation but no consumed amount (or null): "not
    // reported", never a zero.
    std::optional<double> consumed;
    std::optional<double> allocated; // absent on trials or when only consumed_amounts names it

    // A person's name for the unit: "Developer units", or one made from an unknown key.
    QString label() const;
    static QString labelForKey(const QString &key);

    // Allocated minus consumed (may be negative); empty without an allocation, when it is 0, or
    // when the consumption was not reported.
    std::optional<double> remaining() const;
    // Consumed / allocated x 100; empty whenever remaining() is, and when the quotient is not
    // finite (a denormal allocation).
    std::optional<double> percentUsed() const;

    bool operator==(const UnitUsage &other) const;
    bool operator!=(const UnitUsage &other) const { return !(*this == other); }
};

struct UsageSnapshot {
    QDateTime billingPeriodStart; // UTC
    QDateTime billingPeriodEnd;
    QDateTime allocationPeriodStart; // invalid when the API sent null
    QDateTime allocationPeriodEnd;
    QString cadenceText;    // the raw allocation_cadence word; empty when null
    QList<UnitUsage> units; // sorted by key
    QDateTime receivedAt;   // when the response arrived, UTC

    AllocationCadence cadence() const;
    bool hasAllocationPeriod() const;
    // The period the figures count in: the allocation period, or the billing period when the
    // plan has none (a trial's consumption counts per billing period). The end is exclusive: the
    // first instant of the next period, when the allocation resets. Every view, the history and
    // the notifications take the period from here.
    QDateTime periodStart() const;
    QDateTime periodEnd() const;
    // The period the API reports is over at `now`: the figures may be out of date (the API has
    // not moved on to the next period).
    bool periodEndedBy(const QDateTime &now) const;
    const UnitUsage *unit(const QString &key) const;
    // The unit with the highest percentage used, or nullptr when no unit has an allocation.
    const UnitUsage *mostConsumedUnit() const;

    // Equal readings: same periods, cadence and amounts (receivedAt is not compared).
    bool sameReadingAs(const UsageSnapshot &other) const;
};

Q_DECLARE_METATYPE(UsageSnapshot)
