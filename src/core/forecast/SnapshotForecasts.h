// The forecasts for every unit of one snapshot, drawn from the history of its current period;
// what the dashboard, the tray tooltip and the command line show.
#pragma once

#include "core/api/UsageSnapshot.h"
#include "core/forecast/Forecast.h"

#include <QHash>
#include <QString>

#include <optional>

class Clock;
class HistoryStore;
class PeriodSeries;

class SnapshotForecasts final {
public:
    // store may be null or closed: then every unit with an allocation has too little history.
    static SnapshotForecasts compute(const HistoryStore *store, const QString &source,
                                     const UsageSnapshot &snapshot, const Clock &clock);
    // From the period's readings already at hand (the dashboard keeps them); the snapshot counts
    // even when it is not among them.
    static SnapshotForecasts compute(const PeriodSeries &series, const UsageSnapshot &snapshot,
                                     const Clock &clock);

    bool isEmpty() const { return m_forecasts.isEmpty(); }
    // Empty for a unit without an allocation or not in the snapshot.
    std::optional<Forecast> forUnit(const QString &unitKey) const;
    // The unit closest to running out, which the dashboard's headline and the tray speak of: the
    // one furthest over its allocation, else the one projected to run out first, else the highest
    // projected (or, without a projection, current) percentage; a unit without an allocation only
    // when none has one. Null when no unit reports a consumption.
    const UnitUsage *closestToRunningOut(const UsageSnapshot &snapshot) const;
    // One line for the command line: that unit's forecast, e.g. "Developer units: On pace: about
    // 62 % at reset". Empty without any allocation.
    QString summaryText() const;

private:
    QHash<QString, Forecast> m_forecasts;
    QHash<QString, QString> m_labels;
    QString m_summaryUnit;
};
