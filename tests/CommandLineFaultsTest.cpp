// The command line when things go wrong around it, end to end with the real binary: a full disk,
// a read-only folder, a closed-off standard output, a server that drips, redirects elsewhere or
// sends text meant for the terminal. Exit codes and messages are what a script relies on.
#include "support/AppProcess.h"
#include "support/CannedUsageBodies.h"
#include "support/ScratchMount.h"
#include "support/ScriptedUsageApi.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Key = "sk-faults-never-print-me";
const QByteArray Previous = "{\"previous\": true}\n";

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// Nothing a terminal would act on: no C0 but the line feed, no DEL, no C1, no bidi control.
QString terminalHazard(const QByteArray &bytes) {
    for (const char c : bytes) {
        if ((uchar(c) < 0x20 && c != '\n') || uchar(c) == 0x7f)
            return QStringLiteral("control byte 0x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
    }
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text) {
        if ((c.unicode() >= 0x80 && c.unicode() <= 0x9f) ||
            (c.unicode() >= 0x202a && c.unicode() <= 0x202e))
            return QStringLiteral("control character U+%1").arg(c.unicode(), 4, 16);
    }
    return QString();
}

} // namespace

class CommandLineFaultsTest final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void outputOnAFullDiskExitsOneAndKeepsThePreviousFile_data();
    void outputOnAFullDiskExitsOneAndKeepsThePreviousFile();
    void outputInAReadOnlyFolderFailsBeforeAnyRequest();
    void aFullStandardOutputExitsOne();
    void aReadingTheHistoryCannotTakeExitsSeven();
    void historyExportsFromAReadOnlyFolder();
    void serverTextNeverDrivesTheTerminal();
    void hugeErrorPagesAndCompressedBodiesEndCleanly();
    void timeoutBoundsADrippingServer();
    void aRedirectElsewhereNeverCarriesTheKey();

private:
    AppProcess::Outcome run(const QStringList &arguments, int timeoutMs = 30'000) const;
    QStringList once(const QStringList &more = {}) const;

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataHome;
    std::unique_ptr<ScriptedUsageApi> m_api;
};

void CommandLineFaultsTest::init() {
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_dataHome = m_home->filePath(QStringLiteral("data"));
    m_api = std::make_unique<ScriptedUsageApi>();
    QVERIFY(m_api->isListening());
}

AppProcess::Outcome CommandLineFaultsTest::run(const QStringList &arguments, int timeoutMs) const {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("cfg")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
    environment.insert(QStringLiteral("ALLIUM_API_KEY"), QString::fromLatin1(Key));
    return AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), environment)
        .run(arguments, {}, timeoutMs);
}

QStringList CommandLineFaultsTest::once(const QStringList &more) const {
    return QStringList{QStringLiteral("--once"), QStringLiteral("--base-url"),
                       m_api->baseUrl().toString(), QStringLiteral("--timeout"),
                       QStringLiteral("2")} +
           more;
}

void CommandLineFaultsTest::outputOnAFullDiskExitsOneAndKeepsThePreviousFile_data() {
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << QStringLiteral("table");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
    // A textfile collector's file: a half-written one would be scraped as the organization's usage.
    QTest::newRow("prometheus") << QStringLiteral("prometheus");
}

void CommandLineFaultsTest::outputOnAFullDiskExitsOneAndKeepsThePreviousFile() {
    QFETCH(QString, format);
    ScratchMount disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.problem()));
    const QString path = disk.filePath(QStringLiteral("usage.out"));
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly) && previous.write(Previous) == Previous.size());
    previous.close();
    QVERIFY(disk.fill());

    const AppProcess::Outcome outcome =
        run(once({QStringLiteral("--format"), format, QStringLiteral("--output"), path,
                  QStringLiteral("--no-history")}));
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QByteArray("Cannot write " + path.toUtf8() +
                                             ": No space left on device. The file was left as "
                                             "it was.")),
             outcome.err.constData());
    QCOMPARE(contents(path), Previous);
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no leftovers
}

void CommandLineFaultsTest::outputInAReadOnlyFolderFailsBeforeAnyRequest() {
    ScratchMount disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.problem()));
    QVERIFY(disk.makeReadOnly());
    const AppProcess::Outcome outcome =
        run(once({QStringLiteral("--output"), disk.filePath(QStringLiteral("usage.csv"))}));
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains("Read-only file system"), outcome.err.constData());
    QCOMPARE(m_api->requestCount(), 0);
}

void CommandLineFaultsTest::aFullStandardOutputExitsOne() {
    // The demo serves itself, so the test can block on the process.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("cfg")));
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(ALLIUM_USAGE_BINARY),
                  {QStringLiteral("--demo"), QStringLiteral("--once"), QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--no-history")});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("Cannot write to standard output"), err.constData());
}

void CommandLineFaultsTest::aReadingTheHistoryCannotTakeExitsSeven() {
    ScratchMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.problem()));
    m_dataHome = disk.filePath(QStringLiteral("data"));
    AppProcess::Outcome first = run(once({QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(first.exitCode, 0);
    QVERIFY(disk.fill());
    m_api->setFallback(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));

    const AppProcess::Outcome full = run(once({QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(full.exitCode, 7);
    QVERIFY(full.out.contains("credits,10000,4321.5")); // the output itself is complete
    QVERIFY2(full.err.contains("Not recorded in the usage history") && full.err.contains("is full"),
             full.err.constData());

    disk.makeRoom();
    const AppProcess::Outcome history = run({QStringLiteral("--history")});
    QCOMPARE(history.exitCode, 0);
    QVERIFY(history.out.contains("developer_units,2000000,341523")); // the first is kept
    QVERIFY(!history.out.contains("credits"));
}

void CommandLineFaultsTest::historyExportsFromAReadOnlyFolder() {
    ScratchMount disk(1024 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.problem()));
    m_dataHome = disk.filePath(QStringLiteral("data"));
    QCOMPARE(run(once()).exitCode, 0);
    QVERIFY(disk.makeReadOnly());
    const AppProcess::Outcome history = run({QStringLiteral("--history")});
    QVERIFY2(history.exitCode == 0, history.err.constData());
    QCOMPARE(history.out.count("\r\n"), 3); // the header and both units
}

void CommandLineFaultsTest::serverTextNeverDrivesTheTerminal() {
    // A unit name and a cadence that would clear the screen and retitle the window.
    m_api->enqueue(
        ScriptedUsageApi::ok(CannedUsageBodies::unitPlanWith(
                                 "consumed_amounts", R"({"\u001b[2J\u001b]0;owned\u0007units": 1})")
                                 .replace(R"("monthly")", R"("\u009b31m\u202emonthly")")));
    const AppProcess::Outcome table = run(once({QStringLiteral("--no-history")}));
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(terminalHazard(table.out).isEmpty(), qPrintable(terminalHazard(table.out)));
    QVERIFY2(table.out.contains("\\x1B[2J\\x1B]0;owned\\x07units"), table.out.constData());

    for (const QByteArray &format : {QByteArray("csv"), QByteArray("json")}) {
        m_api->enqueue(ScriptedUsageApi::ok(
            CannedUsageBodies::unitPlanWith("consumed_amounts", R"({"\u001b[2Junits": 1})")));
        const AppProcess::Outcome file =
            run(once({QStringLiteral("--format"), QString::fromLatin1(format),
                      QStringLiteral("--no-history")}));
        QCOMPARE(file.exitCode, 0);
        QVERIFY2(terminalHazard(QByteArray(file.out).replace("\r\n", "\n")).isEmpty(),
                 file.out.constData());
    }

    m_api->enqueue(
        ScriptedUsageApi::status(401, "\x1b]0;owned\x07\x1b[2J" + QByteArray(5000, 'x')));
    const AppProcess::Outcome rejected = run(once());
    QCOMPARE(rejected.exitCode, 3);
    QVERIFY2(terminalHazard(rejected.err).isEmpty(), qPrintable(terminalHazard(rejected.err)));
    QVERIFY(rejected.err.size() < 1000); // the detail is cut to 200 characters
    QVERIFY(!rejected.err.contains(Key));
}

void CommandLineFaultsTest::hugeErrorPagesAndCompressedBodiesEndCleanly() {
    HttpResponse huge = ScriptedUsageApi::status(500);
    huge.delivery = HttpResponse::Delivery::Stream;
    huge.streamedBodyBytes = 3 << 20;
    m_api->enqueue(huge);
    const AppProcess::Outcome error = run(once());
    QCOMPARE(error.exitCode, 4); // a server error, not "too large" (5)
    QVERIFY2(error.err.contains("HTTP 500"), error.err.constData());
    QVERIFY2(!error.err.contains("Internal problem"), error.err.constData());

    // 1 MiB of gzip that would become 1 GiB: refused at once, never decompressed.
    HttpResponse bomb = ScriptedUsageApi::ok(qCompress(QByteArray(1 << 30, '\0'), 9).mid(4));
    bomb.withHeader("Content-Encoding", "gzip");
    m_api->setFallback(bomb);
    const AppProcess::Outcome compressed = run(once());
    QCOMPARE(compressed.exitCode, 5);
    QVERIFY2(compressed.err.contains("compressed answer (gzip)"), compressed.err.constData());
    QVERIFY(!compressed.err.contains("Decompression failed"));
    QVERIFY(!compressed.err.contains("Internal problem"));
    QCOMPARE(m_api->requestCount(), 2); // not retried, and not one timeout after another
}

void CommandLineFaultsTest::timeoutBoundsADrippingServer() {
    HttpResponse drip = ScriptedUsageApi::ok(CannedUsageBodies::unitPlan());
    drip.delivery = HttpResponse::Delivery::Drip; // ~400 bytes at 200 ms each: 80 s
    m_api->setFallback(drip);
    QElapsedTimer elapsed;
    elapsed.start();
    const AppProcess::Outcome outcome =
        run({QStringLiteral("--once"), QStringLiteral("--base-url"), m_api->baseUrl().toString(),
             QStringLiteral("--timeout"), QStringLiteral("1")},
            60'000);
    QCOMPARE(outcome.exitCode, 4);
    QVERIFY2(outcome.err.contains("no complete answer within 1 s"), outcome.err.constData());
    QCOMPARE(m_api->requestCount(), 3);
    // Three attempts of a second and two short waits, far from the 80 s one body would take.
    QVERIFY2(elapsed.elapsed() < 40'000, qPrintable(QString::number(elapsed.elapsed())));
}

void CommandLineFaultsTest::aRedirectElsewhereNeverCarriesTheKey() {
    HttpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
    HttpResponse redirect;
    redirect.status = 302;
    redirect.withHeader("Location", elsewhere.baseUrl().toEncoded() + "/collect");
    m_api->enqueue(redirect);
    const AppProcess::Outcome outcome = run(once());
    QCOMPARE(outcome.exitCode, 5);
    QVERIFY2(outcome.err.contains("the API key was not sent there"), outcome.err.constData());
    QCOMPARE(elsewhere.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(CommandLineFaultsTest)
#include "CommandLineFaultsTest.moc"
