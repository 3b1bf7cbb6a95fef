#include "app/DesktopApp.h"

#include "app/AfterFirstPaint.h"
#include "app/MainWindow.h"
#include "app/SettingsDialog.h"
#include "app/SingleInstance.h"
#include "app/WelcomeWidget.h"
#include "app/organizations/OrganizationsExport.h"
#include "app/organizations/OrganizationsOverview.h"
#include "app/theme/AppTheme.h"
#include "app/tray/TrayController.h"
#include "app/tray/TrayHost.h"
#include "core/Clock.h"
#include "core/TranslationLoader.h"
#include "core/api/UsageError.h"
#include "core/api/UsageSnapshot.h"
#include "core/demo/DemoUsageServer.h"
#include "core/history/HistoryDatabase.h"
#include "core/launch/CommandLineOptions.h"
#include "core/launch/ExitCode.h"
#include "core/organizations/OrganizationList.h"
#include "core/organizations/OrganizationReadings.h"
#include "core/reading/CurrentReading.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/LazyKeychainStore.h"
#include "core/settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <chrono>

namespace {

int refuse(const QString &message) {
    QTextStream(stderr) << "allium-usage: " << message << '\n';
    return toInt(ExitCode::UsageError);
}

} // namespace

int DesktopApp::run(int argc, char *argv[]) {
    QApplication app(argc, argv);
    // Loaded on the other core while the window is built (about a twentieth of the start-up).
    std::unique_ptr<QThread> driverLoader(QThread::create(&HistoryDatabase::loadDriver));
    driverLoader->start();
    const auto joinDriverLoader = qScopeGuard([&driverLoader] { driverLoader->wait(); });
    QCoreApplication::setOrganizationName(QStringLiteral("Allium"));
    QCoreApplication::setApplicationName(QStringLiteral("allium-usage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLIUM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(ALLIUM_APP_ID));
    TranslationLoader::install();
    qRegisterMetaType<UsageSnapshot>();
    qRegisterMetaType<UsageError>();

    const QString keyOption = CommandLineOptions::keyOptionIn(app.arguments());
    if (!keyOption.isEmpty()) {
        return refuse(tr("%1: an API key is never taken from the command line (it would show in "
                         "process lists and shell history). Set ALLIUM_API_KEY instead.")
                          .arg(keyOption));
    }

    QCommandLineParser parser;
    CommandLineOptions::addCommonOptions(parser);
    const QCommandLineOption themeOption = CommandLineOptions::theme();
    parser.addOption(themeOption);
    if (!parser.parse(app.arguments()))
        return refuse(parser.errorText());

    const QString theme = parser.isSet(themeOption) ? parser.value(themeOption)
                                                    : qEnvironmentVariable("ALLIUM_THEME");
    if (!AppTheme::isKnown(theme))
        return refuse(tr("--theme: expected light, dark or system, got %1").arg(theme));
    AppTheme::apply(theme);

    Options options;
    if (parser.isSet(CommandLineOptions::baseUrl())) {
        QString problem;
        const std::optional<QUrl> baseUrl = CommandLineOptions::baseUrlFrom(parser, &problem);
        if (!baseUrl)
            return refuse(tr("--base-url: %1").arg(problem));
        options.sessionBaseUrl = *baseUrl;
    }
    options.demo = parser.isSet(CommandLineOptions::demo());
    options.minimized = parser.isSet(CommandLineOptions::minimized());

    SingleInstance instance;
    if (!instance.claim())
        return 0; // the running app brings its window forward instead

    DesktopApp desktop(
        Clock::system(), options,
        [](const QString &entryName) -> std::unique_ptr<SecretStore> {
            // QtKeychain is loaded with the first lookup, not with the program (src/keychain).
            return std::make_unique<LazyKeychainStore>(entryName);
        },
        std::make_unique<TrayHost>());
    QObject::connect(&instance, &SingleInstance::activationRequested, &desktop,
                     &DesktopApp::activate);
    QString problem;
    if (!desktop.start(&problem))
        return refuse(problem);
    return app.exec();
}

DesktopApp::DesktopApp(const Clock &clock, const Options &options,
                       OrganizationKeys::KeychainFactory keychains,
                       std::unique_ptr<TrayHost> trayHost, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
    , m_settings(std::make_unique<AppSettings>())
    , m_history(std::make_unique<HistoryStore>(options.historyPath, clock))
    , m_keys(std::make_unique<OrganizationKeys>(std::move(keychains), options.environmentKey))
    , m_readings(std::make_unique<OrganizationReadings>(m_history.get(), clock))
    , m_idleReading(std::make_unique<CurrentReading>(m_history.get(), clock))
    , m_shownReading(m_idleReading.get())
    , m_window(std::make_unique<MainWindow>(*m_idleReading, *m_settings, clock))
    , m_trayHost(std::move(trayHost))
    , m_tray(std::make_unique<TrayController>(*m_window, *m_idleReading, *m_settings, *m_trayHost,
                                              clock, options.notificationStateFile))
    , m_organizationsExport(
          new OrganizationsExport(*m_readings, clock, m_window.get(), m_window->statusBar())) {
    m_window->addExportAction(m_organizationsExport->action());
    auto *overview = new OrganizationsOverview(*m_readings, *m_settings, clock);
    m_window->setOverview(overview);
    connect(overview, &OrganizationsOverview::organizationChosen, this,
            &DesktopApp::showOrganization);
    connect(m_window.get(), &MainWindow::overviewRequested, this, &DesktopApp::showOverview);
    connect(m_window.get(), &MainWindow::refreshAllRequested, this, [this] {
        // Each reading's service keeps its own key's pace; an organization without a key is
        // skipped.
        for (CurrentReading *reading : m_readings->readings())
            reading->refreshNow();
    });
    m_tray->menu()->insertAction(m_window->settingsAction(), m_organizationsExport->action());
    if (options.sessionBaseUrl.isValid())
        m_settings->setSessionBaseUrl(options.sessionBaseUrl);
    // A store that cannot be opened leaves the dashboard working; the trend panel says why.
    m_settings->openHistory(*m_history);
    OrganizationList &organizations = m_settings->organizations();
    organizations.setEnvironmentOrganization(!options.environmentKey.isEmpty());

    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopApp::openSettings);
    connect(m_window.get(), &MainWindow::demoRequested, this, [this] {
        QString error;
        if (!startDemo(&error))
            QMessageBox::warning(m_window.get(), tr("Demo data"), error);
    });
    connect(&organizations, &OrganizationList::changed, this, &DesktopApp::useOrganizations);
    connect(m_keys.get(), &OrganizationKeys::keyChanged, this,
            [this](const QString &id, const QString &key) {
                m_readings->setKey(id, key);
                chooseShown();
            });
    connect(m_keys.get(), &OrganizationKeys::loaded, this, &DesktopApp::chooseShown);
    connect(m_readings.get(), &OrganizationReadings::readingReceived, this,
            [this](const Organization &organization, const UsageSnapshot &snapshot) {
                // Named only when there is more than one to tell apart.
                const bool several = m_readings->organizations().size() > 1;
                m_tray->observe(organization.historyKey(), snapshot,
                                several ? organization.name : QString(),
                                organization.earlierHistoryKey);
            });
    connect(m_settings.get(), &AppSettings::changed, this, &DesktopApp::useSettings);
    m_tray->watchOrganizations(*m_readings);
    connect(m_tray.get(), &TrayController::organizationChosen, this, &DesktopApp::showOrganization);
    // The window's title names the organization shown, once there are several to tell apart.
    connect(m_readings.get(), &OrganizationReadings::organizationsChanged, this,
            &DesktopApp::nameShownOrganization);
    useSettings();
}

// Members go in reverse order of declaration: the views before the readings they show, the
// readings before the store and the demo server they read from.
DesktopApp::~DesktopApp() {
    delete m_dialog;
}

SettingsDialog *DesktopApp::settingsDialog() const {
    return m_dialog;
}

CurrentReading &DesktopApp::reading() const {
    return *m_shownReading;
}

bool DesktopApp::start(QString *error) {
    if (m_options.demo && !startDemo(error))
        return false;
    m_window->setLookingForKey(!m_demo);
    // Looked up even for demo data, so that Settings can say where each key stands; keyChanged
    // follows for each organization and starts its reading. The keychain is asked once the window
    // has painted (the window says it is looking for the key meanwhile); ALLIUM_API_KEY at once.
    // Requests and long history reads wait for the first paint too: the recorded figures first.
    m_keys->holdLookups();
    m_readings->holdWork(true);
    useOrganizations();
    // Shown from the event loop, after the keys already known (ALLIUM_API_KEY's) have chosen what
    // to show: the window is laid out once, with its figures, not first as "looking for the key".
    QMetaObject::invokeMethod(
        this,
        [this] {
            showWindow();
            AfterFirstPaint::run(*m_window, [this] {
                m_keys->releaseLookups();
                m_readings->holdWork(false);
                // The installed theme icon when there is one, else the same SVG built into the
                // binary; finding it loads the icon theme and the SVG renderer (the desktop shows
                // the icon a frame later).
                QApplication::setWindowIcon(
                    QIcon::fromTheme(QStringLiteral(ALLIUM_APP_ID),
                                     QIcon(QStringLiteral(":/icons/" ALLIUM_APP_ID ".svg"))));
            });
        },
        Qt::QueuedConnection);
    return true;
}

void DesktopApp::useSettings() {
    m_readings->setRefreshInterval(std::chrono::minutes(m_settings->refreshIntervalMinutes()));
    if (m_demoReading)
        m_demoReading->setRefreshInterval(
            std::chrono::minutes(m_settings->refreshIntervalMinutes()));
}

void DesktopApp::useOrganizations() {
    OrganizationList &list = m_settings->organizations();
    QList<Organization> organizations = list.all();
    if (organizations.isEmpty() && !m_demo) {
        // Every organization was removed: a new one is there to take the next key, as on a first
        // start (changed() comes back here).
        list.add(OrganizationList::defaultName(), QUrl());
        return;
    }
    // With demo data nothing real is read: the demo stands in for every organization.
    const QList<Organization> read = m_demo ? QList<Organization>() : organizations;
    // The views leave a reading before it goes.
    if (!m_shown.isEmpty() && !Organization::withId(read, m_shown)) {
        m_shown.clear();
        show(*m_idleReading);
    }
    if (!m_welcomeOrganization.isEmpty() &&
        !Organization::withId(organizations, m_welcomeOrganization)) {
        m_window->setWelcomeWidget(nullptr);
        m_welcomeOrganization.clear();
    }
    m_keys->setOrganizations(organizations);
    m_readings->setSessionBaseUrl(m_settings->sessionBaseUrl());
    m_readings->setOrganizations(read);
    chooseShown();
}

void DesktopApp::chooseShown() {
    if (m_demo) {
        m_shown.clear();
        m_window->setLookingForKey(false);
        show(*m_demoReading);
        return;
    }
    // The one the person chose; else the first organization with a key; once every key is looked
    // up and none has one, the first stored one, whose welcome view asks for it.
    const QList<Organization> organizations = m_readings->organizations();
    QString id = Organization::withId(organizations, m_chosen) ? m_chosen : QString();
    for (int i = 0; id.isEmpty() && i < organizations.size(); ++i) {
        if (m_readings->hasKey(organizations.at(i).id))
            id = organizations.at(i).id;
    }
    const bool lookedUp = m_keys->allLoaded();
    if (id.isEmpty() && lookedUp) {
        const QList<Organization> stored = m_settings->organizations().stored();
        if (!stored.isEmpty()) {
            id = stored.constFirst().id;
            if (m_welcomeOrganization != id) {
                auto *welcome = new WelcomeWidget(*m_keys->keeper(id));
                connect(welcome, &WelcomeWidget::demoRequested, m_window.get(),
                        &MainWindow::demoRequested);
                m_window->setWelcomeWidget(welcome);
                m_welcomeOrganization = id;
            }
        }
    }
    m_window->setLookingForKey(!lookedUp && id.isEmpty());
    if (id.isEmpty()) {
        m_shown.clear();
        show(*m_idleReading);
        return;
    }
    m_shown = id;
    show(*m_readings->reading(id));
}

bool DesktopApp::watchesSeveral() const {
    // Several organizations to watch: those with a key, and those whose key is still being looked
    // up (so that the overview is there from the first frame). One found without a key, such as
    // the Default made to take a first key beside ALLIUM_API_KEY's, is no reason to leave the one
    // dashboard there is; nor is that Default while its key is looked up: nobody has named it or
    // given it a key here, so ALLIUM_API_KEY's dashboard is the likely answer, not a glimpse of
    // an overview.
    const QList<Organization> organizations = m_readings->organizations();
    const bool defaultImplied = !m_settings->organizations().isWritten();
    const auto watched = std::count_if(organizations.cbegin(), organizations.cend(),
                                       [this, defaultImplied](const Organization &o) {
                                           if (m_readings->hasKey(o.id))
                                               return true;
                                           const ApiKeyKeeper *keeper = m_keys->keeper(o.id);
                                           const bool implied =
                                               defaultImplied && o.id == Organization::defaultId();
                                           return keeper && !keeper->isLoaded() && !implied;
                                       });
    return watched > 1;
}

void DesktopApp::updateOverview() {
    // Demo data stands in for every organization: its dashboard is all there is to show.
    m_window->setOverviewState(!m_demo && watchesSeveral(), m_onOverview);
}

void DesktopApp::showOverview() {
    m_onOverview = true;
    updateOverview();
}

void DesktopApp::show(CurrentReading &reading) {
    m_shownReading = &reading;
    m_window->setReading(reading);
    m_tray->setReading(reading);
    nameShownOrganization();
    updateOverview();
}

void DesktopApp::nameShownOrganization() {
    const QList<Organization> organizations = m_readings->organizations();
    const Organization *shown = Organization::withId(organizations, m_shown);
    // Named when there are others to tell it from, by the overview's rule.
    m_window->setOrganizationName(shown && watchesSeveral() ? shown->name : QString());
}

void DesktopApp::showOrganization(const QString &id) {
    if (!Organization::withId(m_readings->organizations(), id))
        return;
    m_chosen = id;
    m_onOverview = false;
    chooseShown();
    m_tray->showWindow();
}

bool DesktopApp::startDemo(QString *error) {
    if (m_demo)
        return true;
    auto demo = std::make_unique<DemoUsageServer>(m_clock);
    if (!demo->start(error))
        return false;
    m_demo = std::move(demo);
    m_demoReading = std::make_unique<CurrentReading>(m_history.get(), m_clock);
    m_demoReading->setRefreshInterval(std::chrono::minutes(m_settings->refreshIntervalMinutes()));
    connect(m_demoReading.get(), &CurrentReading::readingReceived, this,
            [this](const UsageSnapshot &snapshot) {
                m_tray->observe(HistoryStore::demoSourceKey(), snapshot);
            });
    m_demoReading->setSource(ReadingSource::forDemo(m_demo->baseUrl(), DemoUsageServer::apiKey()));
    m_window->setLookingForKey(false);
    useOrganizations();
    return true;
}

void DesktopApp::showWindow() {
    const bool toTray = m_options.minimized || m_settings->startMinimised();
    if (toTray && m_tray->isTrayAvailable())
        return; // the tray icon is the way in
    if (toTray)
        m_window->showMinimized();
    else
        m_window->show();
}

void DesktopApp::activate() {
    m_tray->showWindow();
}

void DesktopApp::openSettings() {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new SettingsDialog(*m_settings, *m_keys, m_history.get(), m_clock, m_window.get());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What the dialog saves reaches everyone through AppSettings::changed, the organization
    // list's changed() and the keys' keyChanged: nothing to forward here.
    m_dialog->open();
}
