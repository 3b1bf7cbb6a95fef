#include "core/history/UsageHistory.h"

#include "core/Clock.h"
#include "core/output/CsvSnapshotWriter.h"

UsageHistory::UsageHistory(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock) {}

UsageHistory::~UsageHistory() = default;

bool UsageHistory::open(const QString &path, int retentionDays) {
    m_store = std::make_unique<HistoryStore>(path, m_clock);
    m_store->setRetentionDays(retentionDays);
    const bool opened = m_store->open();
    emit changed();
    return opened;
}

bool UsageHistory::isOpen() const {
    return m_store && m_store->isOpen();
}

QString UsageHistory::errorMessage() const {
    return m_store ? m_store->errorMessage() : QString();
}

void UsageHistory::setSource(const QString &source) {
    if (source == m_source)
        return;
    m_source = source;
    m_current.reset();
    m_forecasts = SnapshotForecasts();
    emit changed();
}

std::optional<UsageSnapshot> UsageHistory::latestSnapshot() const {
    return isOpen() ? m_store->latestSnapshot(m_source) : std::nullopt;
}

QList<HistoryPeriod> UsageHistory::periods() const {
    QList<HistoryPeriod> periods;
    if (isOpen())
        periods = m_store->periods(m_source);
    // The current period is listed even when the store could not record it.
    if (m_current) {
        const HistoryPeriod current = HistoryStore::periodOf(*m_current);
        if (!periods.contains(current))
            periods.prepend(current);
    }
    return periods;
}

QList<UsageSnapshot> UsageHistory::readingsInPeriod(const HistoryPeriod &period) const {
    if (isOpen())
        return m_store->readingsInPeriod(m_source, period);
    if (m_current && HistoryStore::periodOf(*m_current) == period)
        return {*m_current};
    return {};
}

TrendChartData UsageHistory::chartData(const QString &unitKey, const HistoryPeriod &period,
                                       int pixelWidth) const {
    UsageSeries series;
    if (isOpen())
        series = m_store->unitSeries(m_source, period, unitKey);
    std::optional<Forecast> forecast;
    if (m_current && HistoryStore::periodOf(*m_current) == period) {
        forecast = m_forecasts.forUnit(unitKey);
        const UnitUsage *unit = m_current->unit(unitKey);
        if (series.isEmpty() && unit)
            series.append({m_current->receivedAt, unit->consumed, unit->allocated});
    }
    return TrendChartData::build(series, period, forecast, pixelWidth);
}

void UsageHistory::record(const UsageSnapshot &snapshot) {
    if (isOpen())
        m_store->record(m_source, snapshot);
    m_current = snapshot;
    updateForecasts();
    emit changed();
}

int UsageHistory::recordEarlier(const QList<UsageSnapshot> &readings) {
    if (!isOpen())
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
    if (recorded > 0) {
        updateForecasts();
        emit changed();
    }
    return recorded;
}

void UsageHistory::updateForecasts() {
    m_forecasts = m_current
                      ? SnapshotForecasts::compute(m_store.get(), m_source, *m_current, m_clock)
                      : SnapshotForecasts();
}

bool UsageHistory::exportPeriod(const HistoryPeriod &period, const QString &path,
                                QString *error) const {
    return CsvSnapshotWriter::writeFile(path, readingsInPeriod(period), error);
}
