// What `--once` does with the usage history: records the new reading (unless --no-history) and
// works out each unit's forecast from the readings of its period, for the table and JSON output.
#pragma once

#include "core/api/UsageSnapshot.h"
#include "core/forecast/SnapshotForecasts.h"
#include "core/output/JsonSnapshotWriter.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;
class QIODevice;
class QUrl;

class OnceHistory final {
    Q_DECLARE_TR_FUNCTIONS(OnceHistory)

public:
    // Problems with the store are reported on standard error; the run carries on without it, and
    // recorded() says so.
    static OnceHistory record(const QCommandLineParser &parser, bool demo, const QUrl &baseUrl,
                              const UsageSnapshot &snapshot);

    // {"forecast": {...}} for every unit, {"forecast": null} for one without an allocation.
    JsonSnapshotWriter::UnitExtras jsonExtras() const;
    // A "Forecast" block to follow the table; empty when no unit has an allocation.
    QString tableText() const;
    // The reading is in the history (committed), or --no-history asked for none.
    bool recorded() const { return m_recorded; }

private:
    UsageSnapshot m_snapshot;
    SnapshotForecasts m_forecasts;
    bool m_recorded = true;
};
