// The desktop app's one composition root: builds the settings, the history store, the keys and
// the readings of every organization, the window, the tray and (with --demo) the demo server,
// wires them, and decides the one thing nobody else does: which reading the window and the tray
// show (the demo's, else the organization the person chose, else the first with a key). Every
// organization is read and notified about; windows and the tray are views; nothing else wires the
// app.
#pragma once

#include "core/desktop/ThresholdNotifier.h"
#include "core/history/HistoryStore.h"
#include "core/organizations/OrganizationKeys.h"
#include "core/secrets/ApiKeyResolver.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class AppSettings;
class Clock;
class CurrentReading;
class DemoUsageServer;
class MainWindow;
class OrganizationReadings;
class OrganizationsExport;
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

    // keychains makes the persistent store of each organization's keychain entry
    // (LazyKeychainStore in the app; tests hand out stores that keep the key in memory);
    // trayHost says whether a tray shows the icon (a test passes one watching its own bus, or
    // overrides it).
    DesktopApp(const Clock &clock, const Options &options,
               OrganizationKeys::KeychainFactory keychains, std::unique_ptr<TrayHost> trayHost,
               QObject *parent = nullptr);
    ~DesktopApp() override;

    // Starts reading (the demo server, or the key from the environment or the keychain) and
    // shows the window unless the app starts in the tray. False, with the reason, when the demo
    // server cannot start.
    bool start(QString *error = nullptr);
    // Brings the window forward (a second launch asks for this).
    void activate();
    void openSettings();
    // Shows organization `id` in the window (chosen in the overview or the tray menu) and brings
    // the window forward; it stays shown until the person chooses another or it is removed.
    void showOrganization(const QString &id);
    // Shows the overview of every organization, when there are several (All organizations).
    void showOverview();
    // Switches to the built-in demo data (the welcome view's and the empty page's offer).
    bool startDemo(QString *error = nullptr);

    AppSettings &settings() const { return *m_settings; }
    OrganizationKeys &keys() const { return *m_keys; }
    OrganizationReadings &readings() const { return *m_readings; }
    HistoryStore &history() const { return *m_history; }
    // The reading the window and the tray show.
    CurrentReading &reading() const;
    // The organization whose reading they show; empty for demo data or none.
    QString shownOrganization() const { return m_shown; }
    MainWindow &window() const { return *m_window; }
    TrayHost &trayHost() const { return *m_trayHost; }
    TrayController &tray() const { return *m_tray; }
    SettingsDialog *settingsDialog() const;
    // "Export all organizations", in the File and tray menus.
    OrganizationsExport &organizationsExport() const { return *m_organizationsExport; }
    bool isDemo() const { return m_demo != nullptr; }

private:
    void useSettings();
    void useOrganizations();
    void chooseShown();
    void show(CurrentReading &reading);
    void nameShownOrganization();
    void showWindow();
    void updateOverview();
    bool watchesSeveral() const;

    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<OrganizationKeys> m_keys;
    std::unique_ptr<DemoUsageServer> m_demo;
    // Declared after what they read, so that they go first; the views go before them.
    std::unique_ptr<OrganizationReadings> m_readings;
    std::unique_ptr<CurrentReading> m_demoReading;
    // Shown while no organization is (none yet, or the shown one was just removed): no source.
    std::unique_ptr<CurrentReading> m_idleReading;
    CurrentReading *m_shownReading = nullptr;
    QString m_shown;
    QString m_chosen; // the organization the person chose to see; empty: none chosen
    // With several organizations the window opens on their overview, and goes back to it when the
    // person asks; choosing one (there or in the tray) shows its dashboard.
    bool m_onOverview = true;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayHost> m_trayHost;
    std::unique_ptr<TrayController> m_tray;
    OrganizationsExport *m_organizationsExport; // owned by the window
    QPointer<SettingsDialog> m_dialog;
    QString m_welcomeOrganization; // whose key the welcome view asks for
};
