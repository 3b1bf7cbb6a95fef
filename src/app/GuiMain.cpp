#include "app/GuiMain.h"

#include "app/AppTheme.h"
#include "app/DashboardApp.h"
#include "app/DesktopSession.h"
#include "app/MainWindow.h"
#include "app/SingleInstance.h"
#include "core/Clock.h"
#include "core/TranslationLoader.h"
#include "core/api/UsageError.h"
#include "core/api/UsageSnapshot.h"
#include "core/launch/CommandLineOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

namespace {

constexpr int usageErrorExit = 2;

int refuse(const QString &message) {
    QTextStream(stderr) << "allium-usage: " << message << '\n';
    return usageErrorExit;
}

} // namespace

int GuiMain::run(int argc, char *argv[]) {
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
        return refuse(QApplication::translate(
                          "GuiMain", "%1: an API key is never taken from the command line (it "
                                     "would show in process lists and shell history). Set "
                                     "ALLIUM_API_KEY instead.")
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
    if (!AppTheme::isKnown(theme)) {
        return refuse(
            QApplication::translate("GuiMain", "--theme: expected light, dark or system, got %1")
                .arg(theme));
    }
    AppTheme::apply(theme);

    QString problem;
    const auto baseUrl = CommandLineOptions::baseUrlFrom(parser, &problem);
    if (!baseUrl)
        return refuse(problem);

    SingleInstance instance;
    if (!instance.claim())
        return 0; // the running app brings its window forward instead

    DashboardApp dashboard(Clock::system());
    DesktopSession desktop(dashboard, Clock::system(),
                           parser.isSet(CommandLineOptions::baseUrl()) ? *baseUrl : QUrl());
    QObject::connect(&instance, &SingleInstance::activationRequested, &desktop,
                     &DesktopSession::activate);
    if (parser.isSet(CommandLineOptions::demo())) {
        if (!dashboard.startDemo(&problem))
            return refuse(problem);
    } else {
        // From ALLIUM_API_KEY or the keychain: never from an argument or a file.
        desktop.start();
    }
    desktop.showWindow(parser.isSet(CommandLineOptions::minimized()));
    return app.exec();
}
