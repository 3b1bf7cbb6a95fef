// The trend chart: one unit's consumption through a whole allocation period from the history
// store, the allocation as a line, and the projection drawn dashed to the period end.
#pragma once

#include "core/history/TrendChartData.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

class TrendChartView final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChartView)

public:
    explicit TrendChartView(QWidget *parent = nullptr);

    // unitLabel names the line ("Developer units"); data comes ready to draw from the core.
    void setData(const QString &unitLabel, const TrendChartData &data);
    const TrendChartData &data() const { return m_data; }
    // Points the chart can show: its plot width in pixels (what the data is thinned to).
    int plotWidth() const;

signals:
    // The width changed enough that the data should be thinned again.
    void plotWidthChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();

    // Made once and refilled: removing and re-adding axes while a resize is being handled left
    // stale axis labels on screen (Qt Charts 6.4).
    QLineSeries *m_allocation;
    QLineSeries *m_consumed;
    QLineSeries *m_projected;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_amountAxis;
    QString m_label;
    TrendChartData m_data;
    int m_lastWidth = 0;
};
