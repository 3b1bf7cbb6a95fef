// The history file under pressure, for real: another writer holding the lock, a read-only
// folder, a full disk. Writes wait or fail loudly; reads never write; nothing recorded is lost.
#include "core/history/HistoryDatabase.h"
#include "SampleSnapshots.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "support/ScratchMount.h"
#include "support/SqliteFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace SampleSnapshots;

namespace {

const QString Api = QStringLiteral("https://api.allium.so");

UsageSnapshot readingAt(int minutes, double consumed) {
    UsageSnapshot snapshot = monthly();
    snapshot.receivedAt = utc(2026, 4, 20, 8).addSecs(minutes * 60);
    snapshot.units = {unit(QStringLiteral("credits"), consumed, 10000)};
    return snapshot;
}

QList<double> consumedIn(const HistoryStore &store) {
    QList<double> values;
    for (const UsageSnapshot &snapshot : store.readingsBetween(Api, QDateTime(), QDateTime()))
        values.append(snapshot.units.value(0).consumed.value_or(-1));
    return values;
}

QStringList filesIn(const QString &folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class HistoryDatabaseTest final : public QObject {
    Q_OBJECT

private slots:
    void aSecondWriterWaitsForTheFirstInsteadOfFailing();
    void readingOnlyWorksInAReadOnlyFolderAndWritesNothing();
    void readingOnlyAnOlderFileUpgradesItFirst();
    void readingOnlyLeavesOutWhatAPruneWouldRemove();
    void readingOnlyAMissingFileSaysNothingIsRecorded();
    void aFullDiskSaysSoAndKeepsWhatWasRecorded();
    void theDriverLoadedInAnotherThreadLeavesNothingBehind();

private:
    ManualClock m_clock{utc(2026, 4, 20, 12)};
};

void HistoryDatabaseTest::aSecondWriterWaitsForTheFirstInsteadOfFailing() {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(path, m_clock);
    QVERIFY2(store.open(), qPrintable(store.errorMessage()));
    QVERIFY(store.record(Api, readingAt(0, 1)));

    // Another process's write, held for a while on a connection of its own thread. It changes
    // the file, so a reader that started before it could not write after it.
    std::atomic<bool> locked{false};
    std::atomic<bool> committed{false};
    std::thread other([&] {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                locked = query.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                         query.exec(QStringLiteral("INSERT INTO reading_units VALUES"
                                                   " (999, 'other', 1, NULL)"));
                std::this_thread::sleep_for(std::chrono::milliseconds(700));
                committed = query.exec(QStringLiteral("COMMIT"));
                locked = false;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(locked, 5000);
    // Before: the deferred transaction read, then failed to write with "database is locked".
    const bool recorded = store.record(Api, readingAt(5, 2));
    other.join();
    QVERIFY2(recorded, qPrintable(store.errorMessage()));
    QVERIFY(committed);
    QCOMPARE(consumedIn(store), (QList<double>{1, 2}));
}

void HistoryDatabaseTest::readingOnlyWorksInAReadOnlyFolderAndWritesNothing() {
    ScratchMount disk(1024 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.problem()));
    const QString path = disk.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore writer(path, m_clock);
        QVERIFY2(writer.open(), qPrintable(writer.errorMessage()));
        QVERIFY(writer.record(Api, readingAt(0, 10)));
        QVERIFY(writer.record(Api, readingAt(5, 20)));
    }
    const QStringList files = filesIn(disk.path());
    QVERIFY(disk.makeReadOnly());

    HistoryStore reader(path, m_clock);
    QVERIFY2(reader.open(HistoryStore::Access::ReadOnly), qPrintable(reader.errorMessage()));
    QCOMPARE(consumedIn(reader), (QList<double>{10, 20}));
    QVERIFY(!reader.record(Api, readingAt(10, 30)));
    QCOMPARE(reader.prune(), 0);
    reader.close();
    QCOMPARE(filesIn(disk.path()), files);

    // A writer there says why it cannot write, and what to check.
    HistoryStore writer(path, m_clock);
    QVERIFY(!writer.open());
    QVERIFY2(writer.errorMessage().contains(QStringLiteral("cannot be written")),
             qPrintable(writer.errorMessage()));
}

void HistoryDatabaseTest::readingOnlyAnOlderFileUpgradesItFirst() {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore writer(path, m_clock);
        QVERIFY(writer.open());
        QVERIFY(writer.record(Api, readingAt(0, 10)));
    }
    // As version 1 would have it: one reading, the version row saying 1.
    QVERIFY(SqliteFile::run(path, {QStringLiteral("DROP INDEX readings_by_time"),
                                   QStringLiteral("DROP INDEX readings_by_last_seen"),
                                   QStringLiteral("ALTER TABLE readings DROP COLUMN last_seen"),
                                   QStringLiteral("ALTER TABLE readings RENAME COLUMN first_seen"
                                                  " TO captured_at"),
                                   QStringLiteral("UPDATE schema_version SET version = 1")}));
    HistoryStore reader(path, m_clock);
    QVERIFY2(reader.open(HistoryStore::Access::ReadOnly), qPrintable(reader.errorMessage()));
    QCOMPARE(reader.schemaVersion(), HistoryStore::currentSchemaVersion());
    QCOMPARE(consumedIn(reader), QList<double>{10});
    QVERIFY(!reader.record(Api, readingAt(5, 20))); // still only reading
}

void HistoryDatabaseTest::readingOnlyLeavesOutWhatAPruneWouldRemove() {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore writer(path, m_clock);
        writer.setRetentionDays(0);
        QVERIFY(writer.open());
        QVERIFY(writer.record(Api, readingAt(0, 10)));
    }
    m_clock.setNow(utc(2026, 4, 20, 12).addDays(40));
    HistoryStore reader(path, m_clock);
    reader.setRetentionDays(30);
    QVERIFY(reader.open(HistoryStore::Access::ReadOnly));
    QVERIFY(consumedIn(reader).isEmpty());
    reader.close();
    QCOMPARE(SqliteFile::column(path, QStringLiteral("SELECT COUNT(*) FROM readings")),
             QVariantList{1}); // hidden, not deleted
    m_clock.setNow(utc(2026, 4, 20, 12));
}

void HistoryDatabaseTest::readingOnlyAMissingFileSaysNothingIsRecorded() {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("none/history.sqlite"));
    HistoryStore reader(path, m_clock);
    QVERIFY(!reader.open(HistoryStore::Access::ReadOnly));
    QVERIFY2(reader.errorMessage().contains(QStringLiteral("No usage history has been recorded")),
             qPrintable(reader.errorMessage()));
    QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("none"))));
}

void HistoryDatabaseTest::aFullDiskSaysSoAndKeepsWhatWasRecorded() {
    ScratchMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.problem()));
    const QString path = disk.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(path, m_clock);
    QVERIFY2(store.open(), qPrintable(store.errorMessage()));
    QVERIFY(store.record(Api, readingAt(0, 1)));
    QVERIFY(disk.fill());

    // Readings with long unit names until one no longer fits.
    int recorded = 1;
    bool full = false;
    for (int i = 1; i < 2000 && !full; ++i) {
        UsageSnapshot snapshot = readingAt(i, i + 1);
        snapshot.units.append(unit(QString(2000, QLatin1Char('u')), i, std::nullopt));
        full = !store.record(Api, snapshot);
        recorded += full ? 0 : 1;
    }
    QVERIFY(full);
    QVERIFY2(store.errorMessage().contains(QStringLiteral("is full")),
             qPrintable(store.errorMessage()));
    // The advice must never throw the history away.
    QVERIFY(!store.errorMessage().contains(QStringLiteral("Move it aside")));

    disk.makeRoom();
    QVERIFY2(store.record(Api, readingAt(3000, 99)), qPrintable(store.errorMessage()));
    store.close();
    QCOMPARE(SqliteFile::integrityCheck(path), QStringLiteral("ok"));
    HistoryStore again(path, m_clock);
    QVERIFY(again.open());
    QCOMPARE(again.readingsBetween(Api, QDateTime(), QDateTime()).size(), recorded + 1);
}

void HistoryDatabaseTest::theDriverLoadedInAnotherThreadLeavesNothingBehind() {
    // As the dashboard does while it builds its window: loaded in a thread of its own, while
    // this thread opens a store; then a store opens and records as ever.
    const QStringList before = QSqlDatabase::connectionNames();
    std::thread loader(&HistoryDatabase::loadDriver);
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")), Clock::system());
    const bool opened = store.open();
    loader.join();
    QVERIFY2(opened, qPrintable(store.errorMessage()));
    QVERIFY(store.record(QStringLiteral("source"), SampleSnapshots::monthly()));
    QVERIFY(store.latestSnapshot(QStringLiteral("source")));
    store.close();
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE")));
}

QTEST_GUILESS_MAIN(HistoryDatabaseTest)
#include "HistoryDatabaseTest.moc"
