// One source's part of the shared history store: records its readings, gives back the last one,
// and answers what the trend chart, the forecast and the history export ask for. Holds no reading
// of its own: the current one is passed in by CurrentReading, its one owner. Without a usable store
// everything still works, just without a past.
#pragma once

#include "core/api/UsageSnapshot.h"
#include "core/history/HistoryPeriod.h"
#include "core/history/PeriodSeries.h"
#include "core/history/TrendChartData.h"

#include <QList>
#include <QString>

#include <optional>

class Clock;
class HistoryStore;

class UsageHistory final {
    Q_DISABLE_COPY_MOVE(UsageHistory)

public:
    // store may be null or closed; several UsageHistory objects may share one store.
    UsageHistory(HistoryStore *store, const Clock &clock);
    ~UsageHistory();

    bool isOpen() const;
    // The store itself (for a reader of its own in another thread); may be null.
    HistoryStore *store() const { return m_store; }
    // Why the store could not be opened, for a person; empty when it is open or when there is none.
    QString errorMessage() const;

    // Whose readings to record and show: ReadingSource::historyKey().
    void setSource(const QString &source) { m_source = source; }
    QString source() const { return m_source; }

    // The newest recorded reading of the source (receivedAt = when it was last seen).
    std::optional<UsageSnapshot> latestSnapshot() const;
    // Records a successful refresh (identical readings only extend the last row). False when
    // there is no store to record in, or it failed.
    bool record(const UsageSnapshot &snapshot);
    // Records readings from before now, oldest first (the demo's made-up past). Readings within
    // the stretch of their period the store already holds (its first to its last reading) are
    // skipped, so filling in twice adds nothing, and a period recorded only from part-way through
    // is still filled in from its start. Returns how many were recorded.
    int recordEarlier(const QList<UsageSnapshot> &readings);

    // Periods with readings, newest first.
    QList<HistoryPeriod> storedPeriods() const;
    // A period's readings for every unit, read at once; and brought up to date with the rows
    // recorded since it was read.
    PeriodSeries series(const HistoryPeriod &period) const;
    void update(PeriodSeries &series) const;
    QList<UsageSnapshot> readingsInPeriod(const HistoryPeriod &period,
                                          const std::optional<UsageSnapshot> &current) const;
    // Writes a period's readings as the snapshot CSV, one row per unit per reading, atomically.
    bool exportPeriod(const HistoryPeriod &period, const std::optional<UsageSnapshot> &current,
                      const QString &path, QString *error) const;
    // One unit's readings in a period, read from the store.
    UsageSeries unitSeries(const QString &unitKey, const HistoryPeriod &period) const;

private:
    HistoryStore *m_store;
    const Clock &m_clock;
    QString m_source;
};
