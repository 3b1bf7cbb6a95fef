// What the tray shows at a glance, worked out from the service's state: the icon's look, the
// gauge level of the most-consumed unit, and the tooltip text. Pure logic, so the tray widget
// only draws and displays it.
#pragma once

#include "core/api/UsageError.h"
#include "core/api/UsageSnapshot.h"
#include "core/display/UsageLevel.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Clock;

struct TrayStatus {
    Q_DECLARE_TR_FUNCTIONS(TrayStatus)

public:
    enum class Look {
        NoKey,   // nothing to show until a key is entered
        Loading, // waiting for the first reading
        Usage,   // a current reading
        Stale,   // the last reading is shown, but the latest refresh failed
        Error,   // no reading at all, only an error
    };

    Look look = Look::NoKey;
    double percent = 0.0; // of the most-consumed unit; may exceed 100
    UsageLevel level = UsageLevel::NoAllocation;
    QString toolTip;

    struct Input {
        bool hasKey = false;
        bool busy = false;
        bool demo = false;
        std::optional<UsageSnapshot> snapshot;
        std::optional<UsageError> error; // the latest refresh's failure, if it failed
        UsageThresholds thresholds;
        QString forecast; // the history's forecast line for the snapshot, if any
    };

    static TrayStatus from(const Input &input, const Clock &clock);
};
