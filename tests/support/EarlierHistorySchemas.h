// The SQL earlier versions of the app ran on a history file, written out by hand (never taken
// from the code under test), so tests can make the files those versions left behind.
#pragma once

#include <QStringList>

namespace EarlierHistorySchemas {

// CREATE TABLE schema_version, without its row: the first statement of every first run.
QStringList versionTable();
// Version 1's tables, with one reading (credits 4321.5 of 10000, April 2026, seen 2026-04-20
// 12:00 UTC, from https://api.allium.so), but without setting the version.
QStringList versionOne();
// The upgrade from version 1 to 2, again without setting the version.
QStringList versionOneToTwo();

} // namespace EarlierHistorySchemas
