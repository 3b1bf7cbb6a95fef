#include "core/forecast/SnapshotForecasts.h"

#include "core/history/HistoryStore.h"

#include <QCoreApplication>

SnapshotForecasts SnapshotForecasts::compute(const HistoryStore *store, const QString &source,
                                             const UsageSnapshot &snapshot, const Clock &clock) {
    SnapshotForecasts result;
    const HistoryPeriod period = HistoryStore::periodOf(snapshot);
    for (const UnitUsage &unit : snapshot.units) {
        if (!unit.allocated || *unit.allocated <= 0.0 || !unit.consumed)
            continue; // nothing to run out of, or no figure to project from
        UsageSeries series;
        if (store && store->isOpen())
            series = store->unitSeries(source, period, unit.key);
        // The snapshot itself counts even when it was not (or could not be) recorded.
        if (series.isEmpty() || series.constLast().time < snapshot.receivedAt)
            series.append({snapshot.receivedAt, *unit.consumed, unit.allocated});
        result.m_forecasts.insert(unit.key,
                                  Forecast::compute(series, unit.allocated, period, clock));
        result.m_labels.insert(unit.key, unit.label());
    }

    QDateTime earliestRunOut;
    for (auto it = result.m_forecasts.cbegin(); it != result.m_forecasts.cend(); ++it) {
        const Forecast &forecast = it.value();
        if (forecast.status() == Forecast::Status::RunsOut &&
            (!earliestRunOut.isValid() || forecast.runOutAt() < earliestRunOut)) {
            earliestRunOut = forecast.runOutAt();
            result.m_summaryUnit = it.key();
        }
    }
    if (result.m_summaryUnit.isEmpty()) {
        if (const UnitUsage *most = snapshot.mostConsumedUnit())
            result.m_summaryUnit = most->key;
    }
    return result;
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
