// `allium-usage --once --format prometheus` end to end: the real binary against the scripted API,
// writing what node_exporter's textfile collector reads. After a failed fetch the file says so
// (up 0) and keeps the last good reading with its age, never the previous run's figures as current.
#include "support/AppProcess.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray testKey = "sk-test-exposition-never-print-me";

// Samples by series, e.g. samples["allium_usage_up{organization=\"environment\"}"] == "1".
QMap<QByteArray, QByteArray> samplesOf(const QByteArray &exposition) {
    QMap<QByteArray, QByteArray> samples;
    for (const QByteArray &line : exposition.split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            samples.insert(line.left(line.lastIndexOf(' ')), line.mid(line.lastIndexOf(' ') + 1));
    }
    return samples;
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class OnceExpositionTest final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void successWritesTheExposition();
    void failureKeepsTheLastGoodReadingWithUpZero();
    void failureWithoutHistoryHasOnlyUpZero();

private:
    AppProcess::Outcome run(const QStringList &more);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<ScriptedUsageApi> m_api;
};

void OnceExpositionTest::init() {
    m_home = std::make_unique<QTemporaryDir>();
    m_api = std::make_unique<ScriptedUsageApi>();
    QVERIFY(m_api->isListening());
}

AppProcess::Outcome OnceExpositionTest::run(const QStringList &more) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"})
        environment.remove(QLatin1String(name));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QLatin1String(name), m_home->filePath(QLatin1String(name)));
    environment.insert(QStringLiteral("ALLIUM_API_KEY"), QString::fromLatin1(testKey));
    const QStringList arguments =
        QStringList{QStringLiteral("--once"),     QStringLiteral("--format"),
                    QStringLiteral("prometheus"), QStringLiteral("--base-url"),
                    m_api->baseUrl().toString(),  QStringLiteral("--timeout"),
                    QStringLiteral("2")} +
        more;
    return AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), environment).run(arguments, {}, 30'000);
}

void OnceExpositionTest::successWritesTheExposition() {
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const AppProcess::Outcome outcome = run({});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(outcome.exitCode, 0);
    // The canned body reports April 2026, long over: the one thing said on standard error.
    const QList<QByteArray> errLines = outcome.err.trimmed().split('\n');
    QCOMPARE(errLines.size(), 1);
    QVERIFY2(errLines.constFirst().startsWith("Warning: The API reports the period"),
             outcome.err.constData());

    const auto samples = samplesOf(outcome.out);
    QCOMPARE(samples.value(R"(allium_usage_up{organization="environment"})"), QByteArray("1"));
    QCOMPARE(samples.value(
                 R"(allium_usage_consumed{organization="environment",unit="developer_units"})"),
             QByteArray("341523"));
    QCOMPARE(samples.value(
                 R"(allium_usage_allocated{organization="environment",unit="explorer_units"})"),
             QByteArray("100"));
    const double success =
        samples
            .value(
                R"(allium_usage_last_refresh_success_timestamp_seconds{organization="environment"})")
            .toDouble();
    QVERIFY(success >= before.toSecsSinceEpoch() - 1 && success <= after.toSecsSinceEpoch() + 1);
    // One run remembers no earlier failures: no counter that would restart at every run.
    QVERIFY(!outcome.out.contains("allium_usage_refresh_failures_total"));
    QVERIFY(!outcome.out.contains(testKey));

    QProcess promtool;
    promtool.start(QStringLiteral(ALLIUM_PROMTOOL),
                   {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY2(promtool.waitForStarted(), "promtool (package prometheus) is needed");
    promtool.write(outcome.out);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished());
    QVERIFY2(promtool.exitCode() == 0, promtool.readAll().constData());
}

void OnceExpositionTest::failureKeepsTheLastGoodReadingWithUpZero() {
    const QString file = m_home->filePath(QStringLiteral("allium.prom"));
    QCOMPARE(run({QStringLiteral("--output"), file}).exitCode, 0);
    const auto good = samplesOf(readFile(file));
    const QByteArray successSeries =
        R"(allium_usage_last_refresh_success_timestamp_seconds{organization="environment"})";
    QVERIFY(good.contains(successSeries));

    QTest::qWait(1100); // so that the last success is visibly older than this run
    m_api->setFallback(ScriptedUsageApi::status(503, "maintenance"));
    const AppProcess::Outcome failed = run({QStringLiteral("--output"), file});
    QCOMPARE(failed.exitCode, 4);
    QVERIFY2(failed.err.contains("maintenance"), failed.err.constData());

    const auto samples = samplesOf(readFile(file));
    QCOMPARE(samples.value(R"(allium_usage_up{organization="environment"})"), QByteArray("0"));
    // The figures are the last good reading's, and say when it was fetched.
    QCOMPARE(samples.value(
                 R"(allium_usage_consumed{organization="environment",unit="developer_units"})"),
             QByteArray("341523"));
    QCOMPARE(samples.value(successSeries), good.value(successSeries));
}

void OnceExpositionTest::failureWithoutHistoryHasOnlyUpZero() {
    m_api->setFallback(ScriptedUsageApi::status(401, "invalid key"));
    const AppProcess::Outcome failed = run({QStringLiteral("--no-history")});
    QCOMPARE(failed.exitCode, 3);
    const auto samples = samplesOf(failed.out);
    QCOMPARE(samples.value(R"(allium_usage_up{organization="environment"})"), QByteArray("0"));
    QCOMPARE(samples.size(), 2); // up and build_info
    QVERIFY(!failed.out.contains(testKey) && !failed.err.contains(testKey));
}

QTEST_GUILESS_MAIN(OnceExpositionTest)
#include "OnceExpositionTest.moc"
