#include "core/display/UsageFormat.h"

#include "core/api/UsageSnapshot.h"

#include <algorithm>
#include <cmath>

namespace {

// "4,321.50" reads "4,321.5", "12.00" reads "12": decimals only where they say something.
QString withoutTrailingZeros(QString text, const QLocale &locale) {
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace

UsageFormat::UsageFormat(const QLocale &locale)
    : m_locale(locale) {
    // The C locale omits group separators by default; people read 2,000,000 better.
    m_locale.setNumberOptions(m_locale.numberOptions() & ~QLocale::OmitGroupSeparator);
}

QString UsageFormat::amount(double value) const {
    if (std::isfinite(value) && std::abs(value) < 1e15 && value == std::trunc(value))
        return m_locale.toString(static_cast<qlonglong>(value));

    return withoutTrailingZeros(m_locale.toString(value, 'f', 2), m_locale);
}

QString UsageFormat::compactAmount(double value) const {
    const double magnitude = std::abs(value);
    if (!std::isfinite(value) || magnitude < 10'000.0)
        return amount(value);
    // Three significant digits first, so that 999,950 reads "1 M" and never "1,000 K".
    const double digit = std::pow(10.0, std::floor(std::log10(magnitude)) - 2.0);
    const double rounded = std::round(magnitude / digit) * digit;
    struct Scale {
        double factor;
        QString text;
    };
    const Scale scales[] = {
        //: A trillion, shortened: %1 is e.g. "1.23"
        {1e12, tr("%1 T", "trillion")},
        //: A billion (a thousand millions), shortened: %1 is e.g. "4.5"
        {1e9, tr("%1 B", "billion")},
        //: A million, shortened: %1 is e.g. "1.19"
        {1e6, tr("%1 M", "million")},
        //: A thousand, shortened: %1 is e.g. "342"
        {1e3, tr("%1 K", "thousand")},
    };
    for (const Scale &scale : scales) {
        if (rounded < scale.factor)
            continue;
        const double number = rounded / scale.factor;
        const int decimals = number < 10.0 ? 2 : number < 100.0 ? 1 : 0;
        return scale.text.arg(withoutTrailingZeros(
            m_locale.toString(value < 0 ? -number : number, 'f', decimals), m_locale));
    }
    return amount(value);
}

QString UsageFormat::percent(double value) const {
    if (value > 0.0 && value < 0.05)
        //: Usage that is not zero but rounds to 0.0 %; %1 is "0.1"
        return tr("< %1 %").arg(m_locale.toString(0.1, 'f', 1));
    if (value > 100.0 && value < 100.05)
        //: Usage just past the allocation, which would round to 100.0 %; %1 is "100.0"
        return tr("> %1 %").arg(m_locale.toString(100.0, 'f', 1));
    // Short of the allocation never reads as all of it.
    const double shown = value < 100.0 && value >= 99.95 ? 99.9 : value;
    //: A percentage with one decimal; %1 is the number, e.g. "17.1 %"
    return tr("%1 %").arg(m_locale.toString(shown, 'f', 1));
}

QString UsageFormat::headlinePercent(double value) const {
    if (value < 10.0)
        return percent(value);
    const double shown = value < 100.0 ? std::min(std::round(value), 99.0) : std::round(value);
    if (value > 100.0 && shown <= 100.0)
        return percent(value);
    //: A percentage rounded to a whole number for a headline; %1 is the number, e.g. "82 %"
    return tr("%1 %", "headline").arg(m_locale.toString(qlonglong(shown)));
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
