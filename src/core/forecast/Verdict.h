// The dashboard's answer at a glance: the unit closest to running out, its figure in its level's
// colour, and a plain sentence with the reason ("Projected to run out on 27 Dec, 4 days before the
// reset", "On pace: about 72 % at reset"). The window's headline, the tray menu and the copied
// summary all say it in these words.
#pragma once

#include "core/display/UsageLevel.h"

#include <QCoreApplication>
#include <QString>

class SnapshotForecasts;
class UsageFormat;
struct UsageSnapshot;

struct Verdict {
    Q_DECLARE_TR_FUNCTIONS(Verdict)

public:
    QString unitKey;   // the unit spoken of; empty when no unit reports a consumption
    QString unitLabel; // "Explorer units"
    QString figure;    // "82 %", or "1,234 used" for a unit without an allocation
    UsageLevel level = UsageLevel::NoAllocation;
    QString sentence; // "Projected to run out on 27 Dec, 4 days before the reset"

    // "Explorer units 82 % · Projected to run out on 27 Dec, 4 days before the reset"; empty
    // without a unit.
    QString line() const;

    // periodEnded: the reported period is over (then nothing is projected).
    static Verdict of(const UsageSnapshot &snapshot, const SnapshotForecasts &forecasts,
                      const UsageThresholds &thresholds, bool periodEnded,
                      const UsageFormat &format);
};
