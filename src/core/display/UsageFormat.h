// Numbers and unit lines for people: locale-aware amounts ("341,523"), percentages ("17.1 %") and
// the line a dashboard bar shows ("Developer units: 341,523 of 2,000,000 (17.1 %)").
#pragma once

#include "core/display/UsageLevel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

struct UnitUsage;

class UsageFormat final {
    Q_DECLARE_TR_FUNCTIONS(UsageFormat)

public:
    explicit UsageFormat(const QLocale &locale = QLocale());

    const QLocale &locale() const { return m_locale; }

    // Whole amounts with group separators; fractions with up to two decimals, trailing zeros cut.
    QString amount(double value) const;
    // One decimal and a (locale-spaced) percent sign: "17.1 %".
    QString percent(double value) const;

    // "not reported": what stands where the API gave no consumed amount (never a 0).
    static QString notReported();
    // The consumed amount, or notReported().
    QString consumed(const UnitUsage &unit) const;
    // "Developer units: 341,523 of 2,000,000 (17.1 %)", the consumed-only line without an
    // allocation, or "Developer units: consumption not reported (allocation 2,000,000)".
    QString unitLine(const UnitUsage &unit) const;
    // "Explorer units: 12.5 used (no allocation)".
    QString consumedOnlyLine(const UnitUsage &unit) const;
    // "over by 31.75" when consumption exceeds the allocation; empty otherwise.
    QString overBy(const UnitUsage &unit) const;

    // What a level's colour means with these thresholds, for chart legends: "Normal: below 75 %",
    // "Warning: 75 % to 90 %", "Critical: 90 % to 100 %", "Over allocation: above 100 %".
    QString levelRange(UsageLevel level, const UsageThresholds &thresholds) const;

private:
    // "75 %": a threshold as the person set it, without a needless decimal.
    QString wholePercent(double value) const;

    QLocale m_locale;
};
