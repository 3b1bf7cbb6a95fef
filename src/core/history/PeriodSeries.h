// One source's recorded readings of one period, per unit, as the history store holds them: read
// once (in the background, for a long period), then brought up to date with only the rows recorded
// since, so that a refresh never reads the whole period again. The forecasts, the detail chart and
// the cards' trend lines all draw from the one copy CurrentReading keeps.
#pragma once

#include "core/history/HistoryPeriod.h"
#include "core/history/UsagePoint.h"

#include <QHash>
#include <QList>
#include <QString>

struct UsageSnapshot;

class PeriodSeries final {
public:
    // One stored row: a reading first seen at firstSeen and, identical, until lastSeen.
    struct Row {
        qint64 id = 0;
        QDateTime firstSeen;
        QDateTime lastSeen;
        QList<std::pair<QString, UsagePoint>> units; // the unit key and its point at firstSeen
    };

    PeriodSeries() = default;
    explicit PeriodSeries(const HistoryPeriod &period)
        : m_period(period) {}

    const HistoryPeriod &period() const { return m_period; }
    bool isFor(const HistoryPeriod &period) const { return m_period == period; }
    // One unit's points, oldest first: a row seen over a stretch of time gives two, when it was
    // first and when it was last seen (as HistoryStore::unitSeries). Empty for an unknown unit.
    UsageSeries unit(const QString &unitKey) const { return m_units.value(unitKey); }
    QStringList unitKeys() const { return m_units.keys(); }
    // The newest row taken in; rows with this id or a later one are what an update reads.
    qint64 lastRowId() const { return m_lastRowId; }
    int rowCount() const { return m_rowCount; }

    // Takes in rows, oldest first. The row with lastRowId() again (seen since: its lastSeen moved
    // on) replaces its own points; any other row is added.
    void apply(const QList<Row> &rows);
    // A reading that could not be recorded (no store, or a failing one) still counts: added as a
    // row of its own unless the newest point is already at its time.
    void addUnrecorded(const UsageSnapshot &snapshot);

private:
    void removeRowPoints(qint64 id);

    HistoryPeriod m_period;
    QHash<QString, UsageSeries> m_units;
    // The row each unit's last points came from and how many they are (1 or 2), so that a row
    // seen again can be replaced in place.
    struct Tail {
        qint64 rowId = -1;
        int points = 0;
    };
    QHash<QString, Tail> m_tails;
    qint64 m_lastRowId = -1;
    int m_rowCount = 0;
};
