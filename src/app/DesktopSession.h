// The desktop side of one run, around the dashboard: the settings, the API key (keychain or this
// session only), the first-run welcome view, the Settings dialog and the tray. GuiMain creates one
// next to its DashboardApp.
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class ApiKeyKeeper;
class AppSettings;
class Clock;
class DashboardApp;
class SecretStore;
class SessionSecretStore;
class SettingsDialog;
class TrayController;

class DesktopSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopSession)

public:
    // `baseUrlOverride` (from --base-url) wins over the settings for this run when valid.
    DesktopSession(DashboardApp &dashboard, const Clock &clock, const QUrl &baseUrlOverride = {},
                   QObject *parent = nullptr);
    // With another store in the keychain's place (tests use one that keeps the key in memory, so
    // that they never race other tests for the one entry of the system keychain).
    DesktopSession(DashboardApp &dashboard, const Clock &clock,
                   std::unique_ptr<SecretStore> keychain, const QUrl &baseUrlOverride = {},
                   QObject *parent = nullptr);
    ~DesktopSession() override;

    // Looks up the key and starts polling with it, or shows the welcome view without one.
    void start();
    // Shows the window, unless the app should start in the tray (the setting or --minimized).
    void showWindow(bool minimizedRequested);
    // Brings the window forward (a second launch asks for this).
    void activate();
    void openSettings();

    AppSettings &settings() const { return *m_settings; }
    ApiKeyKeeper &keeper() const { return *m_keeper; }
    TrayController &tray() const { return *m_tray; }
    SettingsDialog *settingsDialog() const;

private:
    void applySettings();
    void useKey(const QString &key);
    QUrl baseUrl() const;

    DashboardApp &m_dashboard;
    const Clock &m_clock;
    QUrl m_baseUrlOverride;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_session;
    std::unique_ptr<ApiKeyKeeper> m_keeper;
    std::unique_ptr<TrayController> m_tray;
    QPointer<SettingsDialog> m_dialog;
    bool m_started = false;
};
