// The one owner of the current reading of one source: owns that source's UsageService, records
// each reading in the (shared) history and restores the last one at start, works out freshness,
// quiet retries versus errors worth a banner, and whether the reported period has ended, and says
// so with one changed() signal. The window, the tray and a headless exporter only read state().
//
//   CurrentReading reading(&store, Clock::system());
//   QObject::connect(&reading, &CurrentReading::changed, view, [&] { show(reading.state()); });
//   reading.setSource(ReadingSource::forOrganization(id, name, baseUrl, key)); // refreshes at once
#pragma once

#include "core/api/UsageService.h"
#include "core/forecast/SnapshotForecasts.h"
#include "core/history/HistoryPeriod.h"
#include "core/history/PeriodSeries.h"
#include "core/history/TrendChartData.h"
#include "core/reading/ReadingSource.h"
#include "core/reading/ReadingState.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class Clock;
class HistoryStore;
class PeriodSeriesLoader;
class RequestSpacing;
class UsageHistory;

class CurrentReading final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentReading)

public:
    // history may be null or closed (then nothing is recorded or restored); several readings may
    // share one store, each under its source's history key. It must outlive this object.
    CurrentReading(HistoryStore *history, const Clock &clock, QObject *parent = nullptr);
    ~CurrentReading() override;

    // Reads from `source` from now on. A source other than the current one drops the previous
    // source's figures, error and any request on its way at once, shows the new source's last
    // recorded reading (Restored, with its age) and refreshes at once. The same source again
    // changes nothing. A demo source's history is first filled in with the demo's past.
    void setSource(const ReadingSource &source);
    // No key: nothing is read, and nothing of the previous source is shown.
    void clearSource();
    // The current source's history key (for the notifier); empty without a source.
    QString historyKey() const;

    const ReadingState &state() const { return m_state; }
    // The forecasts for the shown snapshot's units, worked out once per reading (empty while
    // state().historyLoading).
    const SnapshotForecasts &forecasts() const { return m_forecasts; }
    // The shown period's recorded readings: read once (in the background when the store is a
    // file), then brought up to date with only the rows each reading adds. The forecasts, the
    // detail chart and the cards' trend lines all draw from this one copy.
    const PeriodSeries &currentSeries() const { return m_series; }
    // How often the whole period was read, in this thread or the background: once per source or
    // period, never per refresh.
    int periodReads() const;
    // A period with more stored rows than this is read in the background (about a frame's work
    // in place); tests lower it.
    void setReadInPlaceAtMost(int rows) { m_readInPlaceAtMost = rows; }

    // Starts a refresh now (Refresh, Try again). False when there is no source or one is on its
    // way already.
    bool refreshNow();
    void setRefreshInterval(std::chrono::milliseconds interval);
    // The service's delays for every source from now on; tests shorten them.
    void setServiceTimings(const UsageServiceTimings &timings);
    // Shared with the readings of other organizations, so that their scheduled requests go out
    // spread apart (see RequestSpacing); null: each goes when due. It must outlive this object.
    void setRequestSpacing(RequestSpacing *spacing);
    // Held: a source's service is made but sends nothing, a long period is not read in the
    // background and earlier periods are not listed (periods() has the current one alone), until
    // released: the dashboard paints the recorded figures first. A refresh asked for meanwhile
    // goes at once.
    void holdWork(bool held);

    // The source's recorded past, for the over-time views.
    bool isHistoryOpen() const;
    QString historyProblem() const;
    // Periods with readings, newest first, except that the current reading's period comes first
    // (also when the store could not record it). Read from the store once per source and again
    // only when a reading brings a period it does not list.
    QList<HistoryPeriod> periods() const;
    // One unit's chart for a period, thinned to pixelWidth: the current period from
    // currentSeries(), with the projection; an earlier one read from the store.
    TrendChartData chartData(const QString &unitKey, const HistoryPeriod &period,
                             int pixelWidth) const;
    bool exportPeriod(const HistoryPeriod &period, const QString &path, QString *error) const;

signals:
    // Anything in state() changed.
    void changed();
    // A new reading arrived from the API (not a restored one): what notifications look at.
    void readingReceived(const UsageSnapshot &snapshot);
    // A refresh failed, quietly retried or not: what the exporter's failure counter counts.
    void refreshFailed(const UsageError &error);
    // The recorded readings or the forecasts changed: the over-time views redraw.
    void historyChanged();

private:
    void startService();
    void received(const UsageSnapshot &snapshot);
    void failed(const UsageError &error);
    void showSnapshot(const std::optional<UsageSnapshot> &snapshot, ReadingState::Freshness how);
    void updateSeries();
    void readInBackground(const HistoryPeriod &period);
    void seriesLoaded(std::optional<PeriodSeries> loaded);
    void updateForecasts();
    void updatePeriod();
    void announce(); // emits changed()
    void updateFreshness();

    const Clock &m_clock;
    std::unique_ptr<UsageHistory> m_history;
    std::optional<ReadingSource> m_source;
    std::unique_ptr<UsageService> m_service;
    UsageServiceTimings m_timings;
    RequestSpacing *m_spacing = nullptr;
    bool m_workHeld = false;
    bool m_periodsListed = false; // m_storedPeriods has been read for this source
    ReadingState m_state;
    SnapshotForecasts m_forecasts;
    PeriodSeries m_series;
    QList<HistoryPeriod> m_storedPeriods;
    std::unique_ptr<PeriodSeriesLoader> m_loader;
    int m_periodReads = 0;
    int m_readInPlaceAtMost;
    QTimer m_periodEndTimer; // says "ended" at the period's end, without waiting for a refresh
    QTimer m_changedSoon;    // changed() for what the service reports just before a reading
};
