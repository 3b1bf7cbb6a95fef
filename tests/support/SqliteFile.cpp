#include "support/SqliteFile.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace {

// Opens a connection of its own for one piece of work and removes it again afterwards.
bool withConnection(const QString &path, const std::function<bool(QSqlDatabase &)> &work) {
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("sqlite-file-%1").arg(counter.fetchAndAddRelaxed(1));
    bool result = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        result = db.open() && work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

namespace SqliteFile {

bool run(const QString &path, const QStringList &statements, QString *error) {
    return withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                if (error)
                    *error = statement + QStringLiteral(": ") + query.lastError().text();
                return false;
            }
        }
        return true;
    });
}

QVariantList column(const QString &path, const QString &select) {
    QVariantList values;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(select))
            return false;
        while (query.next())
            values.append(query.value(0));
        return true;
    });
    return values;
}

QString integrityCheck(const QString &path) {
    QStringList findings;
    for (const QVariant &value : column(path, QStringLiteral("PRAGMA integrity_check")))
        findings << value.toString();
    return findings.isEmpty() ? QStringLiteral("(no answer)") : findings.join(QLatin1Char('\n'));
}

} // namespace SqliteFile
