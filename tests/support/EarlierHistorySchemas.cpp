#include "support/EarlierHistorySchemas.h"

namespace EarlierHistorySchemas {

QStringList versionTable() {
    return {QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")};
}

QStringList versionOne() {
    return {
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
        QStringLiteral("INSERT INTO readings VALUES (1, 'https://api.allium.so', 1775001600000,"
                       " 1777593600000, 1775001600000, 1777593600000, 1775001600000,"
                       " 1777593600000, 'monthly', 1776686400000)"),
        QStringLiteral("INSERT INTO reading_units VALUES (1, 'credits', 4321.5, 10000)"),
    };
}

QStringList versionOneToTwo() {
    return {
        QStringLiteral("ALTER TABLE readings RENAME COLUMN captured_at TO first_seen"),
        QStringLiteral("ALTER TABLE readings ADD COLUMN last_seen INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE readings SET last_seen = first_seen"),
        QStringLiteral("CREATE INDEX readings_by_time ON readings (source, first_seen)"),
        QStringLiteral("CREATE INDEX readings_by_last_seen ON readings (last_seen)"),
    };
}

} // namespace EarlierHistorySchemas
