// The snapshots the dashboard has seen, oldest first, and the per-unit series the over-time chart
// draws. Fed by each refresh (append) or all at once from a persistent store (setSnapshots).
#pragma once

#include "UsagePoint.h"
#include "UsageSnapshot.h"

#include <QList>
#include <QObject>

class SessionHistory final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHistory)

public:
    explicit SessionHistory(QObject *parent = nullptr);

    // Adds a reading. A run of equal readings keeps only its first and its latest, so an idle
    // organization polled all day does not grow the list, and the flat stretch still shows.
    void append(const UsageSnapshot &snapshot);
    // Replaces everything, e.g. with the readings loaded from the history store; sorted by time.
    void setSnapshots(QList<UsageSnapshot> snapshots);
    void clear();

    const QList<UsageSnapshot> &snapshots() const { return m_snapshots; }
    bool isEmpty() const { return m_snapshots.isEmpty(); }

    // The readings of one unit during the latest snapshot's allocation period (or billing period
    // when there is no allocation period), oldest first: earlier periods never mix into the line.
    UsageSeries series(const QString &unitKey) const;

signals:
    void changed();

private:
    QList<UsageSnapshot> m_snapshots;
};
