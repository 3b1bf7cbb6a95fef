#include "core/api/UsageSnapshot.h"

#include "core/api/ServerText.h"

#include <QCoreApplication>

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

// Digits after the decimal point in the shortest text of value: 12.5 -> 1, 341523 -> 0.
int decimalPlaces(double value) {
    const QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    const int point = text.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : int(text.size()) - point - 1;
}

} // namespace

QString UnitUsage::label() const {
    return labelForKey(key);
}

QString UnitUsage::labelForKey(const QString &key) {
    if (key == QLatin1String("developer_units"))
        return QCoreApplication::translate("UnitUsage", "Developer units");
    if (key == QLatin1String("explorer_units"))
        return QCoreApplication::translate("UnitUsage", "Explorer units");
    if (key == QLatin1String("credits"))
        return QCoreApplication::translate("UnitUsage", "Credits");

    // A unit the API added later: "sql_units" reads as "Sql units". Its key is server text, so
    // the label is made displayable: it appears in the table, the window, tooltips and balloons.
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    words = words.simplified();
    if (words.isEmpty())
        return ServerText::displayable(key);
    words[0] = words[0].toUpper();
    return ServerText::displayable(words);
}

std::optional<double> UnitUsage::remaining() const {
    if (!allocated || *allocated == 0.0 || !consumed)
        return std::nullopt;
    // Binary floating point turns 0.3 - 0.1 into 0.19999999999999998; a person (and the CSV)
    // expects 0.2. The exact difference has no more decimals than its operands, so round to those.
    const double difference = *allocated - *consumed;
    const double scale =
        std::pow(10.0, std::max(decimalPlaces(*allocated), decimalPlaces(*consumed)));
    const double scaled = difference * scale;
    if (!std::isfinite(scaled) || std::abs(scaled) >= 9007199254740992.0) // 2^53: nothing to round
        return difference;
    return std::round(scaled) / scale + 0.0;
}

std::optional<double> UnitUsage::percentUsed() const {
    if (!allocated || *allocated == 0.0 || !consumed)
        return std::nullopt;
    // A tiny (denormal) allocation makes the quotient infinite: that is no percentage, and the
    // CSV, the JSON and the table all show none rather than "inf" in one and null in another.
    const double percent = *consumed / *allocated * 100.0;
    if (!std::isfinite(percent))
        return std::nullopt;
    return percent;
}

bool UnitUsage::operator==(const UnitUsage &other) const {
    return key == other.key && consumed == other.consumed && allocated == other.allocated;
}

AllocationCadence UsageSnapshot::cadence() const {
    if (cadenceText.isEmpty())
        return AllocationCadence::None;
    if (cadenceText == QLatin1String("monthly"))
        return AllocationCadence::Monthly;
    if (cadenceText == QLatin1String("annual"))
        return AllocationCadence::Annual;
    return AllocationCadence::Unknown;
}

bool UsageSnapshot::hasAllocationPeriod() const {
    return allocationPeriodStart.isValid() && allocationPeriodEnd.isValid();
}

QDateTime UsageSnapshot::periodStart() const {
    return hasAllocationPeriod() ? allocationPeriodStart : billingPeriodStart;
}

QDateTime UsageSnapshot::periodEnd() const {
    return hasAllocationPeriod() ? allocationPeriodEnd : billingPeriodEnd;
}

bool UsageSnapshot::periodEndedBy(const QDateTime &now) const {
    const QDateTime end = periodEnd();
    return end.isValid() && now.isValid() && now >= end;
}

const UnitUsage *UsageSnapshot::unit(const QString &key) const {
    const auto found = std::find_if(units.cbegin(), units.cend(),
                                    [&key](const UnitUsage &unit) { return unit.key == key; });
    return found == units.cend() ? nullptr : &*found;
}

const UnitUsage *UsageSnapshot::mostConsumedUnit() const {
    const UnitUsage *most = nullptr;
    for (const UnitUsage &unit : units) {
        const auto percent = unit.percentUsed();
        if (percent && (!most || *percent > *most->percentUsed()))
            most = &unit;
    }
    return most;
}

bool UsageSnapshot::sameReadingAs(const UsageSnapshot &other) const {
    return billingPeriodStart == other.billingPeriodStart &&
           billingPeriodEnd == other.billingPeriodEnd &&
           allocationPeriodStart == other.allocationPeriodStart &&
           allocationPeriodEnd == other.allocationPeriodEnd && cadenceText == other.cadenceText &&
           units == other.units;
}
