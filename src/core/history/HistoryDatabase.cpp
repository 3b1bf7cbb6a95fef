#include "core/history/HistoryDatabase.h"

#include "core/history/HistorySchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QStringList>
#include <QThread>
#include <QUrl>

namespace {

// SQLite's primary result codes.
constexpr int SqlitePerm = 3;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;

// Less room than this on the history's file system counts as full: SQLite writes in pages.
constexpr qint64 NearlyFullBytes = 64 * 1024;

} // namespace

HistoryDatabase::HistoryDatabase(const QString &path)
    : m_path(path) {
    // Each store gets its own connection, so two stores (or a test and the app) never share one.
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("allium-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

HistoryDatabase::~HistoryDatabase() {
    close();
}

void HistoryDatabase::loadDriver() {
    const QString name = QStringLiteral("allium-driver-%1")
                             .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    { QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name); }
    QSqlDatabase::removeDatabase(name);
}

bool HistoryDatabase::open(Access access) {
    close();
    m_errorMessage.clear();
    m_needsUpgrade = false;
    if (m_path.isEmpty())
        return fail(tr("No file was given for the usage history."));
    const bool opened = access == Access::ReadOnly ? openForReading() : openForWriting();
    if (!opened)
        close();
    return opened;
}

bool HistoryDatabase::openForWriting() {
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath())) {
        return fail(tr("The usage history cannot be kept: the folder %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(file.absolutePath())));
    }
    if (!connect(QString(), false) || !configure())
        return false;
    QString problem;
    if (!HistorySchema::prepare(*m_db, QDir::toNativeSeparators(m_path), &problem))
        return fail(problem);
    return true;
}

bool HistoryDatabase::openForReading() {
    if (!QFileInfo::exists(m_path)) {
        return fail(tr("No usage history has been recorded yet (%1 does not exist).")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    // A read-only connection to a WAL file still needs its -shm index beside it. In a folder that
    // cannot take one, a file without a pending -wal is read as it is (immutable): nothing can
    // be changing it there.
    if (!connect(QStringLiteral("QSQLITE_OPEN_READONLY"), false) || !canRead()) {
        const bool pendingLog = QFileInfo::exists(m_path + QStringLiteral("-wal"));
        if (m_lastResultCode != SqliteCantOpen || pendingLog)
            return false;
        close();
        if (!connect(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"), true) || !canRead())
            return false;
    }
    const int version = HistorySchema::storedVersion(*m_db);
    if (version > HistorySchema::currentVersion()) {
        return fail(tr("The usage history %1 was written by a newer version of Allium Usage "
                       "(schema %2; this version reads up to %3).")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(version)
                        .arg(HistorySchema::currentVersion()));
    }
    if (version < HistorySchema::currentVersion()) {
        m_needsUpgrade = true;
        return fail(tr("The usage history %1 must be upgraded before it can be read.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    return true;
}

bool HistoryDatabase::connect(const QString &options, bool immutable) {
    m_lastResultCode = 0;
    m_db = std::make_unique<QSqlDatabase>(
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName));
    m_db->setDatabaseName(immutable ? QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath())
                                              .toString(QUrl::FullyEncoded) +
                                          QStringLiteral("?immutable=1")
                                    : m_path);
    QStringList connectOptions = {QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs)};
    if (!options.isEmpty())
        connectOptions.prepend(options);
    m_db->setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (m_db->open())
        return true;
    return failWith(m_db->lastError());
}

bool HistoryDatabase::canRead() {
    QSqlQuery query(*m_db);
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) && query.next())
        return true;
    return failWith(query.lastError());
}

bool HistoryDatabase::configure() {
    QSqlQuery query(*m_db);
    // WAL: a crash mid-write leaves the last committed state; readers never block the writer.
    // The first statement that touches the file is also where a damaged or foreign file shows.
    // Switching a new file to WAL needs it to itself, and SQLite answers BUSY at once instead of
    // waiting when two first runs meet there: so wait here, as the busy timeout would.
    QElapsedTimer waited;
    waited.start();
    while (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        const int code = resultCode(query.lastError());
        if ((code != SqliteBusy && code != SqliteLocked) || waited.elapsed() > BusyTimeoutMs)
            return failWith(query.lastError());
        QThread::msleep(20);
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return fail(tr("The usage history %1 cannot be written: its folder does not allow the "
                       "journal file SQLite needs.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    // In WAL mode NORMAL can lose the last transaction on power loss but never corrupts the file.
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return true;
}

void HistoryDatabase::close() {
    if (!m_db)
        return;
    m_db->close();
    m_db.reset(); // every handle must be gone before the connection is removed
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HistoryDatabase::isOpen() const {
    return m_db && m_db->isOpen();
}

QSqlDatabase &HistoryDatabase::connection() const {
    return *m_db;
}

bool HistoryDatabase::beginWrite() {
    // A deferred transaction would read first and then fail to take the write lock at once
    // ("database is locked") whatever the busy timeout: in WAL a reader holding an old snapshot
    // cannot become a writer. IMMEDIATE asks for the lock first and waits for it.
    QSqlQuery begin(*m_db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    return failWith(begin.lastError());
}

bool HistoryDatabase::fail(const QString &message) {
    m_errorMessage = message;
    return false;
}

bool HistoryDatabase::failWith(const QSqlError &error) {
    m_lastResultCode = resultCode(error);
    return fail(problemFor(error));
}

int HistoryDatabase::resultCode(const QSqlError &error) {
    return error.nativeErrorCode().toInt() & 0xff; // the primary code of an extended one
}

QString HistoryDatabase::problemFor(const QSqlError &error) const {
    const QString file = QDir::toNativeSeparators(m_path);
    int code = resultCode(error);
    // A full disk does not always come back as SQLITE_FULL: growing the -shm index or the log
    // fails as an I/O error. The file system itself says which it was.
    if (code == SqliteIoError) {
        const QStorageInfo storage(QFileInfo(m_path).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() < NearlyFullBytes)
            code = SqliteFull;
    }
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return tr("The usage history %1 is locked by another program (%2). Close it and try "
                  "again.")
            .arg(file, error.text());
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteCantOpen:
        return tr("The usage history %1 cannot be written (%2). Check the permissions of the "
                  "file and its folder.")
            .arg(file, error.text());
    case SqliteFull:
        // Never the advice to move the file aside: that would throw the history away.
        return tr("The disk holding the usage history %1 is full (%2). Free some space; the "
                  "readings recorded so far are kept.")
            .arg(file, error.text());
    case SqliteIoError:
        return tr("The usage history %1 could not be read or written (%2). Check the disk; the "
                  "file was left as it is.")
            .arg(file, error.text());
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return tr("The usage history %1 cannot be read; it may be damaged (%2). Move it aside "
                  "to start a new history.")
            .arg(file, error.text());
    default:
        return tr("The usage history %1 cannot be used (%2).").arg(file, error.text());
    }
}
