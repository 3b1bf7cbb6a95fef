#include "core/display/UsageLevel.h"

#include "core/api/UsageSnapshot.h"

#include <QCoreApplication>

bool UsageThresholds::isValid() const {
    return warningPercent > 0.0 && criticalPercent <= 100.0 && warningPercent < criticalPercent;
}

UsageLevel UsageThresholds::levelFor(std::optional<double> percentUsed) const {
    if (!percentUsed)
        return UsageLevel::NoAllocation;
    // Exactly 100 % is still within the allocation; only more than that is over.
    if (*percentUsed > 100.0)
        return UsageLevel::Over;
    if (*percentUsed >= criticalPercent)
        return UsageLevel::Critical;
    if (*percentUsed >= warningPercent)
        return UsageLevel::Warning;
    return UsageLevel::Normal;
}

UsageLevel UsageThresholds::levelFor(const UnitUsage &unit) const {
    return levelFor(unit.percentUsed());
}

QString UsageThresholds::levelName(UsageLevel level) {
    switch (level) {
    case UsageLevel::NoAllocation:
        return QCoreApplication::translate("UsageLevel", "No allocation");
    case UsageLevel::Normal:
        return QCoreApplication::translate("UsageLevel", "Normal");
    case UsageLevel::Warning:
        return QCoreApplication::translate("UsageLevel", "Warning");
    case UsageLevel::Critical:
        return QCoreApplication::translate("UsageLevel", "Critical");
    case UsageLevel::Over:
        return QCoreApplication::translate("UsageLevel", "Over allocation");
    }
    return {};
}

int severityOf(UsageLevel level) {
    switch (level) {
    case UsageLevel::NoAllocation:
        return 0;
    case UsageLevel::Normal:
        return 1;
    case UsageLevel::Warning:
        return 2;
    case UsageLevel::Critical:
        return 3;
    case UsageLevel::Over:
        return 4;
    }
    return 0;
}
