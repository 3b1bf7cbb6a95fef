// Everything the dashboard needs while it runs, wired together: the usage service, the usage
// history, the dashboard window and, in demo mode, the built-in demo server. GuiMain creates one;
// the tray and settings code reach the window and service through it.
#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

class Clock;
class DashboardHistory;
class DemoUsageServer;
class MainWindow;
class UsageHistory;
class UsageService;

class DashboardApp final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardApp)

public:
    explicit DashboardApp(const Clock &clock, QObject *parent = nullptr);
    ~DashboardApp() override;

    UsageService &service() const { return *m_service; }
    MainWindow &window() const { return *m_window; }
    // Recorded readings and the forecast line for the tray tooltip.
    DashboardHistory &usageHistory() const { return *m_usageHistory; }
    bool isDemo() const { return m_demo != nullptr; }

    // Polls the real API at baseUrl with apiKey. With no key, the window says so and offers demo
    // data rather than showing nothing.
    void startWithKey(const QUrl &baseUrl, const QString &apiKey);
    // Starts the built-in demo server and polls it; everything is labelled as demo data.
    bool startDemo(QString *error = nullptr);

private:
    const Clock &m_clock;
    std::unique_ptr<UsageService> m_service;
    std::unique_ptr<UsageHistory> m_history;
    std::unique_ptr<DemoUsageServer> m_demo;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DashboardHistory> m_usageHistory;
};
