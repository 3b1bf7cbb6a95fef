// The "over time" chart: one unit's consumption through the current period, with its allocation as
// a line. Fed a list of points, so it draws the session's readings or the history store's alike.
#pragma once

#include "UsageLevel.h"
#include "UsagePoint.h"

#include <QChartView>

class ConsumptionChartView final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsumptionChartView)

public:
    explicit ConsumptionChartView(QWidget *parent = nullptr);

    // unitLabel names the series ("Developer units"); an empty series shows a note instead. The
    // consumption line takes the colour of the unit's level.
    void setSeries(const QString &unitLabel, const UsageSeries &points,
                   UsageLevel level = UsageLevel::Normal);
    const UsageSeries &series() const { return m_points; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QString m_label;
    UsageSeries m_points;
    UsageLevel m_level = UsageLevel::Normal;
};
