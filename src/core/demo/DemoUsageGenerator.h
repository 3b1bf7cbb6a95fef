// Made-up but realistic usage for `--demo`: an organization part-way through the current month,
// whose consumption grows smoothly with time so that charts move and a forecast means something.
#pragma once

#include <QByteArray>
#include <QDateTime>

// Deterministic: the same "now" always gives the same body, and a later "now" never gives less
// consumption within a month. The month is the calendar month of now in UTC; consumption starts
// at zero on the 1st and would end the month at about 72 % of the developer allocation and 55 %
// of the explorer allocation (under the usual 80 % warning), rising faster in the daytime (UTC).
class DemoUsageGenerator final {
public:
    static constexpr double DeveloperAllocation = 2000000.0;
    static constexpr double ExplorerAllocation = 100.0;
    static constexpr double DeveloperShareAtMonthEnd = 0.72;
    static constexpr double ExplorerShareAtMonthEnd = 0.55;

    // The JSON body the real endpoint would send at now, in its documented shape.
    QByteArray responseBody(const QDateTime &now) const;

    // The fraction of the month's consumption done by now: 0 at the start of the month, 1 at its
    // end, never decreasing, steeper in the daytime.
    static double consumedShareOfMonth(const QDateTime &now);
};
