// One allocation period (or billing period, for plans without an allocation) that the history
// store holds readings for; the period selector lists these.
#pragma once

#include <QDateTime>
#include <QString>

struct HistoryPeriod {
    QDateTime start; // UTC; the key, together with end and the source
    QDateTime end;
    QString cadenceText; // the raw allocation_cadence of the newest reading; empty for none
    QDateTime firstSeen; // first reading in this period
    QDateTime lastSeen;  // last time a reading in this period was seen

    bool contains(const QDateTime &at) const { return at >= start && at < end; }
    bool operator==(const HistoryPeriod &other) const {
        return start == other.start && end == other.end;
    }
};
