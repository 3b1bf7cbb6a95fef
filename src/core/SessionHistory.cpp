#include "SessionHistory.h"

#include <algorithm>

SessionHistory::SessionHistory(QObject *parent)
    : QObject(parent) {}

void SessionHistory::append(const UsageSnapshot &snapshot) {
    if (!m_snapshots.isEmpty() && m_snapshots.constLast().sameReadingAs(snapshot) &&
        m_snapshots.size() >= 2 && m_snapshots.at(m_snapshots.size() - 2).sameReadingAs(snapshot)) {
        // Keep the first and the latest of a run of equal readings: the flat stretch still shows.
        m_snapshots.last() = snapshot;
    } else {
        m_snapshots.append(snapshot);
    }
    emit changed();
}

void SessionHistory::setSnapshots(QList<UsageSnapshot> snapshots) {
    std::stable_sort(
        snapshots.begin(), snapshots.end(),
        [](const UsageSnapshot &a, const UsageSnapshot &b) { return a.receivedAt < b.receivedAt; });
    m_snapshots = std::move(snapshots);
    emit changed();
}

void SessionHistory::clear() {
    if (m_snapshots.isEmpty())
        return;
    m_snapshots.clear();
    emit changed();
}

UsageSeries SessionHistory::series(const QString &unitKey) const {
    UsageSeries points;
    if (m_snapshots.isEmpty())
        return points;
    const QDateTime periodEnd = m_snapshots.constLast().nextReset();
    for (const UsageSnapshot &snapshot : m_snapshots) {
        if (snapshot.nextReset() != periodEnd)
            continue;
        if (const UnitUsage *unit = snapshot.unit(unitKey))
            points.append({snapshot.receivedAt, unit->consumed, unit->allocated});
    }
    return points;
}
