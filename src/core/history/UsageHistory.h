// The dashboard's link to the history store: records each successful refresh, restores the last
// reading at start, and answers what the trend chart, the forecast text, the tray tooltip and the
// history export ask for. Without a usable store everything still works, just without history.
#pragma once

#include "core/api/UsageSnapshot.h"
#include "core/forecast/SnapshotForecasts.h"
#include "core/history/HistoryPeriod.h"
#include "core/history/HistoryStore.h"
#include "core/history/TrendChartData.h"

#include <QObject>

#include <memory>
#include <optional>

class Clock;

class UsageHistory final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageHistory)

public:
    explicit UsageHistory(const Clock &clock, QObject *parent = nullptr);
    ~UsageHistory() override;

    // Opens (or creates) the store; on failure errorMessage() says why, and history stays off.
    bool open(const QString &path = HistoryStore::defaultPath(),
              int retentionDays = HistoryStore::defaultRetentionDays);
    bool isOpen() const;
    QString errorMessage() const;

    // Whose readings to record and show: HistoryStore::sourceKey(baseUrl) or the demo key.
    void setSource(const QString &source);
    QString source() const { return m_source; }

    // The newest recorded reading of the source (receivedAt = when it was last seen).
    std::optional<UsageSnapshot> latestSnapshot() const;
    // Periods with readings, newest first; the current one first once a reading arrived.
    QList<HistoryPeriod> periods() const;
    QList<UsageSnapshot> readingsInPeriod(const HistoryPeriod &period) const;
    // Writes a period's readings as the snapshot CSV, one row per unit per reading, atomically.
    bool exportPeriod(const HistoryPeriod &period, const QString &path, QString *error) const;
    // The chart for one unit and period, thinned to pixelWidth; with a projection for the
    // current period only.
    TrendChartData chartData(const QString &unitKey, const HistoryPeriod &period,
                             int pixelWidth) const;

    // Forecasts for the latest snapshot's units, and the one line the tray tooltip shows.
    const SnapshotForecasts &forecasts() const { return m_forecasts; }
    QString forecastSummary() const { return m_forecasts.summaryText(); }
    std::optional<UsageSnapshot> currentSnapshot() const { return m_current; }

    // Records readings from before now, oldest first (the demo's made-up past). Readings not after
    // the newest recorded one are skipped, so filling in twice adds nothing. Returns how many were
    // recorded; the current snapshot stays as it is.
    int recordEarlier(const QList<UsageSnapshot> &readings);

public slots:
    // Records a successful refresh (identical readings only extend the last row).
    void record(const UsageSnapshot &snapshot);

signals:
    // The readings or the forecasts changed: redraw.
    void changed();

private:
    void updateForecasts();

    const Clock &m_clock;
    std::unique_ptr<HistoryStore> m_store;
    QString m_source;
    std::optional<UsageSnapshot> m_current;
    SnapshotForecasts m_forecasts;
};
