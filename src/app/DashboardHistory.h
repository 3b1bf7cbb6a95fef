// Connects the dashboard to the usage history: records each successful refresh, shows the last
// recorded reading (marked stale, with its age) before the first refresh returns, feeds the
// session chart from the store, and adds the trend panel. DashboardApp owns one.
#pragma once

#include "UsageSnapshot.h"

#include <QObject>

#include <memory>
#include <optional>

class Clock;
class HistoryTrendPanel;
class MainWindow;
class QUrl;
class SessionHistory;
class UsageHistory;
class UsageService;

class DashboardHistory final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardHistory)

public:
    // historyPath: the SQLite file; tests pass one in a temporary folder.
    DashboardHistory(UsageService &service, SessionHistory &session, MainWindow &window,
                     const Clock &clock, const QString &historyPath = defaultHistoryPath(),
                     QObject *parent = nullptr);

    static QString defaultHistoryPath();
    ~DashboardHistory() override;

    // Switches to the readings of this API (or, with demo, of the demo data) and shows the last
    // one recorded while the first refresh is on its way.
    void useSource(const QUrl &baseUrl, bool demo);

    // For the tray tooltip: "Developer units: On track: about 62 % used at reset", or empty.
    QString forecastSummary() const;
    // The last recorded reading of the current source (for the tray until the first refresh).
    std::optional<UsageSnapshot> latestSnapshot() const;
    UsageHistory &history() const { return *m_history; }
    HistoryTrendPanel *panel() const { return m_panel; }

private:
    SessionHistory &m_session;
    MainWindow &m_window;
    std::unique_ptr<UsageHistory> m_history;
    HistoryTrendPanel *m_panel;
};
