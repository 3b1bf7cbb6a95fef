// The history file's tables: created, repaired and upgraded in one write transaction, so that a
// crash or a second process starting at the same moment never leaves tables without a version.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlDatabase;

class HistorySchema final {
    Q_DECLARE_TR_FUNCTIONS(HistorySchema)

public:
    // Times are stored as milliseconds since the epoch, UTC: compact, exact and sortable; an
    // invalid time as NULL.
    static QVariant timeToDb(const QDateTime &at);
    static QDateTime timeFromDb(const QVariant &value);

    static int currentVersion();
    // The version row's value; 0 when there is none (a new file, or a half-made one).
    static int storedVersion(QSqlDatabase &db);

    // Inside BEGIN IMMEDIATE (waiting out other writers with the busy timeout): creates the
    // tables of a new file, repairs a file that an older build left half-made (tables without a
    // version row, recognised by their exact shape), and applies every upgrade it lacks. On
    // failure nothing is changed and *problem says why, naming the file `shownPath`.
    static bool prepare(QSqlDatabase &db, const QString &shownPath, QString *problem);

    // The shape of every table and index but schema_version: "index readings_by_time on readings",
    // "table readings (id, source, ...)", one per line, sorted. Public for tests.
    static QString shapeOf(QSqlDatabase &db);
    // The version whose shape this is, or -1 for none (0: no tables at all).
    static int versionWithShape(const QString &shape);
};
