// The history store against a real SQLite file in a temporary folder.
#include "core/history/HistoryStore.h"
#include "core/Clock.h"
#include "support/EarlierHistorySchemas.h"
#include "support/ScratchMount.h"
#include "support/SqliteFile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

const QString api = QStringLiteral("https://api.allium.so");

QDateTime utc(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// A monthly unit plan in April 2026 (or whichever month is given), read at `at`.
UsageSnapshot aprilReading(const QDateTime &at, double developer, double explorer = 12.5,
                           const char *periodStart = "2026-04-01T00:00:00Z",
                           const char *periodEnd = "2026-05-01T00:00:00Z") {
    UsageSnapshot snapshot;
    snapshot.billingPeriodStart = utc(periodStart);
    snapshot.billingPeriodEnd = utc(periodEnd);
    snapshot.allocationPeriodStart = utc(periodStart);
    snapshot.allocationPeriodEnd = utc(periodEnd);
    snapshot.cadenceText = QStringLiteral("monthly");
    snapshot.units = {{QStringLiteral("developer_units"), developer, 2000000.0},
                      {QStringLiteral("explorer_units"), explorer, 100.0}};
    snapshot.receivedAt = at;
    return snapshot;
}

UsageSnapshot trialReading(const QDateTime &at, double consumed) {
    UsageSnapshot snapshot;
    snapshot.billingPeriodStart = utc("2026-04-01T00:00:00Z");
    snapshot.billingPeriodEnd = utc("2026-05-01T00:00:00Z");
    snapshot.units = {{QStringLiteral("developer_units"), consumed, std::nullopt}};
    snapshot.receivedAt = at;
    return snapshot;
}

QList<double> consumedValues(const UsageSeries &series) {
    QList<double> values;
    for (const UsagePoint &point : series)
        values.append(point.consumed);
    return values;
}

} // namespace

class HistoryStoreTest final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void aReadingIsStoredAndReadBack();
    void identicalConsecutiveReadingsExtendLastSeen();
    void aChangedReadingAddsARow();
    void periodsNeverMix();
    void periodsThatShareAStartAreListedEachNewestFirst();
    void baseUrlsNeverMix();
    void aPlanWithoutAllocationIsKeyedByBillingPeriod();
    void readingsBetweenDatesIncludeFirstAndLastSighting();
    void retentionPrunesOldReadings_data();
    void retentionPrunesOldReadings();
    void reopeningAfterCloseKeepsTheData();
    void twoStoresOnOneFileShareItsReadings();
    void aNewStoreHasTheCurrentSchema();
    void anOlderSchemaIsMigratedKeepingItsReadings();
    void aNewerSchemaIsRefusedAndLeftAlone();
    void anUnopenableStoreSaysWhyAndDoesNothing_data();
    void anUnopenableStoreSaysWhyAndDoesNothing();
    void aLockedStoreSaysSo();
    void sourceKeyIgnoresATrailingSlash();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{utc("2026-04-20T12:00:00Z")};
};

void HistoryStoreTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNow(utc("2026-04-20T12:00:00Z"));
}

void HistoryStoreTest::aReadingIsStoredAndReadBack() {
    HistoryStore store(storePath(), m_clock);
    QVERIFY2(store.open(), qPrintable(store.errorMessage()));
    QVERIFY(store.isOpen());
    QVERIFY(!store.latestSnapshot(api));

    const UsageSnapshot reading = aprilReading(utc("2026-04-20T11:55:00Z"), 341523);
    QVERIFY(store.record(api, reading));

    const auto latest = store.latestSnapshot(api);
    QVERIFY(latest);
    QVERIFY(latest->sameReadingAs(reading));
    QCOMPARE(latest->receivedAt, reading.receivedAt);
    QCOMPARE(latest->units.size(), 2);
    QCOMPARE(latest->units.at(0).allocated, std::optional<double>(2000000.0));
}

void HistoryStoreTest::identicalConsecutiveReadingsExtendLastSeen() {
    HistoryStore store(storePath(), m_clock);
    QVERIFY(store.open());
    const QDateTime first = utc("2026-04-20T08:00:00Z");
    for (int i = 0; i < 4; ++i)
        QVERIFY(store.record(api, aprilReading(first.addSecs(i * 300), 1000)));

    const QList<HistoryPeriod> periods = store.periods(api);
    QCOMPARE(periods.size(), 1);
    QCOMPARE(store.readingCount(api, periods.at(0)), 1);
    QCOMPARE(periods.at(0).firstSeen, first);
    QCOMPARE(periods.at(0).lastSeen, first.addSecs(900));
    QCOMPARE(store.latestSnapshot(api)->receivedAt, first.addSecs(900));

    // The run shows as its first and last sighting, so a flat stretch still has its length.
    const UsageSeries series =
        store.unitSeries(api, periods.at(0), QStringLiteral("developer_units"));
    QCOMPARE(series.size(), 2);
    QCOMPARE(series.at(0).time(), first);
    QCOMPARE(series.at(1).time(), first.addSecs(900));
}

void HistoryStoreTest::aChangedReadingAddsARow() {
    HistoryStore store(storePath(), m_clock);
    QVERIFY(store.open());
    const QDateTime first = utc("2026-04-20T08:00:00Z");
    QVERIFY(store.record(api, aprilReading(first, 1000)));
    QVERIFY(store.record(api, aprilReading(first.addSecs(300), 1000, 13.0)));
    // Equal to the first, but not consecutive: a new row.
    QVERIFY(store.record(api, aprilReading(first.addSecs(600), 1000)));

    QCOMPARE(store.readingCount(api, store.periods(api).at(0)), 3);
    const UsageSeries explorer =
        store.unitSeries(api, store.periods(api).at(0), QStringLiteral("explorer_units"));
    QCOMPARE(consumedValues(explorer), (QList<double>{12.5, 13.0, 12.5}));
}

void HistoryStoreTest::periodsNeverMix() {
    HistoryStore store(storePath(), m_clock);
    QVERIFY(store.open());
    QVERIFY(store.record(api, aprilReading(utc("2026-04-29T10:00:00Z"), 1900000)));
    QVERIFY(store.record(api, aprilReading(utc("2026-04-30T10:00:00Z"), 1950000)));
    QVERIFY(store.record(api, aprilReading(utc("2026-05-01T10:00:00Z"), 5000, 1.0,
                                           "2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z")));

    const QList<HistoryPeriod> periods = store.periods(api);
    QCOMPARE(periods.size(), 2);
    QCOMPARE(periods.at(0).start, utc("2026-05-01T00:00:00Z")); // newest first
    QCOMPARE(periods.at(1).start, utc("2026-04-01T00:00:00Z"));
    QCOMPARE(store.readingCount(api, periods.at(1)), 2);
    QCOMPARE(periods.at(1).cadenceText, QStringLiteral("monthly"));

    const QString unit = QStringLiteral("developer_units");
    QCOMPARE(consumedValues(store.unitSeries(api, periods.at(1), unit)),
             (QList<double>{1900000, 1950000}));
    QCOMPARE(consumedValues(store.unitSeries(api, periods.at(0), unit)), (QList<double>{5000}));
    QCOMPARE(store.readingsInPeriod(api, periods.at(1)).size(), 2);
    // The period of a snapshot is the one it is filed under.
    QCOMPARE(HistoryStore::periodOf(aprilReading(QDateTime(), 0)), periods.at(1));
}

void HistoryStoreTest::periodsThatShareAStartAreListedEachNewestFirst() {
    HistoryStore store(storePath(), m_clock);
    QVERIFY(store.open());
    // March; then April, whose end the API moved twice; then May: several readings in each, so
    // that a period is never found by stepping over its own readings.
    const struct {
        const char *start;
        const char *end;
        const char *firstReading;
    } periods[] = {
        {"2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", "2026-03-20T10:00:00Z"},
        {"2026-04-01T00:00:00Z", "2026-05-01T00:00:00Z", "2026-04-10T10:00:00Z"},
        {"2026-04-01T00:00:00Z", "2026-05-15T00:00:00Z", "2026-04-12T10:00:00Z"},
        {"2026-04-01T00:00:00Z", "2026-04-20T00:00:00Z", "2026-04-14T10:00:00Z"},
        {"2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z", "2026-05-02T10:00:00Z"},
    };
    double consumed = 0;
    for (const auto &period : periods) {
        for (int i = 0; i < 3; ++i) {
            QVERIFY(
                store.record(api, aprilReading(utc(period.firstReading).addSecs(i * 300),
                                               consumed += 10, 12.5, period.start, period.end)));
        }
    }
    const QList<HistoryPeriod> listed = store.periods(api);
    QStringList seen;
    for (const HistoryPeriod &period : listed) {
        seen << period.start.toString(Qt::ISODate) + QLatin1Char('/') +
                    period.end.toString(Qt::ISODate);
        QCOMPARE(store.readingCount(api, period), 3);
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("2026-05-01T00:00:00Z/2026-06-01T00:00:00Z"),
                                QStringLiteral("2026-04-01T00:00:00Z/2026-05-15T00:00:00Z"),
                                QStringLiteral("2026-04-01T00:00:00Z/2026-05-01T00:00:00Z"),
                                QStringLiteral("2026-04-01T00:00:00Z/2026-04-20T00:00:00Z"),
                                QStringLiteral("2026-03-01T00:00:00Z/2026-04-01T00:00:00Z")}));
    QCOMPARE(listed.at(1).firstSeen, utc("2026-04-12T10:00:00Z"));
    QCOMPARE(listed.at(1).lastSeen.isValid(), true);
}

void HistoryStoreTest::baseUrlsNeverMix() {
    HistoryStore store(storePath(), m_clock);
    QVERIFY(store.open());
    const QString proxy = QStringLiteral("https://proxy.example.com/allium");
    QVERIFY(store.record(api, aprilReading(utc("2026-04-20T10:00:00Z"), 100)));
    QVERIFY(store.record(proxy, aprilReading(utc("2026-04-20T10:05:00Z"), 999)));
    // Identical to the api reading, but from the other source: not an extension of it.
    QVERIFY(store.record(api, aprilReading(utc("2026-04-20T10:10:00Z"), 100)));

    QCOMPARE(store.latestSnapshot(api)->units.at(0).consumed, 100.0);
    QCOMPARE(store.latestSnapshot(proxy)->units.at(0).consumed, 999.0);
    QCOMPARE(store.readingCount(api, store.periods(api).at(0)), 1);
    QCOMPARE(store.readingCount(proxy, store.periods(proxy).at(0)), 1);
    QVERIFY(store.periods(QStringLiteral("https://elsewhere.example.com")).isEmpty());
    QVERIFY(!store.latestSnapshot(HistoryStore::demoSourceKey()));
}

void HistoryStoreTest::aPlanWithoutAllocationIsKeyedByBillingPeriod() {
    HistoryStore store(storePath(), m_clock);
    QVERIFY(store.open());
    QVERIFY(store.record(api, trialReading(utc("2026-04-20T10:00:00Z"), 50)));
    QVERIFY(store.record(api, trialReading(utc("2026-04-20T11:00:00Z"), 70)));

    const QList<HistoryPeriod> periods = store.periods(api);
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.at(0).start, utc("2026-04-01T00:00:00Z"));
    QCOMPARE(periods.at(0).end, utc("2026-05-01T00:00:00Z"));
    QVERIFY(periods.at(0).cadenceText.isEmpty());
    const UsageSeries series =
        store.unitSeries(api, periods.at(0), QStringLiteral("developer_units"));
    QCOMPARE(consumedValues(series), (QList<double>{50, 70}));
    QVERIFY(!series.at(0).allocated);
    const auto latest = store.latestSnapshot(api);
    QVERIFY(!latest->hasAllocationPeriod());
    QVERIFY(latest->cadenceText.isEmpty());
}

void HistoryStoreTest::readingsBetweenDatesIncludeFirstAndLastSighting() {
    HistoryStore store(storePath(), m_clock);
    QVERIFY(store.open());
    QVERIFY(store.record(api, aprilReading(utc("2026-04-18T10:00:00Z"), 100)));
    QVERIFY(store.record(api, aprilReading(utc("2026-04-19T10:00:00Z"), 200)));
    QVERIFY(store.record(api, aprilReading(utc("2026-04-19T23:00:00Z"), 200)));
    QVERIFY(store.record(api, aprilReading(utc("2026-04-20T10:00:00Z"), 300)));

    const QList<UsageSnapshot> day =
        store.readingsBetween(api, utc("2026-04-19T00:00:00Z"), utc("2026-04-20T00:00:00Z"));
    QCOMPARE(day.size(), 2);
    QCOMPARE(day.at(0).receivedAt, utc("2026-04-19T10:00:00Z"));
    QCOMPARE(day.at(1).receivedAt, utc("2026-04-19T23:00:00Z"));
    QCOMPARE(day.at(1).units.at(0).consumed, 200.0);

    const QList<UsageSnapshot> all =
        store.readingsBetween(api, utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"));
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.constLast().units.at(0).consumed, 300.0);
    // No bounds: everything; one bound: everything on that side.
    QCOMPARE(store.readingsBetween(api, QDateTime(), QDateTime()).size(), 4);
    QCOMPARE(store.readingsBetween(api, utc("2026-04-19T12:00:00Z"), QDateTime()).size(), 2);
    QCOMPARE(store.readingsBetween(api, QDateTime(), utc("2026-04-19T12:00:00Z")).size(), 2);
}

void HistoryStoreTest::retentionPrunesOldReadings_data() {
    QTest::addColumn<int>("retentionDays");
    QTest::addColumn<int>("ageInDays");
    QTest::addColumn<bool>("kept");

    QTest::newRow("default keeps a reading from last year") << -1 << 400 << true;
    QTest::newRow("default prunes a reading older than two years") << -1 << 731 << false;
    QTest::newRow("thirty days prunes a reading from last month") << 30 << 31 << false;
    QTest::newRow("thirty days keeps a reading from last week") << 30 << 7 << true;
    QTest::newRow("zero keeps everything") << 0 << 5000 << true;
}

void HistoryStoreTest::retentionPrunesOldReadings() {
    QFETCH(int, retentionDays);
    QFETCH(int, ageInDays);
    QFETCH(bool, kept);

    const QDateTime old = m_clock.now().addDays(-ageInDays);
    const QString unit = QStringLiteral("developer_units");
    {
        HistoryStore store(storePath(), m_clock);
        if (retentionDays >= 0)
            store.setRetentionDays(retentionDays);
        QVERIFY(store.open());
        QVERIFY(store.record(
            api, aprilReading(old, 1, 1, "2010-01-01T00:00:00Z", "2010-02-01T00:00:00Z")));
        QVERIFY(store.record(api, aprilReading(m_clock.now(), 2)));
    }
    // Reopening prunes, as the app does at every start.
    HistoryStore store(storePath(), m_clock);
    if (retentionDays >= 0)
        store.setRetentionDays(retentionDays);
    QVERIFY(store.open());
    QCOMPARE(store.periods(api).size(), kept ? 2 : 1);
    QCOMPARE(store.latestSnapshot(api)->units.at(0).consumed, 2.0);
    QCOMPARE(store.prune(), 0);

    // A reading ages out while the store stays open, once the clock passes the retention.
    if (retentionDays > 0) {
        m_clock.advance(qint64(retentionDays + 1) * 86400);
        QCOMPARE(store.prune(), kept ? 2 : 1);
        QVERIFY(store.periods(api).isEmpty());
        QVERIFY(store.readingsBetween(api, old.addDays(-1), m_clock.now()).isEmpty());
    }
}

void HistoryStoreTest::reopeningAfterCloseKeepsTheData() {
    const UsageSnapshot reading = aprilReading(utc("2026-04-20T11:00:00Z"), 4321.5);
    {
        HistoryStore store(storePath(), m_clock);
        QVERIFY(store.open());
        QVERIFY(store.record(api, reading));
        store.close();
        QVERIFY(!store.isOpen());
        QVERIFY(!store.record(api, reading)); // a closed store records nothing
        QVERIFY(!store.latestSnapshot(api));
        QVERIFY(store.open());
        QVERIFY(store.latestSnapshot(api));
    }
    HistoryStore store(storePath(), m_clock);
    QVERIFY(store.open());
    const auto latest = store.latestSnapshot(api);
    QVERIFY(latest);
    QVERIFY(latest->sameReadingAs(reading));
    QCOMPARE(latest->units.at(0).consumed, 4321.5);
}

void HistoryStoreTest::twoStoresOnOneFileShareItsReadings() {
    HistoryStore dashboard(storePath(), m_clock);
    HistoryStore commandLine(storePath(), m_clock);
    QVERIFY(dashboard.open());
    QVERIFY(commandLine.open());
    QVERIFY(commandLine.record(api, aprilReading(utc("2026-04-20T11:00:00Z"), 10)));
    QVERIFY(dashboard.record(api, aprilReading(utc("2026-04-20T11:05:00Z"), 20)));
    QCOMPARE(commandLine.latestSnapshot(api)->units.at(0).consumed, 20.0);
    QCOMPARE(dashboard.readingCount(api, dashboard.periods(api).at(0)), 2);
}

void HistoryStoreTest::aNewStoreHasTheCurrentSchema() {
    HistoryStore store(storePath(), m_clock);
    QVERIFY(store.open());
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QVERIFY(HistoryStore::currentSchemaVersion() >= 2);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    db.setDatabaseName(storePath());
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    query = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void HistoryStoreTest::anOlderSchemaIsMigratedKeepingItsReadings() {
    // Version 1, written by hand: one row per reading, a single captured_at time.
    QString error;
    QVERIFY2(
        SqliteFile::run(storePath(),
                        EarlierHistorySchemas::versionTable() +
                            QStringList{QStringLiteral("INSERT INTO schema_version VALUES (1)")} +
                            EarlierHistorySchemas::versionOne(),
                        &error),
        qPrintable(error));

    HistoryStore store(storePath(), m_clock);
    QVERIFY2(store.open(), qPrintable(store.errorMessage()));
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    const auto latest = store.latestSnapshot(api);
    QVERIFY(latest);
    QCOMPARE(latest->receivedAt, utc("2026-04-20T12:00:00Z"));
    QCOMPARE(latest->allocationPeriodStart, utc("2026-04-01T00:00:00Z"));
    QCOMPARE(latest->units.size(), 1);
    QCOMPARE(latest->units.at(0).key, QStringLiteral("credits"));
    QCOMPARE(latest->units.at(0).consumed, 4321.5);
    // The migrated row behaves like any other: an identical reading extends it.
    UsageSnapshot again = *latest;
    again.receivedAt = utc("2026-04-20T12:05:00Z");
    QVERIFY(store.record(api, again));
    QCOMPARE(store.readingCount(api, store.periods(api).at(0)), 1);
    QCOMPARE(store.periods(api).at(0).lastSeen, again.receivedAt);
}

void HistoryStoreTest::aNewerSchemaIsRefusedAndLeftAlone() {
    {
        HistoryStore store(storePath(), m_clock);
        QVERIFY(store.open());
        QVERIFY(store.record(api, aprilReading(utc("2026-04-20T11:00:00Z"), 1)));
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(storePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));

    HistoryStore store(storePath(), m_clock);
    QVERIFY(!store.open());
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorMessage().contains(QLatin1String("newer version")),
             qPrintable(store.errorMessage()));
    QVERIFY(!store.record(api, aprilReading(utc("2026-04-20T11:10:00Z"), 2)));
}

void HistoryStoreTest::anUnopenableStoreSaysWhyAndDoesNothing_data() {
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("expectedWords");

    QTest::newRow("a damaged file") << QStringLiteral("damaged") << QStringLiteral("damaged");
    QTest::newRow("another program's database")
        << QStringLiteral("foreign") << QStringLiteral("not an Allium Usage history");
    QTest::newRow("a folder that cannot be created")
        << QStringLiteral("blocked folder") << QStringLiteral("cannot be created");
    QTest::newRow("a read-only folder")
        << QStringLiteral("read-only folder") << QStringLiteral("cannot be");
}

void HistoryStoreTest::anUnopenableStoreSaysWhyAndDoesNothing() {
    QFETCH(QString, situation);
    QFETCH(QString, expectedWords);

    QString path = storePath();
    QByteArray originalBytes;
    std::unique_ptr<ScratchMount> readOnlyDisk;
    if (situation == QLatin1String("damaged")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        originalBytes =
            QByteArray("This is not a database, but it is someone's file.\n").repeated(200);
        file.write(originalBytes);
    } else if (situation == QLatin1String("foreign")) {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        query = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else if (situation == QLatin1String("blocked folder")) {
        QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        path = blocker.fileName() + QStringLiteral("/history.sqlite");
    } else if (situation == QLatin1String("read-only folder")) {
        const QString folder = m_dir->filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        QFile probe(folder + QStringLiteral("/probe"));
        path = folder + QStringLiteral("/history.sqlite");
        if (probe.open(QIODevice::WriteOnly)) {
            // Root ignores folder permissions; a read-only file system it cannot ignore.
            probe.close();
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            readOnlyDisk = std::make_unique<ScratchMount>();
            if (!readOnlyDisk->isMounted())
                QSKIP(qPrintable(readOnlyDisk->problem()));
            QVERIFY(readOnlyDisk->makeReadOnly());
            path = readOnlyDisk->filePath(QStringLiteral("history.sqlite"));
        }
    }

    HistoryStore store(path, m_clock);
    QVERIFY(!store.open());
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorMessage().contains(expectedWords), qPrintable(store.errorMessage()));
    QVERIFY(store.errorMessage().contains(QDir::toNativeSeparators(QFileInfo(path).path())));
    // Nothing else fails or writes: the app carries on without history.
    QVERIFY(!store.record(api, aprilReading(utc("2026-04-20T11:00:00Z"), 1)));
    QVERIFY(!store.latestSnapshot(api));
    QVERIFY(store.periods(api).isEmpty());
    QCOMPARE(store.prune(), 0);
    if (!originalBytes.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), originalBytes); // the damaged file is never overwritten
    }
    QFile::setPermissions(QFileInfo(path).path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void HistoryStoreTest::aLockedStoreSaysSo() {
    {
        HistoryStore store(storePath(), m_clock);
        QVERIFY(store.open());
    }
    // Another program holds an exclusive lock (outside WAL) for as long as the test runs.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    db.setDatabaseName(storePath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        HistoryStore store(storePath(), m_clock);
        QVERIFY(!store.open());
        QVERIFY2(store.errorMessage().contains(QLatin1String("locked")),
                 qPrintable(store.errorMessage()));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));

    HistoryStore store(storePath(), m_clock);
    QVERIFY2(store.open(), qPrintable(store.errorMessage())); // usable again once released
}

void HistoryStoreTest::sourceKeyIgnoresATrailingSlash() {
    QCOMPARE(HistoryStore::sourceKey(QUrl(QStringLiteral("https://api.allium.so/"))), api);
    QCOMPARE(HistoryStore::sourceKey(QUrl(api)), api);
    QCOMPARE(HistoryStore::sourceKey(QUrl(QStringLiteral("https://proxy.example.com/a/b/"))),
             QStringLiteral("https://proxy.example.com/a/b"));
    QVERIFY(HistoryStore::sourceKey(QUrl(QStringLiteral("https://proxy.example.com/a"))) !=
            HistoryStore::sourceKey(QUrl(QStringLiteral("https://proxy.example.com/b"))));
}

QTEST_GUILESS_MAIN(HistoryStoreTest)
#include "HistoryStoreTest.moc"
