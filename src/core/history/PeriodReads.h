// The history store's reads for the dashboard, on an open connection: the list of periods (a skip
// over the index, one seek per period however many readings each holds) and a period's readings
// per unit, whole or only the rows since the last one read. HistoryStore answers through these.
#pragma once

#include "core/history/HistoryPeriod.h"
#include "core/history/PeriodSeries.h"

#include <QList>
#include <QString>

class QSqlDatabase;

class PeriodReads final {
public:
    // Every period with readings of the source, newest first.
    static QList<HistoryPeriod> periods(const QSqlDatabase &db, const QString &source);
    // Stored rows of the source in one period, counted up to atMost (a bounded look).
    static int readingCount(const QSqlDatabase &db, const QString &source,
                            const HistoryPeriod &period, int atMost);
    // The period's rows, oldest first: all of them, or (sinceRowId >= 0) those with that id or a
    // later one, found by id without touching the rest of the period.
    static QList<PeriodSeries::Row> rows(const QSqlDatabase &db, const QString &source,
                                         const HistoryPeriod &period, qint64 sinceRowId = -1);
};
