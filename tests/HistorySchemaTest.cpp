// The history file's tables on a first run, after an interrupted first run of an older build, and
// under an upgrade: always one version row, the data kept, and nothing written to a foreign file.
#include "core/history/HistorySchema.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "support/EarlierHistorySchemas.h"
#include "support/SqliteFile.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Api = QStringLiteral("https://api.allium.so");

// What the older builds ran, one statement at a time, on a first run: version 1, then 2.
const QStringList VersionTable = EarlierHistorySchemas::versionTable();
const QStringList VersionOne = EarlierHistorySchemas::versionOne();
const QStringList VersionTwo = EarlierHistorySchemas::versionOneToTwo();

} // namespace

class HistorySchemaTest final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void aHalfMadeFileIsRepairedKeepingItsReadings_data();
    void aHalfMadeFileIsRepairedKeepingItsReadings();
    void unknownTablesWithoutAVersionAreLeftAlone();
    void eachVersionIsKnownByItsShape();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC)};
};

void HistorySchemaTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void HistorySchemaTest::aHalfMadeFileIsRepairedKeepingItsReadings_data() {
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("readings");

    // Killed between CREATE TABLE schema_version and its INSERT.
    QTest::newRow("a version table without its row") << VersionTable << 0;
    // ... and then run again: version 1 created and "set" with an UPDATE that changed no row.
    QTest::newRow("version 1 tables without a version row") << VersionTable + VersionOne << 1;
    // ... and upgraded to version 2 the same way; every later run failed for good.
    QTest::newRow("version 2 tables without a version row")
        << VersionTable + VersionOne + VersionTwo << 1;
    // Two first runs at once, both inserting their row.
    QTest::newRow("two version rows")
        << VersionTable + QStringList{QStringLiteral("INSERT INTO schema_version VALUES (0)"),
                                      QStringLiteral("INSERT INTO schema_version VALUES (0)")}
        << 0;
}

void HistorySchemaTest::aHalfMadeFileIsRepairedKeepingItsReadings() {
    QFETCH(QStringList, statements);
    QFETCH(int, readings);
    QString error;
    QVERIFY2(SqliteFile::run(path(), statements, &error), qPrintable(error));

    for (int run = 0; run < 2; ++run) { // and it stays repaired
        HistoryStore store(path(), m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorMessage()));
        QCOMPARE(store.schemaVersion(), HistorySchema::currentVersion());
        QCOMPARE(store.periods(Api).isEmpty(), readings == 0);
    }
    QCOMPARE(SqliteFile::column(path(), QStringLiteral("SELECT version FROM schema_version")),
             QVariantList{HistorySchema::currentVersion()});
    QCOMPARE(SqliteFile::integrityCheck(path()), QStringLiteral("ok"));
}

void HistorySchemaTest::unknownTablesWithoutAVersionAreLeftAlone() {
    QVERIFY(SqliteFile::run(
        path(), VersionTable + QStringList{QStringLiteral("CREATE TABLE recipes (name TEXT)")}));
    HistoryStore store(path(), m_clock);
    QVERIFY(!store.open());
    QVERIFY2(store.errorMessage().contains(QStringLiteral("match no version")),
             qPrintable(store.errorMessage()));
    // Untouched: still no version row, no tables of ours.
    QVERIFY(
        SqliteFile::column(path(), QStringLiteral("SELECT version FROM schema_version")).isEmpty());
    QCOMPARE(SqliteFile::column(path(), QStringLiteral("SELECT name FROM sqlite_master"
                                                       " WHERE name = 'readings'")),
             QVariantList());
}

void HistorySchemaTest::eachVersionIsKnownByItsShape() {
    const QStringList steps[] = {{}, VersionOne, VersionTwo};
    QStringList applied;
    for (int version = 0; version <= HistorySchema::currentVersion(); ++version) {
        applied += steps[version];
        const QString file = m_dir->filePath(QStringLiteral("v%1.sqlite").arg(version));
        QVERIFY(SqliteFile::run(file, applied + QStringList{QStringLiteral("SELECT 1")}));
        const QString connection = QStringLiteral("shape-%1").arg(version);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QCOMPARE(HistorySchema::versionWithShape(HistorySchema::shapeOf(db)), version);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
}

QTEST_GUILESS_MAIN(HistorySchemaTest)
#include "HistorySchemaTest.moc"
