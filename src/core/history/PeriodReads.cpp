#include "core/history/PeriodReads.h"

#include "core/history/HistorySchema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace {

constexpr auto toDb = &HistorySchema::timeToDb;
constexpr auto fromDb = &HistorySchema::timeFromDb;

} // namespace

QList<HistoryPeriod> PeriodReads::periods(const QSqlDatabase &db, const QString &source) {
    QList<HistoryPeriod> result;
    // Each step seeks in readings_by_period (source, period_start, period_end, first_seen) to the
    // next period down, and to its first and its newest row: a handful of seeks per period instead
    // of grouping every reading of the source (42 ms a year of history, and growing). The next
    // period is asked in two seeks, each a range on one column: a row-value range, (period_start,
    // period_end) < (?, ?), made SQLite step over every reading of the period it starts from
    // (about 2 ms each, 100 ms for five years).
    QSqlQuery sameStart(db);
    sameStart.prepare(QStringLiteral("SELECT period_end FROM readings"
                                     " WHERE source = ? AND period_start = ? AND period_end < ?"
                                     " ORDER BY period_end DESC LIMIT 1"));
    QSqlQuery earlierStart(db);
    earlierStart.prepare(QStringLiteral("SELECT period_start, period_end FROM readings"
                                        " WHERE source = ? AND period_start < ?"
                                        " ORDER BY period_start DESC, period_end DESC LIMIT 1"));
    QSqlQuery first(db);
    first.prepare(QStringLiteral("SELECT first_seen FROM readings"
                                 " WHERE source = ? AND period_start = ? AND period_end = ?"
                                 " ORDER BY first_seen, id LIMIT 1"));
    QSqlQuery newest(db);
    newest.prepare(QStringLiteral("SELECT last_seen, cadence FROM readings"
                                  " WHERE source = ? AND period_start = ? AND period_end = ?"
                                  " ORDER BY first_seen DESC, id DESC LIMIT 1"));
    QVariant start = std::numeric_limits<qint64>::max();
    QVariant end;
    for (;;) {
        // The same start with an earlier end (an API that moved the end), else an earlier start.
        bool found = false;
        if (end.isValid()) {
            sameStart.addBindValue(source);
            sameStart.addBindValue(start);
            sameStart.addBindValue(end);
            if (sameStart.exec() && sameStart.next()) {
                end = sameStart.value(0);
                found = true;
            }
        }
        if (!found) {
            earlierStart.addBindValue(source);
            earlierStart.addBindValue(start);
            if (!earlierStart.exec() || !earlierStart.next())
                break;
            start = earlierStart.value(0);
            end = earlierStart.value(1);
        }
        HistoryPeriod period;
        period.start = fromDb(start);
        period.end = fromDb(end);
        for (QSqlQuery *query : {&first, &newest}) {
            query->addBindValue(source);
            query->addBindValue(start);
            query->addBindValue(end);
            query->exec();
            query->next();
        }
        period.firstSeen = fromDb(first.value(0));
        period.lastSeen = fromDb(newest.value(0));
        period.cadenceText = newest.value(1).toString();
        result.append(period);
    }
    return result;
}

int PeriodReads::readingCount(const QSqlDatabase &db, const QString &source,
                              const HistoryPeriod &period, int atMost) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM readings"
                                 " WHERE source = ? AND period_start = ? AND period_end = ?"
                                 " LIMIT ?)"));
    query.addBindValue(source);
    query.addBindValue(toDb(period.start));
    query.addBindValue(toDb(period.end));
    query.addBindValue(atMost);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QList<PeriodSeries::Row> PeriodReads::rows(const QSqlDatabase &db, const QString &source,
                                           const HistoryPeriod &period, qint64 sinceRowId) {
    QList<PeriodSeries::Row> rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Since a row: by id alone (the unary + keeps SQLite from the period index, which would visit
    // the whole period), so a refresh reads one or two rows however long the period is.
    const QString where =
        sinceRowId >= 0
            ? QStringLiteral(" WHERE r.id >= ? AND +r.source = ? AND +r.period_start = ?"
                             " AND +r.period_end = ?")
            : QStringLiteral(" WHERE r.source = ? AND r.period_start = ? AND r.period_end = ?");
    query.prepare(QStringLiteral("SELECT r.id, r.first_seen, r.last_seen, u.unit, u.consumed,"
                                 " u.allocated FROM readings r"
                                 " JOIN reading_units u ON u.reading_id = r.id") +
                  where + QStringLiteral(" ORDER BY r.first_seen, r.id"));
    if (sinceRowId >= 0)
        query.addBindValue(sinceRowId);
    query.addBindValue(source);
    query.addBindValue(toDb(period.start));
    query.addBindValue(toDb(period.end));
    if (!query.exec())
        return rows;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (rows.isEmpty() || rows.constLast().id != id) {
            PeriodSeries::Row row;
            row.id = id;
            row.firstSeen = fromDb(query.value(1));
            row.lastSeen = fromDb(query.value(2));
            rows.append(row);
        }
        UsagePoint point;
        point.setTime(rows.constLast().firstSeen);
        point.consumed = query.value(4).toDouble();
        if (!query.value(5).isNull())
            point.allocated = query.value(5).toDouble();
        rows.last().units.append({query.value(3).toString(), point});
    }
    return rows;
}
