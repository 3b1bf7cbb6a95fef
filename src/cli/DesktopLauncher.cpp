#include "cli/DesktopLauncher.h"

#include "core/TranslationLoader.h"
#include "core/launch/ExitCode.h"
#include "core/launch/ProgramLocations.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <functional>
#include <unistd.h>

namespace {

// Only the failure paths pay for an application object: it is what loads the translations.
void printTranslated(int argc, char *argv[], const std::function<QString()> &message) {
    QCoreApplication app(argc, argv);
    TranslationLoader::install();
    QTextStream(stderr) << message() << '\n';
}

} // namespace

int DesktopLauncher::exec(int argc, char *argv[]) {
    const QStringList candidates =
        ProgramLocations::desktopCandidates(ProgramLocations::runningProgram());
    for (const QString &candidate : candidates) {
        if (!QFileInfo(candidate).isFile())
            continue;
        const QByteArray path = QFile::encodeName(candidate);
        // argv[0] is passed on unchanged, so that the window's X11 class, the desktop entry's
        // StartupWMClass and messages keep the name the person typed: allium-usage.
        ::execv(path.constData(), argv);
        return reportNotStarted(argc, argv, candidate, errno);
    }
    return reportMissing(argc, argv, candidates);
}

int DesktopLauncher::reportMissing(int argc, char *argv[], const QStringList &searched) {
    printTranslated(argc, argv, [&] {
        return tr("allium-usage: the dashboard is not installed (%1 is in none of: %2).\n"
                  "Install the allium-usage package for the dashboard and the tray icon. The "
                  "command line works without it: allium-usage --once, allium-usage --help.")
            .arg(ProgramLocations::desktopName(), searched.join(QStringLiteral(", ")));
    });
    return toInt(ExitCode::DashboardMissing);
}

int DesktopLauncher::reportNotStarted(int argc, char *argv[], const QString &path, int error) {
    printTranslated(argc, argv, [&] {
        return tr("allium-usage: the dashboard (%1) could not be started: %2.\n"
                  "The command line works without it: allium-usage --once, allium-usage --help.")
            .arg(path, QString::fromLocal8Bit(std::strerror(error)));
    });
    return toInt(ExitCode::DashboardNotStarted);
}
