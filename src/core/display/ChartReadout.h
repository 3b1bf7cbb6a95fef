// What the detail chart says where the pointer (or the keyboard) rests: the reading nearest in
// time, or past the last reading the projection, as a point to mark and two lines of text
// ("Tue 14 Apr, 14:00" / "1,193,499 · 59.7 %"). The chart widget only draws it.
#pragma once

#include "core/history/TrendChartData.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

#include <optional>

class DashboardText;

struct ChartReadout {
    Q_DECLARE_TR_FUNCTIONS(ChartReadout)

public:
    QPointF point; // x: milliseconds since the epoch, y: the amount
    bool projected = false;
    QString title; // when: "14 Apr 14:00", "Projected for 30 Apr"
    QString value; // what: "1,193,499 (59.7 %)", "about 1.44 M (72 %)"

    QString text() const { return title + QLatin1Char('\n') + value; }

    // Nearest to x (milliseconds since the epoch); empty when the chart has no points.
    static std::optional<ChartReadout> at(const TrendChartData &data, double x,
                                          const DashboardText &text);
    // The reading before (direction < 0) or after (> 0) the one at x, for the arrow keys; from
    // the last reading, one step right goes to the end of the projection.
    static std::optional<ChartReadout> step(const TrendChartData &data, double x, int direction,
                                            const DashboardText &text);
};
