#include "core/history/HistorySchema.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

// Each entry upgrades the schema by one version. Version 1 kept one row per reading; version 2
// lets a row stand for a run of identical readings (first_seen .. last_seen).
const QList<QStringList> &migrations() {
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE readings (id INTEGER PRIMARY KEY, source TEXT NOT NULL,"
                           " period_start INTEGER NOT NULL, period_end INTEGER NOT NULL,"
                           " billing_start INTEGER NOT NULL, billing_end INTEGER NOT NULL,"
                           " allocation_start INTEGER, allocation_end INTEGER, cadence TEXT,"
                           " captured_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE reading_units (reading_id INTEGER NOT NULL,"
                           " unit TEXT NOT NULL, consumed REAL NOT NULL, allocated REAL,"
                           " PRIMARY KEY (reading_id, unit)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX readings_by_period ON readings"
                           " (source, period_start, period_end, captured_at)"),
        },
        {
            QStringLiteral("ALTER TABLE readings RENAME COLUMN captured_at TO first_seen"),
            QStringLiteral("ALTER TABLE readings ADD COLUMN last_seen INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE readings SET last_seen = first_seen"),
            QStringLiteral("CREATE INDEX readings_by_time ON readings (source, first_seen)"),
            QStringLiteral("CREATE INDEX readings_by_last_seen ON readings (last_seen)"),
        },
    };
    return steps;
}

bool run(QSqlQuery &query, const QString &statement, QString *reason) {
    if (query.exec(statement))
        return true;
    *reason = query.lastError().text();
    return false;
}

// The shape each version has, found by building it in memory from the migrations themselves, so
// a new migration needs no hand-written description of its result.
const QStringList &shapes() {
    static const QStringList result = [] {
        QStringList built;
        const QString connection = QStringLiteral("allium-history-shapes");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                QSqlQuery query(db);
                built << HistorySchema::shapeOf(db);
                for (const QStringList &step : migrations()) {
                    for (const QString &statement : step)
                        query.exec(statement);
                    built << HistorySchema::shapeOf(db);
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return built;
    }();
    return result;
}

} // namespace

QVariant HistorySchema::timeToDb(const QDateTime &at) {
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
}

QDateTime HistorySchema::timeFromDb(const QVariant &value) {
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

int HistorySchema::currentVersion() {
    return int(migrations().size());
}

int HistorySchema::storedVersion(QSqlDatabase &db) {
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QString HistorySchema::shapeOf(QSqlDatabase &db) {
    QStringList lines;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master"
                              " WHERE name NOT LIKE 'sqlite_%' AND name <> 'schema_version'"));
    QList<QStringList> objects;
    while (query.next())
        objects.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    for (const QStringList &object : std::as_const(objects)) {
        if (object.at(0) != QLatin1String("table")) {
            lines << object.at(0) + QLatin1Char(' ') + object.at(1) + QStringLiteral(" on ") +
                         object.at(2);
            continue;
        }
        QStringList columns;
        QSqlQuery info(db);
        // The name comes from sqlite_master itself; quoted, as PRAGMA takes no bound values.
        QString quoted = object.at(1);
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(quoted));
        while (info.next())
            columns << info.value(1).toString();
        lines << QStringLiteral("table ") + object.at(1) + QStringLiteral(" (") +
                     columns.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

int HistorySchema::versionWithShape(const QString &shape) {
    return int(shapes().indexOf(shape));
}

bool HistorySchema::prepare(QSqlDatabase &db, const QString &shownPath, QString *problem) {
    QSqlQuery query(db);
    // The write lock first: a second process starting at the same moment waits here (busy
    // timeout) and then finds the finished tables, instead of racing to create them.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *problem = tr("The usage history %1 cannot be prepared: %2.")
                       .arg(shownPath, query.lastError().text());
        return false;
    }
    const auto failWith = [&](const QString &message) {
        query.finish();
        db.rollback();
        *problem = message;
        return false;
    };

    const QStringList tables = db.tables();
    const bool hasVersionTable = tables.contains(QLatin1String("schema_version"));
    int rows = 0;
    if (hasVersionTable && query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) &&
        query.next())
        rows = query.value(0).toInt();
    query.finish();

    int version = hasVersionTable ? storedVersion(db) : 0;
    QString reason;
    if (!hasVersionTable || rows != 1) {
        // A new file, or one an older build left half-made: it created the tables and the
        // version row in separate steps, so a crash or a second process in between left tables
        // without a version (or the version row twice). Its shape tells which version it is.
        version = versionWithShape(shapeOf(db));
        if (version < 0) {
            return failWith(
                hasVersionTable
                    ? tr("The usage history %1 cannot be read: its tables match no version of "
                         "Allium Usage. It was left untouched; move it aside to start a new "
                         "history.")
                          .arg(shownPath)
                    : tr("The file %1 is not an Allium Usage history; it was left untouched.")
                          .arg(shownPath));
        }
        if (!run(query,
                 QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version"
                                " (version INTEGER NOT NULL)"),
                 &reason) ||
            !run(query, QStringLiteral("DELETE FROM schema_version"), &reason) ||
            !run(query,
                 QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version),
                 &reason)) {
            return failWith(
                tr("The usage history %1 cannot be created: %2.").arg(shownPath, reason));
        }
    }

    if (version > currentVersion()) {
        return failWith(tr("The usage history %1 was written by a newer version of Allium Usage "
                           "(schema %2; this version reads up to %3).")
                            .arg(shownPath)
                            .arg(version)
                            .arg(currentVersion()));
    }
    for (int next = version + 1; next <= currentVersion(); ++next) {
        for (const QString &statement : migrations().at(next - 1)) {
            if (!run(query, statement, &reason))
                return failWith(tr("The usage history cannot be upgraded to schema %1: %2.")
                                    .arg(next)
                                    .arg(reason));
        }
    }
    const bool upgraded =
        version == currentVersion() ||
        run(query, QStringLiteral("UPDATE schema_version SET version = %1").arg(currentVersion()),
            &reason);
    query.finish();
    if (!upgraded || !db.commit()) {
        if (reason.isEmpty())
            reason = db.lastError().text();
        return failWith(tr("The usage history %1 cannot be prepared: %2.").arg(shownPath, reason));
    }
    return true;
}
