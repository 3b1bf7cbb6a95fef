// Decides when to tell the person that units crossed the warning threshold, the critical threshold
// or 100 %: once per threshold, per unit, per period, remembered across restarts in a small JSON
// state file (never the key, the unit names or the figures) written atomically, again after the
// period resets, and never for a period that has ended. Every unit that crossed in one reading is
// named in one notification.
#pragma once

#include "core/api/UsageSnapshot.h"
#include "core/settings/Defaults.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

class Clock;

struct ThresholdNotification {
    enum class Level { Warning = 1, Critical = 2, OverAllocation = 3 };

    // One unit that crossed a threshold it was not yet told about.
    struct Crossing {
        QString unitKey;
        Level level = Level::Warning;
        double percent = 0.0;
    };

    Level level = Level::Warning; // the highest of the crossings
    QList<Crossing> crossings;    // in unit key order; at least one
    QString organization;         // whose units, when the person watches several; else empty
    QString title;                // "Developer units at 91 %", or "2 units past their thresholds"
                                  // ("Staging: Developer units at 91 %" with an organization)
    QString body;                 // each unit's state (for several) and when the allocation resets

    QStringList unitKeys() const;
};

class ThresholdNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdNotifier)

public:
    // The state file in the app's data folder (QStandardPaths::AppDataLocation). A state file
    // of earlier versions (notification-state.ini beside it) is read once and then replaced.
    static QString defaultStateFile();

    ThresholdNotifier(const Clock &clock, const QString &stateFile, QObject *parent = nullptr);
    ~ThresholdNotifier() override;

    void setThresholds(double warningPercent, double criticalPercent);

    // Emits notificationDue once for the units of this reading that crossed a threshold they were
    // not yet told about. `scope` keeps readings of different sources apart: the reading's
    // history key (the organization's id, or the demo's key), which stays the same across runs.
    // `organization` names the organization in the notification (empty: none is named). What was
    // announced under `earlierScope` (the single-key setup's base URL) counts as announced under
    // `scope`, so that an upgrade does not announce a crossing again. A reading of a period that
    // has ended notifies nothing: its figures may be out of date, and an old period must not be
    // announced again at every start.
    void observe(const QString &scope, const UsageSnapshot &snapshot,
                 const QString &organization = QString(), const QString &earlierScope = QString());
    // Why the state could not be saved last time (a full disk): the notification still went
    // out, but may come again after a restart. Empty when it was saved.
    QString saveError() const { return m_saveError; }

signals:
    void notificationDue(const ThresholdNotification &notification);

private:
    void load();
    void loadLegacyIni(const QString &iniFile);
    void save();
    QString legacyStateFile() const;
    void forgetEndedPeriods();
    void word(ThresholdNotification &notification, const UsageSnapshot &snapshot) const;

    const Clock &m_clock;
    QString m_stateFile;
    QJsonObject m_units; // per scope and unit (hashed): {"period", "periodEnd", "level"}
    QString m_saveError;
    double m_warning = Defaults::warningPercent;
    double m_critical = Defaults::criticalPercent;
};

Q_DECLARE_METATYPE(ThresholdNotification)
