// `--history` and `--no-history` end to end: the real binary (QProcess) on demo data, with its
// data folder (XDG_DATA_HOME) in a temporary directory.
#include "core/output/CsvSnapshotWriter.h"
#include "support/AppProcess.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QStringList lines(const QString &text) {
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

class HistoryCommandTest final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void onceRecordsAndHistoryWritesTheReadingsAsCsv();
    void historyWritesToAFile();
    void noHistoryLeavesTheStoreEmpty();
    void datesSelectTheReadings_data();
    void datesSelectTheReadings();
    void theOrganizationHasAHistoryOfItsOwn();
    void badArgumentsAreUsageErrors_data();
    void badArgumentsAreUsageErrors();
    void anUnusableStoreDoesNotStopOnceButSaysSo();

private:
    Run run(const QStringList &arguments) const;
    QString storePath() const {
        return m_dataHome + QStringLiteral("/Allium/allium-usage/history.sqlite");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataHome;
};

void HistoryCommandTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataHome = m_dir->filePath(QStringLiteral("data"));
}

Run HistoryCommandTest::run(const QStringList &arguments) const {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir->filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("ALLIUM_API_KEY"));
    environment.remove(QStringLiteral("DISPLAY")); // none of this may need a display
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const AppProcess::Outcome outcome =
        AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), environment).run(arguments);
    return {outcome.exitCode, QString::fromUtf8(outcome.out), QString::fromUtf8(outcome.err)};
}

void HistoryCommandTest::onceRecordsAndHistoryWritesTheReadingsAsCsv() {
    QStringList onceRows;
    for (int i = 0; i < 3; ++i) {
        const Run once = run({QStringLiteral("--demo"), QStringLiteral("--once"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(once.exitCode, 0);
        onceRows.append(lines(once.out).mid(1));
    }
    QVERIFY(QFile::exists(storePath()));

    const Run history = run({QStringLiteral("--demo"), QStringLiteral("--history"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(history.exitCode, 0);
    const QStringList rows = lines(history.out);
    QCOMPARE(rows.value(0) + QStringLiteral("\r\n"), CsvSnapshotWriter::header());
    // Every row --once printed is in the history, with the same columns and values (identical
    // consecutive readings share one stored row, which exports as its first and last sighting).
    for (const QString &row : onceRows)
        QVERIFY2(rows.contains(row), qPrintable(row));
    QVERIFY(rows.size() >= 3);
    for (const QString &row : rows.mid(1))
        QCOMPARE(row.count(QLatin1Char(',')), 10);
    QVERIFY(history.err.isEmpty());
}

void HistoryCommandTest::historyWritesToAFile() {
    QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--once")}).exitCode, 0);
    const QString file = m_dir->filePath(QStringLiteral("history.csv"));
    const Run toFile =
        run({QStringLiteral("--demo"), QStringLiteral("--history"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--output"), file});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    const Run toStdout = run({QStringLiteral("--demo"), QStringLiteral("--history")});
    QCOMPARE(toStdout.exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), toStdout.out);
    QCOMPARE(lines(toStdout.out).size(), 3); // header and two units
}

void HistoryCommandTest::noHistoryLeavesTheStoreEmpty() {
    const Run once =
        run({QStringLiteral("--demo"), QStringLiteral("--once"), QStringLiteral("--no-history")});
    QCOMPARE(once.exitCode, 0);
    QVERIFY(once.out.contains(QLatin1String("Forecast after 6 hours of readings")));
    QVERIFY(!QFile::exists(storePath()));

    const Run history = run({QStringLiteral("--demo"), QStringLiteral("--history"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.out, CsvSnapshotWriter::header());
    QVERIFY(history.err.contains(QLatin1String("No readings")));
}

void HistoryCommandTest::datesSelectTheReadings_data() {
    const QString today = QDate::currentDate().toString(Qt::ISODate); // the demo reads "now"
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<bool>("found");

    QTest::newRow("no dates") << QStringList() << true;
    QTest::newRow("from yesterday") << QStringList{QStringLiteral("--from"), yesterday} << true;
    QTest::newRow("to tomorrow") << QStringList{QStringLiteral("--to"), tomorrow} << true;
    QTest::newRow("to yesterday") << QStringList{QStringLiteral("--to"), yesterday} << false;
    QTest::newRow("from tomorrow") << QStringList{QStringLiteral("--from"), tomorrow} << false;
    QTest::newRow("an old month") << QStringList{QStringLiteral("--from"),
                                                 QStringLiteral("2001-01-01"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2001-01-31")}
                                  << false;
    Q_UNUSED(today);
}

void HistoryCommandTest::datesSelectTheReadings() {
    QFETCH(QStringList, dates);
    QFETCH(bool, found);
    // Local and UTC dates may differ near midnight; the rows use UTC, so compare in UTC.
    if (QDate::currentDate() != QDateTime::currentDateTimeUtc().date())
        QSKIP("Local date and UTC date differ right now");
    QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--once")}).exitCode, 0);

    const Run history = run(QStringList{QStringLiteral("--demo"), QStringLiteral("--history"),
                                        QStringLiteral("--format"), QStringLiteral("csv")} +
                            dates);
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(lines(history.out).size(), found ? 3 : 1);
}

void HistoryCommandTest::theOrganizationHasAHistoryOfItsOwn() {
    QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--once")}).exitCode, 0);
    // Without --demo the organization's history is asked for: nothing was recorded for it.
    const Run history =
        run({QStringLiteral("--history"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.out, CsvSnapshotWriter::header());
    QVERIFY2(history.err.contains(QLatin1String("No readings of Default")),
             qPrintable(history.err));
}

void HistoryCommandTest::badArgumentsAreUsageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("history as JSON")
        << QStringList{QStringLiteral("--history"), QStringLiteral("--format"),
                       QStringLiteral("json")}
        << QStringLiteral("--history writes CSV only");
    QTest::newRow("a date that does not exist")
        << QStringList{QStringLiteral("--history"), QStringLiteral("--from"),
                       QStringLiteral("2026-13-01")}
        << QStringLiteral("--from: expected a date as YYYY-MM-DD");
    QTest::newRow("a date in another format")
        << QStringList{QStringLiteral("--history"), QStringLiteral("--to"),
                       QStringLiteral("01/05/2026")}
        << QStringLiteral("--to: expected a date as YYYY-MM-DD");
    QTest::newRow("from after to")
        << QStringList{QStringLiteral("--history"), QStringLiteral("--from"),
                       QStringLiteral("2026-05-02"), QStringLiteral("--to"),
                       QStringLiteral("2026-05-01")}
        << QStringLiteral("--from must not be after --to");
    QTest::newRow("no-history with history")
        << QStringList{QStringLiteral("--history"), QStringLiteral("--no-history")}
        << QStringLiteral("--no-history applies to --once only");
    QTest::newRow("no-history alone")
        << QStringList{QStringLiteral("--no-history")} << QStringLiteral("--no-history");
}

void HistoryCommandTest::badArgumentsAreUsageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(storePath()));
}

void HistoryCommandTest::anUnusableStoreDoesNotStopOnceButSaysSo() {
    // The data folder is a file: no history can be kept there.
    QFile blocker(m_dataHome);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const Run once = run({QStringLiteral("--demo"), QStringLiteral("--once"),
                          QStringLiteral("--format"), QStringLiteral("csv")});
    // The output is complete, but the reading is not acknowledged as recorded.
    QCOMPARE(once.exitCode, 7);
    QCOMPARE(lines(once.out).size(), 3);
    QVERIFY2(once.err.contains(QLatin1String("Not recorded in the usage history")),
             qPrintable(once.err));

    // Only reading: nothing was recorded, so there is nothing to export, and nothing is created.
    const Run history = run({QStringLiteral("--demo"), QStringLiteral("--history")});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(lines(history.out), QStringList{CsvSnapshotWriter::header().trimmed()});
    QVERIFY2(history.err.contains(QLatin1String("No readings")), qPrintable(history.err));
    QVERIFY(QFileInfo(m_dataHome).isFile());
}

QTEST_GUILESS_MAIN(HistoryCommandTest)
#include "HistoryCommandTest.moc"
