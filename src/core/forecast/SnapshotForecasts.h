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

class SnapshotForecasts final {
public:
    // store may be null or closed: then every unit with an allocation has too little history.
    static SnapshotForecasts compute(const HistoryStore *store, const QString &source,
                                     const UsageSnapshot &snapshot, const Clock &clock);

    bool isEmpty() const { return m_forecasts.isEmpty(); }
    // Empty for a unit without an allocation or not in the snapshot.
    std::optional<Forecast> forUnit(const QString &unitKey) const;
    // One line for the tray tooltip: the unit that runs out first, else the most consumed one,
    // e.g. "Developer units: On track: about 62 % used at reset". Empty without any allocation.
    QString summaryText() const;

private:
    QHash<QString, Forecast> m_forecasts;
    QHash<QString, QString> m_labels;
    QString m_summaryUnit;
};
