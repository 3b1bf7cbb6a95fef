// What the tray shows at a glance, worked out from the current reading's state: the icon's look,
// the gauge level of the most-consumed unit, and the tooltip text. Pure logic, so the tray widget
// only draws and displays it.
#pragma once

#include "core/display/UsageLevel.h"
#include "core/reading/ReadingState.h"

#include <QCoreApplication>
#include <QString>

class Clock;

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

    Look look = Look::NoKey;
    double percent = 0.0; // of the most-consumed unit; may exceed 100
    UsageLevel level = UsageLevel::NoAllocation;
    QString toolTip;

    // forecast: the reading's forecast line for the tooltip ("Developer units: On track: ..."),
    // or empty.
    static TrayStatus from(const ReadingState &state, const UsageThresholds &thresholds,
                           const QString &forecast, const Clock &clock);
};
