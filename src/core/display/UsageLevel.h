// How close a unit is to its allocation: the level that colours a bar, a chart column or the tray
// icon, from two configurable thresholds.
#pragma once

#include "core/settings/Defaults.h"

#include <optional>

class QString;
struct UnitUsage;

enum class UsageLevel {
    NoAllocation, // nothing to compare against: trials, or a unit with no or a zero allocation
    Normal,
    Warning,
    Critical,
    Over, // consumed more than allocated
};

// How serious a level is, for "worst first": Over > Critical > Warning > Normal > no allocation.
// The one ranking the tray's worst organization and an overview's order use.
int severityOf(UsageLevel level);

// The warning and critical percentages (defaults 75 % and 90 %) and the level they give a unit.
struct UsageThresholds {
    double warningPercent = Defaults::warningPercent;
    double criticalPercent = Defaults::criticalPercent;

    // Both within 0..100 and warning below critical.
    bool isValid() const;
    bool operator==(const UsageThresholds &other) const {
        return warningPercent == other.warningPercent && criticalPercent == other.criticalPercent;
    }

    UsageLevel levelFor(std::optional<double> percentUsed) const;
    UsageLevel levelFor(const UnitUsage &unit) const;

    // A person's word for a level ("Warning"), for accessible descriptions and legends.
    static QString levelName(UsageLevel level);
};
