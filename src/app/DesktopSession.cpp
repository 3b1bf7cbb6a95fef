#include "app/DesktopSession.h"

#include "app/DashboardApp.h"
#include "app/DashboardHistory.h"
#include "app/MainWindow.h"
#include "app/SettingsDialog.h"
#include "app/TrayController.h"
#include "app/WelcomeWidget.h"
#include "core/api/UsageService.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SessionSecretStore.h"
#include "core/settings/AppSettings.h"

#include <QAction>

#include <chrono>

DesktopSession::DesktopSession(DashboardApp &dashboard, const Clock &clock,
                               const QUrl &baseUrlOverride, QObject *parent)
    : DesktopSession(dashboard, clock, std::make_unique<KeychainSecretStore>(), baseUrlOverride,
                     parent) {}

DesktopSession::DesktopSession(DashboardApp &dashboard, const Clock &clock,
                               std::unique_ptr<SecretStore> keychain, const QUrl &baseUrlOverride,
                               QObject *parent)
    : QObject(parent)
    , m_dashboard(dashboard)
    , m_clock(clock)
    , m_baseUrlOverride(baseUrlOverride)
    , m_settings(std::make_unique<AppSettings>())
    , m_keychain(std::move(keychain))
    , m_session(std::make_unique<SessionSecretStore>())
    , m_keeper(std::make_unique<ApiKeyKeeper>(*m_keychain, *m_session,
                                              ApiKeyResolver::keyFromEnvironment()))
    , m_tray(std::make_unique<TrayController>(dashboard.window(), dashboard.service(), *m_settings,
                                              clock)) {
    MainWindow &window = m_dashboard.window();
    // The usual Preferences shortcut, unless the window already gave Settings one.
    if (window.settingsAction()->shortcut().isEmpty())
        window.settingsAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(&window, &MainWindow::settingsRequested, this, &DesktopSession::openSettings);
    // DashboardApp starts the demo on this signal; the tray then labels everything as demo.
    connect(
        &window, &MainWindow::demoRequested, this,
        [this] { m_tray->setDemo(m_dashboard.isDemo()); }, Qt::QueuedConnection);
    connect(m_keeper.get(), &ApiKeyKeeper::keyChanged, this, [this](const QString &key) {
        if (m_started)
            useKey(key);
    });
    applySettings();
    m_tray->setDemo(m_dashboard.isDemo());
    m_tray->setForecastSource([this] { return m_dashboard.usageHistory().forecastSummary(); });
    m_tray->setRestoredSnapshotSource(
        [this] { return m_dashboard.usageHistory().latestSnapshot(); });
    // Looked up even for demo data, so that Settings can say where the key stands. keyChanged
    // follows loaded and starts the dashboard once start() was called.
    m_keeper->load();
}

DesktopSession::~DesktopSession() {
    delete m_dialog;
}

SettingsDialog *DesktopSession::settingsDialog() const {
    return m_dialog;
}

QUrl DesktopSession::baseUrl() const {
    if (m_baseUrlOverride.isValid() && !m_baseUrlOverride.isEmpty())
        return m_baseUrlOverride;
    return m_settings->baseUrl();
}

void DesktopSession::start() {
    m_started = true;
    if (m_keeper->isLoaded()) {
        useKey(m_keeper->key());
        return;
    }
    // A keychain can take a while to answer (or time out); say what the wait is for.
    m_dashboard.window().setEmptyState(
        tr("Looking for the API key…"),
        tr("Asking the system keychain for the key; this can take a moment."), false);
}

void DesktopSession::useKey(const QString &key) {
    m_tray->setHasKey(!key.isEmpty());
    if (m_dashboard.isDemo())
        return;
    MainWindow &window = m_dashboard.window();
    if (key.isEmpty()) {
        m_dashboard.service().stopPolling();
        m_dashboard.service().setApiKey(QString());
        auto *welcome = new WelcomeWidget(*m_keeper);
        connect(welcome, &WelcomeWidget::demoRequested, &window, &MainWindow::demoRequested);
        window.setEmptyStateWidget(welcome);
        return;
    }
    window.setEmptyStateWidget(nullptr);
    window.setEmptyState(tr("Fetching usage…"),
                         tr("The dashboard appears as soon as the first reading arrives."), false);
    m_dashboard.startWithKey(baseUrl(), key);
}

void DesktopSession::applySettings() {
    UsageThresholds thresholds;
    thresholds.warningPercent = m_settings->warningPercent();
    thresholds.criticalPercent = m_settings->criticalPercent();
    m_dashboard.window().setThresholds(thresholds);
    m_dashboard.service().setRefreshInterval(
        std::chrono::minutes(m_settings->refreshIntervalMinutes()));
    m_tray->applySettings();
}

void DesktopSession::showWindow(bool minimizedRequested) {
    m_tray->setDemo(m_dashboard.isDemo());
    const bool toTray = (minimizedRequested || m_settings->startMinimised());
    if (toTray && m_tray->isTrayAvailable())
        return; // the tray icon is the way in
    if (toTray)
        m_dashboard.window().showMinimized();
    else
        m_dashboard.window().show();
}

void DesktopSession::activate() {
    m_tray->showWindow();
}

void DesktopSession::openSettings() {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new SettingsDialog(*m_settings, *m_keeper, m_clock, &m_dashboard.window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &SettingsDialog::settingsApplied, this, [this] {
        const QUrl before = m_dashboard.service().baseUrl();
        applySettings();
        // A new base URL takes effect at once; a new key arrives through keyChanged.
        if (!m_dashboard.isDemo() && m_keeper->hasKey() && baseUrl() != before)
            m_dashboard.startWithKey(baseUrl(), m_keeper->key());
    });
    m_dialog->open();
}
