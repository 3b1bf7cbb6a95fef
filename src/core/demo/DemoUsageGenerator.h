// Made-up but realistic usage for `--demo`: an organization part-way through the current month,
// whose consumption grows smoothly with time so that charts move and a forecast means something.
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <utility>

// Deterministic: the same "now" always gives the same body, and a later "now" never gives less
// consumption within a period. The demo always shows a month well under way: its period is the
// calendar month of now (UTC) from the 11th on, and in the first ten days of a month the month
// from the 16th of the previous one, so a newcomer never meets an empty dashboard on the 1st.
// Consumption starts at zero with the period and would end it at about 72 % of the developer
// allocation and 55 % of the explorer allocation (under the usual 75 % warning), rising faster in
// the daytime (UTC).
class DemoUsageGenerator final {
public:
    static constexpr double DeveloperAllocation = 2000000.0;
    static constexpr double ExplorerAllocation = 100.0;
    static constexpr double DeveloperShareAtMonthEnd = 0.72;
    static constexpr double ExplorerShareAtMonthEnd = 0.55;

    using Period = std::pair<QDateTime, QDateTime>;

    // The JSON body the real endpoint would send at now, in its documented shape.
    QByteArray responseBody(const QDateTime &now) const;
    // The body at `at` within a given period: the demo's past is told in the period of now, also
    // for moments when the server, asked then, would have named another.
    QByteArray responseBody(const QDateTime &at, const Period &period) const;

    // The demo's allocation (and billing) period at now: [start, end), a month long.
    static Period periodAround(const QDateTime &now);
    // The fraction of the period's consumption done by `at`: 0 at its start, 1 at its end, never
    // decreasing, steeper in the daytime.
    static double consumedShareOfPeriod(const QDateTime &at, const Period &period);
    static double consumedShareOfPeriod(const QDateTime &now) {
        return consumedShareOfPeriod(now, periodAround(now));
    }
};
