#include "core/display/UsageFormat.h"

#include "core/api/UsageSnapshot.h"

#include <cmath>

UsageFormat::UsageFormat(const QLocale &locale)
    : m_locale(locale) {
    // The C locale omits group separators by default; people read 2,000,000 better.
    m_locale.setNumberOptions(m_locale.numberOptions() & ~QLocale::OmitGroupSeparator);
}

QString UsageFormat::amount(double value) const {
    if (std::isfinite(value) && std::abs(value) < 1e15 && value == std::trunc(value))
        return m_locale.toString(static_cast<qlonglong>(value));

    QString text = m_locale.toString(value, 'f', 2);
    const QString point = m_locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(m_locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString UsageFormat::percent(double value) const {
    //: A percentage with one decimal; %1 is the number, e.g. "17.1 %"
    return tr("%1 %").arg(m_locale.toString(value, 'f', 1));
}

QString UsageFormat::wholePercent(double value) const {
    //: A threshold percentage; %1 is the number, e.g. "75 %"
    return tr("%1 %", "threshold").arg(amount(value));
}

QString UsageFormat::notReported() {
    return tr("not reported");
}

QString UsageFormat::consumed(const UnitUsage &unit) const {
    return unit.consumed ? amount(*unit.consumed) : notReported();
}

QString UsageFormat::unitLine(const UnitUsage &unit) const {
    const auto percentUsed = unit.percentUsed();
    if (!unit.consumed && unit.allocated) {
        //: %1 unit name, %2 allocated, e.g. "Developer units: consumption not reported (allocation
        //: 2,000,000)"
        return tr("%1: consumption not reported (allocation %2)")
            .arg(unit.label(), amount(*unit.allocated));
    }
    if (!unit.consumed)
        return tr("%1: consumption not reported").arg(unit.label());
    if (!unit.allocated || !percentUsed)
        return consumedOnlyLine(unit);
    //: %1 unit name, %2 consumed, %3 allocated, %4 percentage, e.g.
    //: "Developer units: 341,523 of 2,000,000 (17.1 %)"
    return tr("%1: %2 of %3 (%4)")
        .arg(unit.label(), amount(*unit.consumed), amount(*unit.allocated), percent(*percentUsed));
}

QString UsageFormat::consumedOnlyLine(const UnitUsage &unit) const {
    if (unit.allocated && *unit.allocated == 0.0)
        return tr("%1: %2 used (allocation is 0)").arg(unit.label(), consumed(unit));
    return tr("%1: %2 used (no allocation)").arg(unit.label(), consumed(unit));
}

QString UsageFormat::overBy(const UnitUsage &unit) const {
    const auto remaining = unit.remaining();
    if (!remaining || *remaining >= 0.0)
        return {};
    return tr("over by %1").arg(amount(-*remaining));
}

QString UsageFormat::levelRange(UsageLevel level, const UsageThresholds &thresholds) const {
    const QString name = UsageThresholds::levelName(level);
    const QString warning = wholePercent(thresholds.warningPercent);
    const QString critical = wholePercent(thresholds.criticalPercent);
    const QString full = wholePercent(100.0);
    switch (level) {
    case UsageLevel::NoAllocation:
        break;
    case UsageLevel::Normal:
        //: Chart legend: %1 level name, %2 the warning threshold, e.g. "Normal: below 75 %"
        return tr("%1: below %2").arg(name, warning);
    case UsageLevel::Warning:
    case UsageLevel::Critical:
        //: Chart legend: %1 level name, %2 and %3 its range, e.g. "Warning: 75 % to 90 %"
        return tr("%1: %2 to %3")
            .arg(name, level == UsageLevel::Warning ? warning : critical,
                 level == UsageLevel::Warning ? critical : full);
    case UsageLevel::Over:
        //: Chart legend: %1 level name, %2 is 100 %, e.g. "Over allocation: above 100 %"
        return tr("%1: above %2").arg(name, full);
    }
    return name;
}
