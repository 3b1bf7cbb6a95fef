// Where allium-usage looks for the dashboard and where the dashboard finds allium-usage again (for
// launch at login): in a build tree side by side, in an install in bin/ and libexec/allium-usage/.
#include "core/launch/ProgramLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

// An empty executable file at folder/relative, its folders created.
QString executableAt(const QTemporaryDir &folder, const QString &relative) {
    const QString path = folder.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

const QString binDir = QStringLiteral(ALLIUM_TEST_BINDIR);
const QString libexecDir = QStringLiteral(ALLIUM_TEST_LIBEXECDIR);
const QString moduleDir = QStringLiteral(ALLIUM_TEST_MODULEDIR);

} // namespace

class ProgramLocationsTest final : public QObject {
    Q_OBJECT

private slots:
    void dashboardIsLookedForBesideThenInLibexec();
    void keychainModuleIsLookedForBesideThenInLib();
    void runningProgramIsThisTest();
    void commandLineBesideTheDashboardInABuildTree();
    void commandLineInBinForAnInstalledDashboard();
    void dashboardAloneStartsItself();
};

void ProgramLocationsTest::dashboardIsLookedForBesideThenInLibexec() {
    const QStringList candidates = ProgramLocations::desktopCandidates(
        QStringLiteral("/opt/allium/") + binDir + QStringLiteral("/allium-usage"));
    QVERIFY2(candidates.size() >= 2, qPrintable(candidates.join(QLatin1Char(' '))));
    QCOMPARE(candidates.at(0),
             QStringLiteral("/opt/allium/") + binDir + QStringLiteral("/allium-usage-desktop"));
    // Relative to the command line, so that an install moved to another prefix still works.
    QCOMPARE(candidates.at(1),
             QStringLiteral("/opt/allium/") + libexecDir + QStringLiteral("/allium-usage-desktop"));
    // Last, where this build installs.
    QVERIFY(candidates.constLast().endsWith(libexecDir + QStringLiteral("/allium-usage-desktop")));
}

void ProgramLocationsTest::keychainModuleIsLookedForBesideThenInLib() {
    const QStringList candidates = ProgramLocations::keychainModuleCandidates(
        QStringLiteral("/opt/allium/") + binDir + QStringLiteral("/allium-usage"));
    QCOMPARE(candidates.value(0),
             QStringLiteral("/opt/allium/") + binDir + QStringLiteral("/allium-usage-keychain.so"));
    QCOMPARE(candidates.value(1), QStringLiteral("/opt/allium/") + moduleDir +
                                      QStringLiteral("/allium-usage-keychain.so"));
    QVERIFY(
        candidates.constLast().endsWith(moduleDir + QStringLiteral("/allium-usage-keychain.so")));
}

void ProgramLocationsTest::runningProgramIsThisTest() {
    QCOMPARE(ProgramLocations::runningProgram(),
             QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath());
}

void ProgramLocationsTest::commandLineBesideTheDashboardInABuildTree() {
    QTemporaryDir build;
    const QString commandLine = executableAt(build, QStringLiteral("bin/allium-usage"));
    const QString dashboard = executableAt(build, QStringLiteral("bin/allium-usage-desktop"));
    QCOMPARE(ProgramLocations::commandLineFor(dashboard), commandLine);
}

void ProgramLocationsTest::commandLineInBinForAnInstalledDashboard() {
    QTemporaryDir prefix;
    const QString commandLine = executableAt(prefix, binDir + QStringLiteral("/allium-usage"));
    const QString dashboard =
        executableAt(prefix, libexecDir + QStringLiteral("/allium-usage-desktop"));
    QCOMPARE(ProgramLocations::commandLineFor(dashboard), commandLine);
    QCOMPARE(ProgramLocations::desktopCandidates(commandLine).value(1), dashboard);
}

void ProgramLocationsTest::dashboardAloneStartsItself() {
    QTemporaryDir somewhere;
    const QString dashboard = executableAt(somewhere, QStringLiteral("allium-usage-desktop"));
    QCOMPARE(ProgramLocations::commandLineFor(dashboard), dashboard);
}

QTEST_GUILESS_MAIN(ProgramLocationsTest)
#include "ProgramLocationsTest.moc"
