// One source's part of the shared history store: records its readings, gives back the last one,
// and answers what the trend chart, the forecast and the history export ask for. Holds no reading
// of its own: the current one is passed in by CurrentReading, its one owner. Without a usable store
// everything still works, just without a past.
#pragma once

#include "core/api/UsageSnapshot.h"
#include "core/forecast/SnapshotForecasts.h"
#include "core/history/HistoryPeriod.h"
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
    // Why the store could not be opened, for a person; empty when it is open or when there is none.
    QString errorMessage() const;

    // Whose readings to record and show: ReadingSource::historyKey().
    void setSource(const QString &source) { m_source = source; }
    QString source() const { return m_source; }

    // The newest recorded reading of the source (receivedAt = when it was last seen).
    std::optional<UsageSnapshot> latestSnapshot() const;
    // Records a successful refresh (identical readings only extend the last row).
    void record(const UsageSnapshot &snapshot);
    // Records readings from before now, oldest first (the demo's made-up past). Readings not after
    // the newest recorded one are skipped, so filling in twice adds nothing. Returns how many were
    // recorded.
    int recordEarlier(const QList<UsageSnapshot> &readings);

    // The forecasts for the current reading's units, drawn from its period's readings.
    SnapshotForecasts forecastsFor(const UsageSnapshot &current) const;

    // Periods with readings, newest first, except that the current reading's period comes first
    // (also when the store could not record it).
    QList<HistoryPeriod> periods(const std::optional<UsageSnapshot> &current) const;
    QList<UsageSnapshot> readingsInPeriod(const HistoryPeriod &period,
                                          const std::optional<UsageSnapshot> &current) const;
    // Writes a period's readings as the snapshot CSV, one row per unit per reading, atomically.
    bool exportPeriod(const HistoryPeriod &period, const std::optional<UsageSnapshot> &current,
                      const QString &path, QString *error) const;
    // The chart for one unit and period, thinned to pixelWidth; with the forecast's projection
    // for the current reading's period only.
    TrendChartData chartData(const QString &unitKey, const HistoryPeriod &period, int pixelWidth,
                             const std::optional<UsageSnapshot> &current,
                             const SnapshotForecasts &forecasts) const;

private:
    HistoryStore *m_store;
    const Clock &m_clock;
    QString m_source;
};
