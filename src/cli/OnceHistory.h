// What `--once` does with the usage history: records the new reading (unless --no-history) and
// works out each unit's forecast from the readings of its period, for the table, JSON and
// Prometheus output; and after a failed fetch, finds the last good reading for the exposition.
#pragma once

#include "core/api/UsageSnapshot.h"
#include "core/forecast/SnapshotForecasts.h"
#include "core/output/JsonSnapshotWriter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QCommandLineParser;
class QIODevice;

class OnceHistory final {
    Q_DECLARE_TR_FUNCTIONS(OnceHistory)

public:
    // Problems with the store are reported on standard error; the run carries on without it, and
    // recorded() says so. withForecasts: whether the output shows them (CSV does not, and skips
    // reading the history). `source` is the history key: the organization's id, or the demo's key.
    static OnceHistory record(const QCommandLineParser &parser, const QString &source,
                              const UsageSnapshot &snapshot, bool withForecasts);
    // The latest recorded reading of this source with its forecasts, for a run whose fetch
    // failed; an empty history (nothing recorded, --no-history, or no store) when there is none.
    static OnceHistory lastGood(const QCommandLineParser &parser, const QString &source);

    // The reading recorded or found; unset for an empty lastGood().
    const std::optional<UsageSnapshot> &snapshot() const { return m_snapshot; }
    const SnapshotForecasts &forecasts() const { return m_forecasts; }

    // {"forecast": {...}} for every unit, {"forecast": null} for one without an allocation.
    JsonSnapshotWriter::UnitExtras jsonExtras() const;
    // A "Forecast" block to follow the table; empty when no unit has an allocation.
    QString tableText() const;
    // The reading is in the history (committed), or --no-history asked for none.
    bool recorded() const { return m_recorded; }

private:
    std::optional<UsageSnapshot> m_snapshot;
    SnapshotForecasts m_forecasts;
    bool m_recorded = true;
};
