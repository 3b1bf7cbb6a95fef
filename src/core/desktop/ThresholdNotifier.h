// Decides when to tell the person that a unit crossed the warning threshold, the critical
// threshold or 100 %: once per threshold, per unit, per allocation period, remembered across
// restarts in a small JSON state file (never the key, the unit names or the figures), written
// atomically, and again after the period resets.
#pragma once

#include "core/api/UsageSnapshot.h"

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>

class Clock;

struct ThresholdNotification {
    enum class Level { Warning = 1, Critical = 2, OverAllocation = 3 };

    Level level = Level::Warning;
    QString unitKey;
    QString title; // "Developer units at 91 %"
    QString body;  // what it means and when the allocation resets
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
    // Readings from different endpoints (the demo server, a proxy) are remembered apart.
    void setScope(const QString &scope) { m_scope = scope; }

    // Emits notificationDue for each unit that crossed a threshold it was not yet told about.
    void observe(const UsageSnapshot &snapshot);
    // Why the state could not be saved last time (a full disk): the notification still went
    // out, but may come again after a restart. Empty when it was saved.
    QString saveError() const { return m_saveError; }

signals:
    void notificationDue(const ThresholdNotification &notification);

private:
    void load();
    void loadLegacyIni(const QString &iniFile);
    void save();
    void forgetEndedPeriods();

    const Clock &m_clock;
    QString m_stateFile;
    QJsonObject m_units; // per scope and unit (hashed): {"period", "periodEnd", "level"}
    QString m_saveError;
    double m_warning = 75.0;
    double m_critical = 90.0;
    QString m_scope;
};

Q_DECLARE_METATYPE(ThresholdNotification)
