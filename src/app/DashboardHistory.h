// Connects the dashboard to the usage history: opens the store, and when the source is chosen
// shows the last recorded reading (marked stale, with its age) before the first refresh returns;
// in demo mode it first fills in the demo's past. DashboardApp owns one.
#pragma once

#include "core/api/UsageSnapshot.h"

#include <QObject>

#include <optional>

class Clock;
class MainWindow;
class QUrl;
class UsageHistory;

class DashboardHistory final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardHistory)

public:
    // Opens history at historyPath (the SQLite file; tests pass one in a temporary folder). The
    // window records each refresh into history; history and window outlive this object.
    DashboardHistory(UsageHistory &history, MainWindow &window, const Clock &clock,
                     const QString &historyPath = defaultHistoryPath(), QObject *parent = nullptr);

    static QString defaultHistoryPath();
    ~DashboardHistory() override;

    // Switches to the readings of this API (or, with demo, of the demo data, first filled in
    // hourly from the start of the month) and shows the last one recorded while the first refresh
    // is on its way.
    void useSource(const QUrl &baseUrl, bool demo);

    // For the tray tooltip: "Developer units: On track: about 62 % used at reset", or empty.
    QString forecastSummary() const;
    // The last recorded reading of the current source (for the tray until the first refresh).
    std::optional<UsageSnapshot> latestSnapshot() const;
    UsageHistory &history() const { return m_history; }

private:
    UsageHistory &m_history;
    MainWindow &m_window;
    const Clock &m_clock;
};
