// allium-usage without a command-line option hands over to the dashboard, allium-usage-desktop:
// the same process with the same arguments and environment; and where the dashboard is not
// installed (a server with the headless package only), it says so and the command line still works.
#include "core/launch/ExitCode.h"
#include "core/launch/ProgramLocations.h"
#include "support/AppProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A person on a desktop, with folders of the test's own so that nothing touches real settings.
QProcessEnvironment desktopEnvironment(const QTemporaryDir &home) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"ALLIUM_API_KEY", "ALLIUM_THEME", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QLatin1String(name), home.filePath(QLatin1String(name)));
    return environment;
}

} // namespace

class DesktopLauncherTest final : public QObject {
    Q_OBJECT

private slots:
    void dashboardGetsTheSameArguments();
    void dashboardGetsTheSameEnvironment();
    void dashboardReplacesTheLauncherProcess();
    void missingDashboardIsExplainedAndTheCommandLineStillWorks();
    void dashboardThatCannotRunIsExplained();

private:
    // A copy of allium-usage alone in a folder of its own: a server without the dashboard.
    QString installAlone(const QTemporaryDir &folder);
};

void DesktopLauncherTest::dashboardGetsTheSameArguments() {
    QTemporaryDir home;
    // --theme is the dashboard's option: only the dashboard can refuse its value.
    const AppProcess::Outcome outcome =
        AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), desktopEnvironment(home))
            .run({QStringLiteral("--theme"), QStringLiteral("purple")});
    QCOMPARE(outcome.exitCode, toInt(ExitCode::UsageError));
    QVERIFY2(outcome.err.contains("--theme: expected light, dark or system, got purple"),
             outcome.err.constData());
}

void DesktopLauncherTest::dashboardGetsTheSameEnvironment() {
    QTemporaryDir home;
    QProcessEnvironment environment = desktopEnvironment(home);
    environment.insert(QStringLiteral("ALLIUM_THEME"), QStringLiteral("sepia"));
    const AppProcess::Outcome outcome =
        AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), environment).run({});
    QCOMPARE(outcome.exitCode, toInt(ExitCode::UsageError));
    QVERIFY2(outcome.err.contains("got sepia"), outcome.err.constData());
}

void DesktopLauncherTest::dashboardReplacesTheLauncherProcess() {
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(desktopEnvironment(home));
    process.start(QStringLiteral(ALLIUM_USAGE_BINARY), {QStringLiteral("--demo")});
    QVERIFY(process.waitForStarted());

    // The process the launcher started as becomes the dashboard: same id, new program. A desktop
    // that tracks the process it launched (startup notification, systemd scopes) keeps it.
    const QString exe = QStringLiteral("/proc/%1/exe").arg(process.processId());
    const QString dashboard =
        QFileInfo(QFileInfo(QStringLiteral(ALLIUM_USAGE_BINARY)).absolutePath() + QLatin1Char('/') +
                  ProgramLocations::desktopName())
            .canonicalFilePath();
    QDeadlineTimer deadline(20'000);
    QString running;
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        running = QFileInfo(exe).canonicalFilePath();
        if (running == dashboard)
            break;
        QTest::qWait(20);
    }
    const QByteArray err = process.readAllStandardError();
    process.kill();
    process.waitForFinished();
    QVERIFY2(running == dashboard, qPrintable(running + QLatin1Char(' ') + QString::fromUtf8(err)));
}

void DesktopLauncherTest::missingDashboardIsExplainedAndTheCommandLineStillWorks() {
    QTemporaryDir folder;
    QTemporaryDir home;
    const QString alone = installAlone(folder);
    QVERIFY(!alone.isEmpty());

    const AppProcess::Outcome dashboard = AppProcess(alone, desktopEnvironment(home)).run({});
    QCOMPARE(dashboard.exitCode, toInt(ExitCode::DashboardMissing));
    QCOMPARE(dashboard.exitCode, 127);
    QVERIFY2(dashboard.err.contains("the dashboard is not installed"), dashboard.err.constData());
    QVERIFY2(dashboard.err.contains("Install the allium-usage package"), dashboard.err.constData());
    QVERIFY2(dashboard.err.contains(QFile::encodeName(folder.path())), dashboard.err.constData());
    QVERIFY(dashboard.out.isEmpty());

    const AppProcess::Outcome once =
        AppProcess(alone, desktopEnvironment(home))
            .run({QStringLiteral("--demo"), QStringLiteral("--once"), QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("--no-history")});
    QCOMPARE(once.exitCode, toInt(ExitCode::Ok));
    QVERIFY2(once.out.startsWith("captured_at,"), once.out.constData());
}

void DesktopLauncherTest::dashboardThatCannotRunIsExplained() {
    QTemporaryDir folder;
    QTemporaryDir home;
    const QString alone = installAlone(folder);
    QVERIFY(!alone.isEmpty());
    QFile notRunnable(folder.filePath(ProgramLocations::desktopName()));
    QVERIFY(notRunnable.open(QIODevice::WriteOnly));
    notRunnable.close();
    QVERIFY(notRunnable.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

    const AppProcess::Outcome outcome = AppProcess(alone, desktopEnvironment(home)).run({});
    QCOMPARE(outcome.exitCode, toInt(ExitCode::DashboardNotStarted));
    QCOMPARE(outcome.exitCode, 126);
    QVERIFY2(outcome.err.contains("could not be started"), outcome.err.constData());
    QVERIFY2(outcome.err.contains(QFile::encodeName(notRunnable.fileName())),
             outcome.err.constData());
}

QString DesktopLauncherTest::installAlone(const QTemporaryDir &folder) {
    const QString copy = folder.filePath(ProgramLocations::commandLineName());
    if (!QFile::copy(QStringLiteral(ALLIUM_USAGE_BINARY), copy))
        return {};
    return copy;
}

QTEST_GUILESS_MAIN(DesktopLauncherTest)
#include "DesktopLauncherTest.moc"
