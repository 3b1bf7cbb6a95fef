#include "app/DesktopApp.h"

#include "app/AppTheme.h"
#include "app/MainWindow.h"
#include "app/SettingsDialog.h"
#include "app/SingleInstance.h"
#include "app/TrayController.h"
#include "app/TrayHost.h"
#include "app/WelcomeWidget.h"
#include "core/Clock.h"
#include "core/TranslationLoader.h"
#include "core/api/UsageError.h"
#include "core/api/UsageSnapshot.h"
#include "core/demo/DemoUsageServer.h"
#include "core/launch/CommandLineOptions.h"
#include "core/launch/ExitCode.h"
#include "core/reading/CurrentReading.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SessionSecretStore.h"
#include "core/settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <chrono>

namespace {

int refuse(const QString &message) {
    QTextStream(stderr) << "allium-usage: " << message << '\n';
    return toInt(ExitCode::UsageError);
}

} // namespace

int DesktopApp::run(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Allium"));
    QCoreApplication::setApplicationName(QStringLiteral("allium-usage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLIUM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(ALLIUM_APP_ID));
    // The installed theme icon when there is one, else the same SVG built into the binary.
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral(ALLIUM_APP_ID), QIcon(QStringLiteral(":/icons/" ALLIUM_APP_ID ".svg"))));
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

    DesktopApp desktop(Clock::system(), options, std::make_unique<KeychainSecretStore>(),
                       std::make_unique<TrayHost>());
    QObject::connect(&instance, &SingleInstance::activationRequested, &desktop,
                     &DesktopApp::activate);
    QString problem;
    if (!desktop.start(&problem))
        return refuse(problem);
    return app.exec();
}

DesktopApp::DesktopApp(const Clock &clock, const Options &options,
                       std::unique_ptr<SecretStore> keychain, std::unique_ptr<TrayHost> trayHost,
                       QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
    , m_settings(std::make_unique<AppSettings>())
    , m_history(std::make_unique<HistoryStore>(options.historyPath, clock))
    , m_keychain(std::move(keychain))
    , m_session(std::make_unique<SessionSecretStore>())
    , m_keeper(std::make_unique<ApiKeyKeeper>(*m_keychain, *m_session, options.environmentKey))
    , m_reading(std::make_unique<CurrentReading>(m_history.get(), clock))
    , m_window(std::make_unique<MainWindow>(*m_reading, *m_settings, clock))
    , m_trayHost(std::move(trayHost))
    , m_tray(std::make_unique<TrayController>(*m_window, *m_reading, *m_settings, *m_trayHost,
                                              clock, options.notificationStateFile)) {
    if (options.sessionBaseUrl.isValid())
        m_settings->setSessionBaseUrl(options.sessionBaseUrl);
    // A store that cannot be opened leaves the dashboard working; the trend panel says why.
    m_history->setRetentionDays(m_settings->historyRetentionDays());
    m_history->open();

    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopApp::openSettings);
    connect(m_window.get(), &MainWindow::demoRequested, this, [this] {
        QString error;
        if (!startDemo(&error))
            QMessageBox::warning(m_window.get(), tr("Demo data"), error);
    });
    connect(m_keeper.get(), &ApiKeyKeeper::keyChanged, this, &DesktopApp::chooseSource);
    connect(m_settings.get(), &AppSettings::changed, this, &DesktopApp::useSettings);
    useSettings();
}

// Members go in reverse order of declaration: the views before the reading they show, the reading
// before the store and the demo server it reads from.
DesktopApp::~DesktopApp() {
    delete m_dialog;
}

SettingsDialog *DesktopApp::settingsDialog() const {
    return m_dialog;
}

bool DesktopApp::start(QString *error) {
    if (m_options.demo && !startDemo(error))
        return false;
    m_window->setLookingForKey(!m_demo);
    // Looked up even for demo data, so that Settings can say where the key stands; keyChanged
    // follows and chooses the source.
    m_keeper->load();
    showWindow();
    return true;
}

void DesktopApp::useSettings() {
    m_reading->setRefreshInterval(std::chrono::minutes(m_settings->refreshIntervalMinutes()));
    // A new base URL (from Settings) takes effect at once: chooseSource sees it.
    chooseSource();
}

void DesktopApp::chooseSource() {
    if (m_demo) {
        m_reading->setSource(ReadingSource::forDemo(m_demo->baseUrl(), DemoUsageServer::apiKey()));
        return;
    }
    if (!m_keeper->isLoaded())
        return; // start() says that the key is being looked up
    m_window->setLookingForKey(false);
    if (m_keeper->hasKey()) {
        m_reading->setSource(ReadingSource::forApi(m_settings->baseUrl(), m_keeper->key()));
        return;
    }
    m_reading->clearSource();
    if (!m_welcomeShown) {
        auto *welcome = new WelcomeWidget(*m_keeper);
        connect(welcome, &WelcomeWidget::demoRequested, m_window.get(), &MainWindow::demoRequested);
        m_window->setWelcomeWidget(welcome);
        m_welcomeShown = true;
    }
}

bool DesktopApp::startDemo(QString *error) {
    if (m_demo)
        return true;
    auto demo = std::make_unique<DemoUsageServer>(m_clock);
    if (!demo->start(error))
        return false;
    m_demo = std::move(demo);
    m_window->setLookingForKey(false);
    chooseSource();
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
    m_dialog = new SettingsDialog(*m_settings, *m_keeper, m_clock, m_window.get());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What the dialog saves reaches everyone through AppSettings::changed and the keeper's
    // keyChanged: nothing to forward here.
    m_dialog->open();
}
