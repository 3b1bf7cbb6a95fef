// What one unit's card on the dashboard says, worked out from the reading: the figure and the
// amounts (shortened where large, exact for tooltips and copies), where the bar and the forecast's
// mark go, the unit's forecast and its daily rate. The card widget only lays these out.
#pragma once

#include "core/display/UsageLevel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class SnapshotForecasts;
class UsageFormat;
struct UsageSnapshot;

struct UnitOverview {
    Q_DECLARE_TR_FUNCTIONS(UnitOverview)

public:
    QString key;   // "developer_units"
    QString label; // "Developer units"
    UsageLevel level = UsageLevel::NoAllocation;
    std::optional<double> percent; // used, of the allocation; empty without one
    // Where the forecast puts the end of the period, in percent of the allocation; empty without
    // a fitted projection.
    std::optional<double> projectedPercent;
    QString figure;       // "59.7 %", "1,234 used", "not reported"
    QString amounts;      // "1.19 M of 2 M", "12.5 of 100"; "allocation 100" when not reported
    QString exactAmounts; // "1,193,499 of 2,000,000 (59.7 %)": the tooltip and the copy
    QString overBy;       // "over by 31.75", or empty
    QString forecast;     // "Projected to run out on 27 Apr, 4 days before the reset"
    QString rate;         // "about 48.3 K a day", or empty without a fitted rate
    QString description;  // all of it in one sentence, for screen readers and the tooltip

    static QList<UnitOverview> of(const UsageSnapshot &snapshot, const SnapshotForecasts &forecasts,
                                  const UsageThresholds &thresholds, bool periodEnded,
                                  const UsageFormat &format);
};
