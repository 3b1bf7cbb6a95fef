// The SQLite connection under the usage history: opened for writing (write-ahead log, a busy
// timeout, the schema prepared) or only for reading, with every SQLite failure put into words a
// person can act on.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSqlDatabase;
class QSqlError;

class HistoryDatabase final {
    Q_DECLARE_TR_FUNCTIONS(HistoryDatabase)
    Q_DISABLE_COPY_MOVE(HistoryDatabase)

public:
    enum class Access { ReadWrite, ReadOnly };
    // How long a write waits for another process's write (each holds the lock for milliseconds).
    static constexpr int BusyTimeoutMs = 5000;

    explicit HistoryDatabase(const QString &path);
    ~HistoryDatabase();

    // Loads Qt's SQLite driver (a plug-in and the SQLite library) and makes one driver, in the
    // calling thread, and lets it go: the dashboard does this on its second core while its window
    // is being built, so that opening the history does not wait for the loader. Safe in any
    // thread, at any time.
    static void loadDriver();

    // ReadWrite creates the folder and the file, or repairs and upgrades it (HistorySchema).
    // ReadOnly writes nothing at all, so it works in a read-only folder; a file whose schema is
    // older than this version's fails with needsUpgrade() set, since reading it needs an upgrade.
    bool open(Access access);
    void close();
    bool isOpen() const;
    QSqlDatabase &connection() const;
    // BEGIN IMMEDIATE: takes the write lock now, waiting out another process's write.
    bool beginWrite();

    QString errorMessage() const { return m_errorMessage; }
    bool needsUpgrade() const { return m_needsUpgrade; }
    // What went wrong, in words, by SQLite's result code: locked, no permission, a full disk,
    // an I/O error, a damaged file.
    QString problemFor(const QSqlError &error) const;

private:
    bool openForWriting();
    bool openForReading();
    bool connect(const QString &options, bool immutable);
    bool canRead();
    bool configure();
    bool fail(const QString &message);
    bool failWith(const QSqlError &error);
    static int resultCode(const QSqlError &error);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QSqlDatabase> m_db; // Qt SQL stays out of this header
    QString m_errorMessage;
    int m_lastResultCode = 0;
    bool m_needsUpgrade = false;
};
