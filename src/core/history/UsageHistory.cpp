#include "core/history/UsageHistory.h"

#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "core/output/CsvSnapshotWriter.h"

UsageHistory::UsageHistory(HistoryStore *store, const Clock &clock)
    : m_store(store)
    , m_clock(clock) {}

UsageHistory::~UsageHistory() = default;

bool UsageHistory::isOpen() const {
    return m_store && m_store->isOpen();
}

QString UsageHistory::errorMessage() const {
    return m_store && !m_store->isOpen() ? m_store->errorMessage() : QString();
}

std::optional<UsageSnapshot> UsageHistory::latestSnapshot() const {
    return isOpen() && !m_source.isEmpty() ? m_store->latestSnapshot(m_source) : std::nullopt;
}

void UsageHistory::record(const UsageSnapshot &snapshot) {
    if (isOpen() && !m_source.isEmpty())
        m_store->record(m_source, snapshot);
}

int UsageHistory::recordEarlier(const QList<UsageSnapshot> &readings) {
    if (!isOpen() || m_source.isEmpty())
        return 0;
    const std::optional<UsageSnapshot> latest = m_store->latestSnapshot(m_source);
    int recorded = 0;
    for (const UsageSnapshot &reading : readings) {
        if (latest && reading.receivedAt <= latest->receivedAt)
            continue;
        if (!m_store->record(m_source, reading))
            break; // the store said why (errorMessage); what is recorded stays
        ++recorded;
    }
    return recorded;
}

SnapshotForecasts UsageHistory::forecastsFor(const UsageSnapshot &current) const {
    return SnapshotForecasts::compute(isOpen() ? m_store : nullptr, m_source, current, m_clock);
}

QList<HistoryPeriod> UsageHistory::periods(const std::optional<UsageSnapshot> &current) const {
    QList<HistoryPeriod> periods;
    if (isOpen() && !m_source.isEmpty())
        periods = m_store->periods(m_source);
    if (current) {
        // The current reading's period comes first, even when the store holds a later one (an API
        // that went back to reporting an ended period) or could not record it at all.
        const HistoryPeriod period = HistoryStore::periodOf(*current);
        const qsizetype stored = periods.indexOf(period);
        if (stored > 0)
            periods.move(stored, 0);
        else if (stored < 0)
            periods.prepend(period);
    }
    return periods;
}

QList<UsageSnapshot>
UsageHistory::readingsInPeriod(const HistoryPeriod &period,
                               const std::optional<UsageSnapshot> &current) const {
    if (isOpen())
        return m_store->readingsInPeriod(m_source, period);
    if (current && HistoryStore::periodOf(*current) == period)
        return {*current};
    return {};
}

TrendChartData UsageHistory::chartData(const QString &unitKey, const HistoryPeriod &period,
                                       int pixelWidth, const std::optional<UsageSnapshot> &current,
                                       const SnapshotForecasts &forecasts) const {
    UsageSeries series;
    if (isOpen())
        series = m_store->unitSeries(m_source, period, unitKey);
    std::optional<Forecast> forecast;
    if (current && HistoryStore::periodOf(*current) == period) {
        forecast = forecasts.forUnit(unitKey);
        const UnitUsage *unit = current->unit(unitKey);
        if (series.isEmpty() && unit && unit->consumed)
            series.append({current->receivedAt, *unit->consumed, unit->allocated});
    }
    return TrendChartData::build(series, period, forecast, pixelWidth);
}

bool UsageHistory::exportPeriod(const HistoryPeriod &period,
                                const std::optional<UsageSnapshot> &current, const QString &path,
                                QString *error) const {
    // Atomic and checked: a full disk never leaves half a file or replaces a good one.
    return CsvSnapshotWriter::writeFile(path, readingsInPeriod(period, current), error);
}
