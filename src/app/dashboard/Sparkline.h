// A unit's small trend line on its card: the period's consumption so far, filled below, and the
// projection dashed to the period's end, on the period's own time scale so that the line stops
// where today is. Not focusable: the detail chart below is the one to explore.
#pragma once

#include "core/display/UsageLevel.h"
#include "core/history/TrendChartData.h"

#include <QWidget>

class Sparkline final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sparkline)

public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setData(const TrendChartData &data, UsageLevel level);
    // The level alone (its colour), when the figures change before the line does.
    void setLevel(UsageLevel level);
    const TrendChartData &data() const { return m_data; }
    // Points the line can show: about one per two pixels.
    int pointBudget() const { return std::max(16, width() / 2); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    TrendChartData m_data;
    UsageLevel m_level = UsageLevel::NoAllocation;
};
