// Plain SQL on a SQLite file from outside the history store, as another program or an older
// build would run it: to prepare half-made files, hold locks, and check what a store left behind.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace SqliteFile {

// Runs the statements in order on their own connection; false (and *error) at the first failure.
bool run(const QString &path, const QStringList &statements, QString *error = nullptr);
// The first column of every row the query returns; empty on failure.
QVariantList column(const QString &path, const QString &query);
// "ok" for a sound file, otherwise what PRAGMA integrity_check found.
QString integrityCheck(const QString &path);

} // namespace SqliteFile
