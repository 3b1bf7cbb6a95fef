#include "core/history/PeriodSeries.h"

#include "core/api/UsageSnapshot.h"

void PeriodSeries::removeRowPoints(qint64 id) {
    for (auto it = m_tails.begin(); it != m_tails.end(); ++it) {
        if (it->rowId != id)
            continue;
        UsageSeries &series = m_units[it.key()];
        series.resize(qMax<qsizetype>(0, series.size() - it->points));
        it->rowId = -1;
        it->points = 0;
    }
}

void PeriodSeries::apply(const QList<Row> &rows) {
    for (const Row &row : rows) {
        if (row.id == m_lastRowId)
            removeRowPoints(row.id);
        else
            ++m_rowCount;
        for (const auto &[key, point] : row.units) {
            UsageSeries &series = m_units[key];
            series.append(point);
            int points = 1;
            if (row.lastSeen > row.firstSeen) {
                UsagePoint last = point;
                last.setTime(row.lastSeen);
                series.append(last);
                points = 2;
            }
            m_tails[key] = {row.id, points};
        }
        m_lastRowId = qMax(m_lastRowId, row.id);
    }
}

void PeriodSeries::addUnrecorded(const UsageSnapshot &snapshot) {
    for (const UnitUsage &unit : snapshot.units) {
        if (!unit.consumed)
            continue;
        UsageSeries &series = m_units[unit.key];
        if (!series.isEmpty() && series.constLast().time() >= snapshot.receivedAt)
            continue;
        series.append({snapshot.receivedAt, *unit.consumed, unit.allocated});
        m_tails[unit.key] = {-1, 0}; // not a stored row: nothing to replace later
    }
}
