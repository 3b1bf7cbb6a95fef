// Writes one usage snapshot as a JSON object (`--format json`): the same facts as the CSV, with
// null where a CSV cell is empty, and room for extra members per unit (the forecast).
#pragma once

#include "core/Clock.h"
#include "core/api/UsageSnapshot.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

class QIODevice;

// {
//   "allocation_cadence": "monthly" | null,
//   "allocation_period": {"start": "...Z", "end": "...Z"} | null,
//   "billing_period": {"start": "...Z", "end": "...Z"},
//   "captured_at": "...Z",
//   "demo": true,                       (only for demo data)
//   "period_ended": false,              (true when the period the API reports is over)
//   "units": [{"unit", "label", "allocated", "consumed", "remaining", "percent_used"}, ...]
// }
// "consumed" is null when the API reported no consumption for a unit: not reported, never 0.
// Keys appear in alphabetical order (QJsonObject's order); units are sorted by key.
class JsonSnapshotWriter final {
public:
    // Members to merge into a unit's object, by unit key; e.g. {"forecast": {...}}.
    using UnitExtras = QHash<QString, QJsonObject>;

    // The device must be open for writing; the writer does not own it.
    // The clock decides whether the reported period has ended.
    explicit JsonSnapshotWriter(QIODevice *device, const Clock &clock = Clock::system());

    void setUnitExtras(const UnitExtras &extras) { m_extras = extras; }
    // Indented JSON and a final newline. demo adds "demo": true so no one mistakes it for real.
    bool write(const UsageSnapshot &snapshot, bool demo = false);
    QString errorString() const { return m_error; }

    static QJsonObject toJson(const UsageSnapshot &snapshot, const QDateTime &now,
                              const UnitExtras &extras = {});
    static QJsonObject unitToJson(const UnitUsage &unit);

private:
    QIODevice *m_device;
    const Clock &m_clock;
    UnitExtras m_extras;
    QString m_error;
};
