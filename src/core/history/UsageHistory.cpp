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

bool UsageHistory::record(const UsageSnapshot &snapshot) {
    return isOpen() && !m_source.isEmpty() && m_store->record(m_source, snapshot);
}

int UsageHistory::recordEarlier(const QList<UsageSnapshot> &readings) {
    if (!isOpen() || m_source.isEmpty())
        return 0;
    const QList<HistoryPeriod> periods = m_store->periods(m_source);
    int recorded = 0;
    for (const UsageSnapshot &reading : readings) {
        const qsizetype stored = periods.indexOf(HistoryStore::periodOf(reading));
        if (stored >= 0 && reading.receivedAt >= periods.at(stored).firstSeen &&
            reading.receivedAt <= periods.at(stored).lastSeen)
            continue; // within what the store holds of its period already
        if (!m_store->record(m_source, reading))
            break; // the store said why (errorMessage); what is recorded stays
        ++recorded;
    }
    return recorded;
}

QList<HistoryPeriod> UsageHistory::storedPeriods() const {
    return isOpen() && !m_source.isEmpty() ? m_store->periods(m_source) : QList<HistoryPeriod>();
}

PeriodSeries UsageHistory::series(const HistoryPeriod &period) const {
    return isOpen() && !m_source.isEmpty() ? m_store->periodSeries(m_source, period)
                                           : PeriodSeries(period);
}

void UsageHistory::update(PeriodSeries &series) const {
    if (isOpen() && !m_source.isEmpty())
        m_store->updateSeries(m_source, series);
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

UsageSeries UsageHistory::unitSeries(const QString &unitKey, const HistoryPeriod &period) const {
    return isOpen() && !m_source.isEmpty() ? m_store->unitSeries(m_source, period, unitKey)
                                           : UsageSeries();
}

bool UsageHistory::exportPeriod(const HistoryPeriod &period,
                                const std::optional<UsageSnapshot> &current, const QString &path,
                                QString *error) const {
    // Atomic and checked: a full disk never leaves half a file or replaces a good one.
    return CsvSnapshotWriter::writeFile(path, readingsInPeriod(period, current), error);
}
