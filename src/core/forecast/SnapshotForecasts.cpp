#include "core/forecast/SnapshotForecasts.h"

#include "core/history/HistoryStore.h"

#include <QCoreApplication>

SnapshotForecasts SnapshotForecasts::compute(const HistoryStore *store, const QString &source,
                                             const UsageSnapshot &snapshot, const Clock &clock) {
    const HistoryPeriod period = HistoryStore::periodOf(snapshot);
    // One read for every unit.
    return compute(store && store->isOpen() ? store->periodSeries(source, period)
                                            : PeriodSeries(period),
                   snapshot, clock);
}

SnapshotForecasts SnapshotForecasts::compute(const PeriodSeries &stored,
                                             const UsageSnapshot &snapshot, const Clock &clock) {
    SnapshotForecasts result;
    const HistoryPeriod period = HistoryStore::periodOf(snapshot);
    const bool samePeriod = stored.isFor(period);
    for (const UnitUsage &unit : snapshot.units) {
        if (!unit.allocated || *unit.allocated <= 0.0 || !unit.consumed)
            continue; // nothing to run out of, or no figure to project from
        UsageSeries series = samePeriod ? stored.unit(unit.key) : UsageSeries();
        // The snapshot itself counts even when it was not (or could not be) recorded.
        if (series.isEmpty() || series.constLast().time() < snapshot.receivedAt)
            series.append({snapshot.receivedAt, *unit.consumed, unit.allocated});
        result.m_forecasts.insert(unit.key,
                                  Forecast::compute(series, unit.allocated, period, clock));
        result.m_labels.insert(unit.key, unit.label());
    }

    if (const UnitUsage *closest = result.closestToRunningOut(snapshot))
        result.m_summaryUnit = closest->key;
    return result;
}

const UnitUsage *SnapshotForecasts::closestToRunningOut(const UsageSnapshot &snapshot) const {
    // Lower ranks first; within a rank, the lower key (a negated percentage sorts the highest
    // first, a run-out time the earliest).
    const auto rank = [this](const UnitUsage &unit) -> std::pair<int, double> {
        const std::optional<double> percent = unit.percentUsed();
        if (!unit.consumed)
            return {4, 0.0};
        if (!percent)
            return {3, 0.0};
        if (*percent > 100.0)
            return {0, -*percent};
        const std::optional<Forecast> forecast = forUnit(unit.key);
        if (forecast && forecast->status() == Forecast::Status::RunsOut)
            return {1, double(forecast->runOutAt().toMSecsSinceEpoch())};
        const std::optional<double> projected =
            forecast && forecast->hasFittedRate() ? forecast->projectedPercent() : std::nullopt;
        return {2, -projected.value_or(*percent)};
    };
    const UnitUsage *best = nullptr;
    std::pair<int, double> bestRank{5, 0.0};
    for (const UnitUsage &unit : snapshot.units) {
        const std::pair<int, double> unitRank = rank(unit);
        if (unitRank < bestRank) {
            best = &unit;
            bestRank = unitRank;
        }
    }
    return bestRank.first < 4 ? best : nullptr;
}

std::optional<Forecast> SnapshotForecasts::forUnit(const QString &unitKey) const {
    const auto found = m_forecasts.constFind(unitKey);
    if (found == m_forecasts.cend())
        return std::nullopt;
    return found.value();
}

QString SnapshotForecasts::summaryText() const {
    const auto found = m_forecasts.constFind(m_summaryUnit);
    if (found == m_forecasts.cend())
        return QString();
    return QCoreApplication::translate("SnapshotForecasts", "%1: %2")
        .arg(m_labels.value(m_summaryUnit), found.value().text());
}
