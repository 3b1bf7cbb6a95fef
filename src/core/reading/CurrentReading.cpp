#include "core/reading/CurrentReading.h"

#include "core/Clock.h"
#include "core/demo/DemoUsageBackfill.h"
#include "core/history/HistoryStore.h"
#include "core/history/PeriodSeriesLoader.h"
#include "core/history/UsageHistory.h"
#include "core/settings/Defaults.h"

#include <algorithm>
#include <climits>

using std::chrono::milliseconds;

namespace {

// A period with more stored readings than this is read in the background, while the window says
// the forecast is on its way: reading one takes about 5 us here (5,760, twenty days of 5-minute
// readings, took 27 to 32 ms on the GUI thread, before the dashboard's first paint and on every
// change of period); 1,500 stay within half a frame. A month holds 8,640, an annual period
// late in its year 100,000.
constexpr int defaultReadInPlaceAtMost = 1'500;

} // namespace

CurrentReading::CurrentReading(HistoryStore *history, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_history(std::make_unique<UsageHistory>(history, clock))
    , m_loader(std::make_unique<PeriodSeriesLoader>())
    , m_readInPlaceAtMost(defaultReadInPlaceAtMost) {
    m_periodEndTimer.setSingleShot(true);
    connect(&m_periodEndTimer, &QTimer::timeout, this, [this] {
        updatePeriod();
        announce();
    });
    m_changedSoon.setSingleShot(true);
    m_changedSoon.setInterval(0);
    connect(&m_changedSoon, &QTimer::timeout, this, &CurrentReading::changed);
}

void CurrentReading::announce() {
    m_changedSoon.stop(); // said now, with everything that changed since
    emit changed();
}

CurrentReading::~CurrentReading() {
    // The service goes first: nothing may be reported into a half-destroyed reading.
    m_service.reset();
}

void CurrentReading::setSource(const ReadingSource &source) {
    if (m_source && *m_source == source) {
        // A renamed organization is still the same one: its figures stay, only the name moves.
        if (m_source->displayName() != source.displayName()) {
            m_source = source;
            m_state.sourceName = source.displayName();
            announce();
        }
        return;
    }
    // Destroying the service cancels its request unreported: an answer for the previous source
    // can never be shown as this one's.
    m_service.reset();
    m_loader->cancel();
    m_series = PeriodSeries();
    m_source = source;
    m_state = ReadingState();
    m_state.hasSource = true;
    m_state.demo = source.isDemo();
    m_state.sourceName = source.displayName();

    m_history->setSource(source.historyKey());
    // A newcomer's first look at demo data should show a trend and a forecast, not one lone
    // reading; only the readings after the last recorded one are added.
    if (source.isDemo())
        m_history->recordEarlier(DemoUsageBackfill::readings(m_clock.now()));
    // Earlier periods are listed once work is not held: a handful of seeks per period, sixty
    // periods for five years of history.
    m_storedPeriods.clear();
    m_periodsListed = !m_workHeld;
    if (m_periodsListed)
        m_storedPeriods = m_history->storedPeriods();
    showSnapshot(m_history->latestSnapshot(), ReadingState::Freshness::Restored);
    emit historyChanged();
    announce();
    startService();
}

void CurrentReading::clearSource() {
    if (!m_source && !m_state.hasSnapshot())
        return;
    m_service.reset();
    m_loader->cancel();
    m_series = PeriodSeries();
    m_storedPeriods.clear();
    m_periodsListed = false;
    m_source.reset();
    m_state = ReadingState();
    m_history->setSource(QString());
    showSnapshot(std::nullopt, ReadingState::Freshness::None);
    emit historyChanged();
    announce();
}

QString CurrentReading::historyKey() const {
    return m_source ? m_source->historyKey() : QString();
}

void CurrentReading::startService() {
    m_service = std::make_unique<UsageService>(m_clock);
    UsageService *service = m_service.get();
    service->setTimings(m_timings);
    service->setRequestSpacing(m_spacing);
    // A refused URL is reported by the first refresh, without any connection, like any failure.
    service->setBaseUrl(m_source->baseUrl());
    service->setApiKey(m_source->apiKey());
    // A refresh that starts is shown at once. Its end comes with the reading or the failure
    // (each says changed() itself, after the service has set the next refresh and stopped being
    // busy): said once, not three times, since every listener redraws all it shows.
    connect(service, &UsageService::busyChanged, this, [this](bool busy) {
        m_state.busy = busy;
        if (busy)
            announce();
        else
            m_changedSoon.start();
    });
    connect(service, &UsageService::nextRefreshChanged, this, [this](const QDateTime &at) {
        m_state.nextRefreshAt = at;
        m_changedSoon.start();
    });
    connect(service, &UsageService::snapshotReceived, this, &CurrentReading::received);
    connect(service, &UsageService::refreshFailed, this, &CurrentReading::failed);
    if (!m_workHeld)
        service->startPolling();
}

void CurrentReading::holdWork(bool held) {
    if (held == m_workHeld)
        return;
    m_workHeld = held;
    if (held)
        return;
    if (m_service && !m_service->isPolling())
        m_service->startPolling();
    // A long period still to read has no read on its way while work is held.
    if (m_state.snapshot && m_state.historyLoading && !m_loader->isLoading())
        readInBackground(HistoryStore::periodOf(*m_state.snapshot));
    if (!m_periodsListed && m_source) {
        m_periodsListed = true;
        m_storedPeriods = m_history->storedPeriods();
        emit historyChanged();
    }
}

bool CurrentReading::refreshNow() {
    return m_service && m_service->refreshNow();
}

void CurrentReading::setRefreshInterval(milliseconds interval) {
    // Settings say changed() for any setting; only a new interval moves the scheduled refresh.
    if (interval == m_timings.refreshInterval)
        return;
    m_timings.refreshInterval = interval;
    if (m_service)
        m_service->setRefreshInterval(interval);
}

void CurrentReading::setRequestSpacing(RequestSpacing *spacing) {
    m_spacing = spacing;
    if (m_service)
        m_service->setRequestSpacing(spacing);
}

void CurrentReading::setServiceTimings(const UsageServiceTimings &timings) {
    m_timings = timings;
    if (m_service)
        m_service->setTimings(timings);
}

void CurrentReading::received(const UsageSnapshot &snapshot) {
    m_state.error.reset();
    m_state.errorStatus = ReadingState::ErrorStatus::None;
    m_state.failuresInARow = 0;
    m_history->record(snapshot);
    showSnapshot(snapshot, ReadingState::Freshness::Current);
    emit historyChanged();
    announce();
    emit readingReceived(snapshot);
}

void CurrentReading::failed(const UsageError &error) {
    m_state.error = error;
    // A transient failure is retried quietly by the service's backoff; after as many in a row as
    // the command line tries, or at once for anything else, it is worth a banner.
    if (error.isTransient()) {
        ++m_state.failuresInARow;
        m_state.errorStatus = m_state.failuresInARow >= Defaults::attemptsBeforeGivingUp
                                  ? ReadingState::ErrorStatus::Settled
                                  : ReadingState::ErrorStatus::Retrying;
    } else {
        m_state.errorStatus = ReadingState::ErrorStatus::Settled;
    }
    updateFreshness();
    announce();
    emit refreshFailed(error);
}

void CurrentReading::showSnapshot(const std::optional<UsageSnapshot> &snapshot,
                                  ReadingState::Freshness how) {
    m_state.snapshot = snapshot;
    m_state.freshness = snapshot ? how : ReadingState::Freshness::None;
    updateSeries();
    updateForecasts();
    updatePeriod();
    updateFreshness();
}

void CurrentReading::updateSeries() {
    if (!m_state.snapshot) {
        m_loader->cancel();
        m_series = PeriodSeries();
        m_state.historyLoading = false;
        return;
    }
    const HistoryPeriod period = HistoryStore::periodOf(*m_state.snapshot);
    if (m_periodsListed && m_history->isOpen() && !m_storedPeriods.contains(period))
        m_storedPeriods = m_history->storedPeriods(); // a period new to the store
    if (!m_series.isFor(period)) {
        // A new source or period: read it whole, once; a long one in the background.
        m_loader->cancel();
        m_series = PeriodSeries(period);
        m_state.historyLoading = false;
        if (m_history->isOpen()) {
            HistoryStore *store = m_history->store();
            if (store->readingCount(m_history->source(), period, m_readInPlaceAtMost + 1) >
                m_readInPlaceAtMost) {
                m_state.historyLoading = true;
                if (!m_workHeld)
                    readInBackground(period);
                return;
            }
            ++m_periodReads;
            m_series = m_history->series(period);
        }
    } else if (!m_state.historyLoading) {
        // The same period: only the rows recorded since the last read (one or two).
        m_history->update(m_series);
    } else {
        return; // the read on its way takes the new rows in when it lands
    }
    // A reading the store did not take (no store, or a failing one) still counts.
    m_series.addUnrecorded(*m_state.snapshot);
}

void CurrentReading::readInBackground(const HistoryPeriod &period) {
    ++m_periodReads;
    m_loader->load(m_history->store()->path(), m_history->source(), period,
                   [this](std::optional<PeriodSeries> loaded) { seriesLoaded(std::move(loaded)); });
}

void CurrentReading::seriesLoaded(std::optional<PeriodSeries> loaded) {
    if (!m_state.snapshot)
        return;
    const HistoryPeriod period = HistoryStore::periodOf(*m_state.snapshot);
    if (loaded && loaded->isFor(period)) {
        m_series = std::move(*loaded);
    } else {
        // The file could not be read from the other thread: read it here, late but whole.
        m_series = m_history->series(period);
    }
    m_state.historyLoading = false;
    m_history->update(m_series); // the rows recorded while it was being read
    m_series.addUnrecorded(*m_state.snapshot);
    updateForecasts();
    emit historyChanged();
    announce();
}

void CurrentReading::updateForecasts() {
    m_forecasts = m_state.snapshot && !m_state.historyLoading
                      ? SnapshotForecasts::compute(m_series, *m_state.snapshot, m_clock)
                      : SnapshotForecasts();
}

int CurrentReading::periodReads() const {
    return m_periodReads;
}

void CurrentReading::updateFreshness() {
    // A quiet retry leaves the figures as they were (current or restored); only a failure worth a
    // banner makes them stale, so the status line and the banner never disagree.
    if (!m_state.snapshot)
        m_state.freshness = ReadingState::Freshness::None;
    else if (m_state.errorStatus == ReadingState::ErrorStatus::Settled)
        m_state.freshness = ReadingState::Freshness::Stale;
}

void CurrentReading::updatePeriod() {
    m_periodEndTimer.stop();
    const QDateTime now = m_clock.now();
    m_state.periodStart = m_state.snapshot ? m_state.snapshot->periodStart() : QDateTime();
    m_state.periodEnd = m_state.snapshot ? m_state.snapshot->periodEnd() : QDateTime();
    m_state.periodEnded = m_state.snapshot && m_state.snapshot->periodEndedBy(now);
    if (m_state.periodEnd.isValid() && !m_state.periodEnded) {
        // Timers take an int of milliseconds; a later end is checked again when that runs out.
        const qint64 left = std::clamp<qint64>(now.msecsTo(m_state.periodEnd) + 1, 1, INT_MAX);
        m_periodEndTimer.start(int(left));
    }
}

bool CurrentReading::isHistoryOpen() const {
    return m_history->isOpen();
}

QString CurrentReading::historyProblem() const {
    return m_history->errorMessage();
}

QList<HistoryPeriod> CurrentReading::periods() const {
    if (!m_source)
        return {};
    QList<HistoryPeriod> periods = m_storedPeriods;
    if (m_state.snapshot) {
        // The current reading's period comes first, even when the store holds a later one (an API
        // that went back to reporting an ended period) or could not record it at all.
        const HistoryPeriod period = HistoryStore::periodOf(*m_state.snapshot);
        const qsizetype stored = periods.indexOf(period);
        if (stored > 0)
            periods.move(stored, 0);
        else if (stored < 0)
            periods.prepend(period);
    }
    return periods;
}

TrendChartData CurrentReading::chartData(const QString &unitKey, const HistoryPeriod &period,
                                         int pixelWidth) const {
    if (m_state.snapshot && m_series.isFor(period)) {
        return TrendChartData::build(m_series.unit(unitKey), period, m_forecasts.forUnit(unitKey),
                                     pixelWidth, m_clock.now());
    }
    return TrendChartData::build(m_history->unitSeries(unitKey, period), period, std::nullopt,
                                 pixelWidth, m_clock.now());
}

bool CurrentReading::exportPeriod(const HistoryPeriod &period, const QString &path,
                                  QString *error) const {
    return m_history->exportPeriod(period, m_state.snapshot, path, error);
}
