// What the tray shows at a glance, worked out from the current reading's state: the icon's look,
// the gauge level of the most-consumed unit, and the tooltip text. Pure logic, so the tray widget
// only draws and displays it.
#pragma once

#include "core/display/UsageLevel.h"
#include "core/reading/ReadingState.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Clock;
class SnapshotForecasts;

struct TrayStatus {
    Q_DECLARE_TR_FUNCTIONS(TrayStatus)

public:
    enum class Look {
        NoKey,   // nothing to show until a key is entered
        Loading, // waiting for the first reading (quiet retries included)
        Usage,   // a current reading (or a recorded one on its way to being refreshed)
        Stale,   // the figures are old: the refresh failed for good, or their period ended
        Error,   // no reading at all, only an error worth a banner
    };

    // One line at the top of the tray menu: a unit's figures, so most people never need the
    // window ("Developer units: 59.7 % (1.19 M of 2 M)").
    struct UnitLine {
        QString unitKey;
        QString text;
    };

    Look look = Look::NoKey;
    double percent = 0.0; // of the most-consumed unit; may exceed 100
    UsageLevel level = UsageLevel::NoAllocation;
    QString toolTip;
    QList<UnitLine> unitLines;
    QString periodLine; // "Resets in 5 days, on 1 Dec", or the ended period
    QString verdict;    // "Explorer units 82 % · Projected to run out on 27 Dec, ..."

    // What the icon is drawn from, and nothing else: the icon is drawn again only when it
    // changes.
    bool drawsLike(const TrayStatus &other) const {
        return look == other.look && level == other.level &&
               qRound(percent * 10) == qRound(other.percent * 10);
    }

    // forecasts: the reading's, for the verdict (empty: no verdict line).
    static TrayStatus from(const ReadingState &state, const UsageThresholds &thresholds,
                           const SnapshotForecasts &forecasts, const Clock &clock);
};
