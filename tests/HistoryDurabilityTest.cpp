// The history survives what happens to real processes: SIGKILL in the middle of writes and of the
// very first run, several writers at once, through the store and through the real binary. After
// all of it PRAGMA integrity_check passes, and every reading that was acknowledged (printed by the
// writer, or exit 0 from --once) is in the history. ALLIUM_DURABILITY_SCALE multiplies the rounds.
#include "support/AppProcess.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"
#include "support/SqliteFile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString Source = QStringLiteral("https://api.allium.so");

// waitForFinished() is false for a process that has already finished.
bool finished(QProcess &process) {
    return process.state() == QProcess::NotRunning || process.waitForFinished(60'000);
}

// The rounds of one case: the base number times ALLIUM_DURABILITY_SCALE, but on a slow or busy
// machine (a sanitizer build, CI beside other jobs, where a run takes ten times as long) only as
// many as fit in a time budget, and never fewer than a minimum. Qt Test's watchdog ends a case
// after 5 minutes, and CI's time is bounded too; the counts actually run are printed at the end.
class Rounds final {
public:
    explicit Rounds(int base) {
        const int scale = qEnvironmentVariableIntValue("ALLIUM_DURABILITY_SCALE");
        m_wanted = base * (scale > 0 ? scale : 1);
        m_elapsed.start();
    }
    bool more(int done) const {
        return done < m_wanted && (done < Minimum || m_elapsed.elapsed() < BudgetMs);
    }

private:
    static constexpr int Minimum = 20;
    static constexpr qint64 BudgetMs = 150'000;
    int m_wanted = 0;
    QElapsedTimer m_elapsed;
};

// The values a history-writer acknowledged on its standard output.
QList<int> acknowledgedBy(QProcess &writer) {
    QList<int> values;
    const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("recorded "))
            values.append(line.mid(9).toInt());
    }
    return values;
}

// The credits values recorded in the history file, read as another program would.
QSet<int> recordedIn(const QString &path, const QString &unit = QStringLiteral("credits")) {
    QSet<int> values;
    const QVariantList column = SqliteFile::column(
        path, QStringLiteral("SELECT consumed FROM reading_units WHERE unit = '%1'").arg(unit));
    for (const QVariant &value : column)
        values.insert(value.toInt());
    return values;
}

} // namespace

class HistoryDurabilityTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWritersLoseNoAcknowledgedReading();
    void aFirstRunKilledAtAnyMomentLeavesAUsableFile();
    void simultaneousFirstRunsAllSucceed();
    void concurrentCommandLineRunsLoseNoAcknowledgedReading();
    void killedCommandLineRunsLoseNoAcknowledgedReading();
    void cleanupTestCase();

private:
    QProcess *startWriter(const QString &path, int first, int count);
    AppProcess::Outcome runApp(const QStringList &arguments) const;
    QProcessEnvironment appEnvironment() const;

    QTemporaryDir m_dir;
    QRandomGenerator m_random{11};
    static constexpr int WritesPerRun = 400;
    qint64 m_firstRunMs = 0; // how long a writer takes to open a new file and record once
    qint64 m_writeRunMs = 0; // ... and to record WritesPerRun readings
    int m_kills = 0;
    int m_midWriteKills = 0;
    int m_firstRunKills = 0;
    int m_appKills = 0;
    int m_acknowledged = 0;
    int m_runs = 0;
};

void HistoryDurabilityTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Calibrate the kill windows on this machine: the median of three whole runs each.
    const auto median = [](QList<qint64> times) {
        std::sort(times.begin(), times.end());
        return qMax<qint64>(times.at(times.size() / 2), 5);
    };
    QList<qint64> firstRuns;
    QList<qint64> writeRuns;
    for (int i = 0; i < 3; ++i) {
        for (const int count : {1, WritesPerRun}) {
            QElapsedTimer elapsed;
            elapsed.start();
            std::unique_ptr<QProcess> writer(startWriter(
                m_dir.filePath(QStringLiteral("calibrate-%1-%2.sqlite").arg(i).arg(count)), 1,
                count));
            QVERIFY(finished(*writer));
            QCOMPARE(writer->exitCode(), 0);
            (count == 1 ? firstRuns : writeRuns).append(elapsed.elapsed());
        }
    }
    m_firstRunMs = median(firstRuns);
    m_writeRunMs = median(writeRuns);
    qInfo("here a first run takes about %lld ms, %d writes %lld ms", m_firstRunMs, WritesPerRun,
          m_writeRunMs);
}

QProcess *HistoryDurabilityTest::startWriter(const QString &path, int first, int count) {
    auto *writer = new QProcess;
    writer->start(QStringLiteral(HISTORY_WRITER_BINARY),
                  {path, Source, QString::number(first), QString::number(count)});
    writer->waitForStarted(10'000);
    return writer;
}

void HistoryDurabilityTest::killedWritersLoseNoAcknowledgedReading() {
    const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
    constexpr int PerRun = WritesPerRun;
    QSet<int> acknowledged;
    int next = 1;
    const Rounds rounds(250);
    for (int round = 0; rounds.more(round); ++round, next += PerRun) {
        std::unique_ptr<QProcess> writer(startWriter(path, next, PerRun));
        // Anywhere from opening the file to the last of its writes.
        QTest::qWait(int(m_random.bounded(qint64(1), m_writeRunMs + 1)));
        const bool running = writer->state() == QProcess::Running;
        writer->kill();
        QVERIFY(finished(*writer));
        const QList<int> values = acknowledgedBy(*writer);
        if (running) {
            ++m_kills;
            m_midWriteKills += !values.isEmpty() && values.size() < PerRun ? 1 : 0;
        } else {
            QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
        }
        for (int value : values)
            acknowledged.insert(value);
    }
    QCOMPARE(SqliteFile::integrityCheck(path), QStringLiteral("ok"));
    const QSet<int> recorded = recordedIn(path);
    QVERIFY(!acknowledged.isEmpty());
    for (int value : std::as_const(acknowledged))
        QVERIFY2(recorded.contains(value), qPrintable(QStringLiteral("lost %1").arg(value)));
    m_acknowledged += int(acknowledged.size());
    QVERIFY2(m_midWriteKills > 0, "no kill landed between two acknowledged writes");
}

void HistoryDurabilityTest::aFirstRunKilledAtAnyMomentLeavesAUsableFile() {
    const Rounds rounds(200);
    for (int round = 0; rounds.more(round); ++round) {
        const QString path = m_dir.filePath(QStringLiteral("first-%1.sqlite").arg(round));
        std::unique_ptr<QProcess> writer(startWriter(path, 1, 1));
        QTest::qWait(int(m_random.bounded(m_firstRunMs + 1)));
        if (writer->state() == QProcess::Running) {
            writer->kill();
            ++m_firstRunKills;
        }
        QVERIFY(finished(*writer));
        const QList<int> first = acknowledgedBy(*writer);

        // The next run must simply work: open (repairing if need be) and record.
        std::unique_ptr<QProcess> again(startWriter(path, 2, 1));
        QVERIFY(finished(*again));
        QVERIFY2(again->exitCode() == 0,
                 qPrintable(QStringLiteral("round %1: %2")
                                .arg(round)
                                .arg(QString::fromUtf8(again->readAllStandardError()))));
        QCOMPARE(SqliteFile::integrityCheck(path), QStringLiteral("ok"));
        const QSet<int> recorded = recordedIn(path);
        QVERIFY(recorded.contains(2));
        if (!first.isEmpty())
            QVERIFY(recorded.contains(1));
    }
}

void HistoryDurabilityTest::simultaneousFirstRunsAllSucceed() {
    constexpr int Writers = 6;
    const Rounds trials(30);
    for (int trial = 0; trials.more(trial); ++trial) {
        const QString path = m_dir.filePath(QStringLiteral("together-%1.sqlite").arg(trial));
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < Writers; ++i)
            writers.emplace_back(startWriter(path, 1 + i * 10, 5));
        QSet<int> acknowledged;
        for (auto &writer : writers) {
            QVERIFY(finished(*writer));
            QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
            for (int value : acknowledgedBy(*writer))
                acknowledged.insert(value);
        }
        ++m_runs;
        QCOMPARE(acknowledged.size(), Writers * 5);
        QCOMPARE(recordedIn(path), acknowledged);
        QCOMPARE(SqliteFile::column(path, QStringLiteral("SELECT COUNT(*) FROM schema_version")),
                 QVariantList{1});
    }
}

QProcessEnvironment HistoryDurabilityTest::appEnvironment() const {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cfg")));
    environment.insert(QStringLiteral("ALLIUM_API_KEY"), QStringLiteral("durability-key"));
    return environment;
}

AppProcess::Outcome HistoryDurabilityTest::runApp(const QStringList &arguments) const {
    return AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), appEnvironment()).run(arguments);
}

void HistoryDurabilityTest::concurrentCommandLineRunsLoseNoAcknowledgedReading() {
    // Each answer a new figure, so each acknowledged run is one row to find again.
    ScriptedUsageApi api;
    QVERIFY(api.isListening());
    int served = 0;
    api.setHandler([&served](const HttpRequest &) {
        ++served;
        return ScriptedUsageApi::ok(CannedUsageBodies::unitPlanWith(
            "consumed_amounts", QByteArray("{\"developer_units\": ") + QByteArray::number(served) +
                                    ", \"explorer_units\": 1}"));
    });
    const QStringList once = {QStringLiteral("--once"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--base-url"),
                              api.baseUrl().toString()};
    static const QRegularExpression consumed(QStringLiteral(",developer_units,2000000,(\\d+),"));

    constexpr int Lanes = 4;
    QSet<int> acknowledged;
    const Rounds rounds(30);
    int round = 0;
    for (; rounds.more(round); ++round) {
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int lane = 0; lane < Lanes; ++lane) {
            runs.emplace_back(new QProcess);
            runs.back()->setProcessEnvironment(appEnvironment());
            runs.back()->start(QStringLiteral(ALLIUM_USAGE_BINARY), once);
        }
        // The API lives in this thread: wait through the event loop.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(runs.cbegin(), runs.cend(), [](const auto &run) {
                    return run->state() == QProcess::NotRunning;
                });
            },
            120'000));
        for (auto &run : runs) {
            ++m_runs;
            const QString out = QString::fromUtf8(run->readAllStandardOutput());
            QVERIFY2(run->exitCode() == 0, run->readAllStandardError().constData());
            const QRegularExpressionMatch match = consumed.match(out);
            QVERIFY2(match.hasMatch(), qPrintable(out));
            acknowledged.insert(match.captured(1).toInt());
        }
    }
    const AppProcess::Outcome history = runApp({QStringLiteral("--history")});
    QCOMPARE(history.exitCode, 0);
    QSet<int> exported;
    QRegularExpressionMatchIterator it = consumed.globalMatch(QString::fromUtf8(history.out));
    while (it.hasNext())
        exported.insert(it.next().captured(1).toInt());
    QCOMPARE(acknowledged.size(), round * Lanes);
    for (int value : std::as_const(acknowledged))
        QVERIFY2(exported.contains(value), qPrintable(QStringLiteral("lost %1").arg(value)));
    m_acknowledged += int(acknowledged.size());
    QCOMPARE(SqliteFile::integrityCheck(
                 m_dir.filePath(QStringLiteral("data/Allium/allium-usage/history.sqlite"))),
             QStringLiteral("ok"));
}

void HistoryDurabilityTest::killedCommandLineRunsLoseNoAcknowledgedReading() {
    ScriptedUsageApi api;
    QVERIFY(api.isListening());
    int served = 100'000;
    api.setHandler([&served](const HttpRequest &) {
        ++served;
        return ScriptedUsageApi::ok(CannedUsageBodies::unitPlanWith(
            "consumed_amounts", QByteArray("{\"explorer_units\": 1, \"developer_units\": ") +
                                    QByteArray::number(served) + "}"));
    });
    QSet<int> acknowledged;
    // Kills land anywhere in a run of --once: start-up, request, recording, output.
    QElapsedTimer whole;
    whole.start();
    QCOMPARE(
        runApp({QStringLiteral("--once"), QStringLiteral("--base-url"), api.baseUrl().toString()})
            .exitCode,
        0);
    const qint64 onceMs = qMax<qint64>(whole.elapsed(), 10);
    const Rounds rounds(100);
    for (int round = 0; rounds.more(round); ++round) {
        QProcess run;
        run.setProcessEnvironment(appEnvironment());
        QElapsedTimer elapsed;
        elapsed.start();
        run.start(QStringLiteral(ALLIUM_USAGE_BINARY),
                  {QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("--base-url"), api.baseUrl().toString()});
        const int killAfter = int(m_random.bounded(qint64(1), onceMs + 1));
        (void)QTest::qWaitFor([&] { return run.state() == QProcess::NotRunning; }, killAfter);
        if (run.state() == QProcess::Running) {
            run.kill();
            ++m_appKills;
        }
        QVERIFY(QTest::qWaitFor([&] { return run.state() == QProcess::NotRunning; }, 30'000));
        ++m_runs;
        if (run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0) {
            const QString out = QString::fromUtf8(run.readAllStandardOutput());
            const QRegularExpressionMatch match =
                QRegularExpression(QStringLiteral(",developer_units,2000000,(\\d+),")).match(out);
            QVERIFY2(match.hasMatch(), qPrintable(out));
            acknowledged.insert(match.captured(1).toInt());
        }
    }
    const QString path = m_dir.filePath(QStringLiteral("data/Allium/allium-usage/history.sqlite"));
    QCOMPARE(SqliteFile::integrityCheck(path), QStringLiteral("ok"));
    const QSet<int> recorded = recordedIn(path, QStringLiteral("developer_units"));
    for (int value : std::as_const(acknowledged))
        QVERIFY2(recorded.contains(value), qPrintable(QStringLiteral("lost %1").arg(value)));
    m_acknowledged += int(acknowledged.size());
}

void HistoryDurabilityTest::cleanupTestCase() {
    qInfo("durability: %d kills during writes (%d between two acknowledged writes), %d during "
          "first runs, %d of the binary; %d process runs besides; %d acknowledged readings, "
          "none lost",
          m_kills, m_midWriteKills, m_firstRunKills, m_appKills, m_runs, m_acknowledged);
}

QTEST_GUILESS_MAIN(HistoryDurabilityTest)
#include "HistoryDurabilityTest.moc"
