// Starts the dashboard when allium-usage is run without a command-line option: replaces this
// process with allium-usage-desktop (same arguments, environment and process id), so that a
// server with only the command line installed never loads a display library.
#pragma once

#include <QCoreApplication>
#include <QStringList>

class DesktopLauncher final {
    Q_DECLARE_TR_FUNCTIONS(DesktopLauncher)

public:
    // Returns only when the dashboard could not be started, with ExitCode::DashboardMissing or
    // DashboardNotStarted, after saying why on standard error.
    static int exec(int argc, char *argv[]);

private:
    static int reportMissing(int argc, char *argv[], const QStringList &searched);
    static int reportNotStarted(int argc, char *argv[], const QString &path, int error);
};
