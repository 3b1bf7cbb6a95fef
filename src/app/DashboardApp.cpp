#include "app/DashboardApp.h"

#include "app/DashboardHistory.h"
#include "app/MainWindow.h"
#include "core/api/UsageService.h"
#include "core/demo/DemoUsageServer.h"
#include "core/history/UsageHistory.h"

#include <QMessageBox>

DashboardApp::DashboardApp(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_service(std::make_unique<UsageService>(clock))
    , m_history(std::make_unique<UsageHistory>(clock))
    , m_window(std::make_unique<MainWindow>(*m_service, *m_history, clock))
    , m_usageHistory(std::make_unique<DashboardHistory>(*m_history, *m_window, clock)) {
    connect(m_window.get(), &MainWindow::demoRequested, this, [this] {
        QString error;
        if (!startDemo(&error))
            QMessageBox::warning(m_window.get(), tr("Demo data"), error);
    });
}

// Members go in reverse order of declaration: whatever holds the window goes before it, and the
// window before the service and the history it refers to.
DashboardApp::~DashboardApp() = default;

void DashboardApp::startWithKey(const QUrl &baseUrl, const QString &apiKey) {
    QString problem;
    if (!m_service->setBaseUrl(baseUrl, &problem)) {
        m_window->setEmptyState(tr("This API address cannot be used"), problem, true);
        return;
    }
    if (apiKey.isEmpty()) {
        m_window->setEmptyState(
            tr("No API key is set"),
            tr("Set the ALLIUM_API_KEY environment variable to an API key of your organization "
               "(in the Allium app: Settings > API Keys) and start again, or look around with "
               "demo data."),
            true);
        return;
    }
    m_service->setApiKey(apiKey);
    m_usageHistory->useSource(baseUrl, false);
    m_service->startPolling();
}

bool DashboardApp::startDemo(QString *error) {
    if (m_demo)
        return true;
    auto demo = std::make_unique<DemoUsageServer>(m_clock);
    if (!demo->start(error))
        return false;
    m_service->stopPolling();
    QString problem;
    if (!m_service->setBaseUrl(demo->baseUrl(), &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    m_demo = std::move(demo);
    m_service->setApiKey(DemoUsageServer::apiKey());
    m_window->setDemoMode(true);
    m_window->setEmptyState(tr("Fetching demo data…"),
                            tr("The dashboard appears as soon as the first reading arrives."),
                            false);
    m_usageHistory->useSource(m_demo->baseUrl(), true);
    m_service->startPolling();
    return true;
}
