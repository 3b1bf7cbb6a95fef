// The demo's made-up past: what DemoUsageGenerator would have answered at each hour since the
// start of its period (weeks ago, even on the 1st of a month), parsed like a real answer, so that
// a demo run shows a trend and a forecast from its first second.
#pragma once

#include "core/api/UsageSnapshot.h"

#include <QDateTime>
#include <QList>

class DemoUsageBackfill final {
public:
    static constexpr int defaultStepSeconds = 3600;

    // Readings every stepSeconds from the start of the generator's period at now up to, not
    // including, now; oldest first. Each is the generator's body at that time, parsed by
    // UsageParser with that time as its capture time.
    static QList<UsageSnapshot> readings(const QDateTime &now,
                                         int stepSeconds = defaultStepSeconds);
};
