#include "GuiMain.h"

#include "AppTheme.h"
#include "Clock.h"
#include "CommandLineOptions.h"
#include "DashboardApp.h"
#include "MainWindow.h"
#include "TranslationLoader.h"
#include "UsageError.h"
#include "UsageSnapshot.h"

#include <QApplication>
#include <QCommandLineParser>
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
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("GuiMain",
                                "The dashboard's look: light, dark or system (default; also "
                                "from ALLIUM_THEME)."),
        QStringLiteral("theme"));
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

    DashboardApp dashboard(Clock::system());
    if (parser.isSet(CommandLineOptions::demo())) {
        if (!dashboard.startDemo(&problem))
            return refuse(problem);
    } else {
        // Never kept in an argument or a file: read from the environment for this run only.
        dashboard.startWithKey(*baseUrl, qEnvironmentVariable("ALLIUM_API_KEY"));
    }

    if (parser.isSet(CommandLineOptions::minimized()))
        dashboard.window().showMinimized();
    else
        dashboard.window().show();
    return app.exec();
}
