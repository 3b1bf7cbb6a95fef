// The desktop app's one composition root: builds the settings, the history store, the key keeper,
// the current reading, the window, the tray and (with --demo) the demo server, wires them, and
// decides the one thing nobody else does: which source the reading reads from (demo, the key and
// base URL in use, or none). Windows and the tray are views; nothing else wires the app.
#pragma once

#include "core/desktop/ThresholdNotifier.h"
#include "core/history/HistoryStore.h"
#include "core/secrets/ApiKeyResolver.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class ApiKeyKeeper;
class AppSettings;
class Clock;
class CurrentReading;
class DemoUsageServer;
class MainWindow;
class SecretStore;
class SessionSecretStore;
class SettingsDialog;
class TrayController;
class TrayHost;

class DesktopApp final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    // What the command line and the environment decide for this run; the defaults are the real
    // files, and tests point them at temporary ones.
    struct Options {
        bool demo = false;   // --demo
        QUrl sessionBaseUrl; // --base-url; invalid when not given
        bool minimized = false;
        QString historyPath = HistoryStore::defaultPath();
        QString notificationStateFile = ThresholdNotifier::defaultStateFile();
        QString environmentKey = ApiKeyResolver::keyFromEnvironment(); // ALLIUM_API_KEY
    };

    // The dashboard: parses the arguments, builds the app and runs its event loop. main() calls
    // this when no command-line mode is asked for.
    static int run(int argc, char *argv[]);

    // keychain is the key's persistent store (KeychainSecretStore in the app; tests use one that
    // keeps the key in memory); trayHost says whether a tray shows the icon (a test passes one
    // watching its own bus, or overrides it).
    DesktopApp(const Clock &clock, const Options &options, std::unique_ptr<SecretStore> keychain,
               std::unique_ptr<TrayHost> trayHost, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Starts reading (the demo server, or the key from the environment or the keychain) and
    // shows the window unless the app starts in the tray. False, with the reason, when the demo
    // server cannot start.
    bool start(QString *error = nullptr);
    // Brings the window forward (a second launch asks for this).
    void activate();
    void openSettings();
    // Switches to the built-in demo data (the welcome view's and the empty page's offer).
    bool startDemo(QString *error = nullptr);

    AppSettings &settings() const { return *m_settings; }
    ApiKeyKeeper &keeper() const { return *m_keeper; }
    CurrentReading &reading() const { return *m_reading; }
    MainWindow &window() const { return *m_window; }
    TrayHost &trayHost() const { return *m_trayHost; }
    TrayController &tray() const { return *m_tray; }
    SettingsDialog *settingsDialog() const;
    bool isDemo() const { return m_demo != nullptr; }

private:
    void useSettings();
    void chooseSource();
    void showWindow();

    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_session;
    std::unique_ptr<ApiKeyKeeper> m_keeper;
    std::unique_ptr<DemoUsageServer> m_demo;
    // Declared after what it reads, so that it goes first; the views go before it.
    std::unique_ptr<CurrentReading> m_reading;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayHost> m_trayHost;
    std::unique_ptr<TrayController> m_tray;
    QPointer<SettingsDialog> m_dialog;
    bool m_welcomeShown = false;
};
