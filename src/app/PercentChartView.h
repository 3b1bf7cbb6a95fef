// The "all units side by side" chart: each unit's consumption as a percentage of its allocation,
// so 100 explorer units and 2,000,000 developer units share one axis, with a line at 100 %.
#pragma once

#include <QChartView>
#include <QPointer>

class QLabel;
class UsageTableModel;

class PercentChartView final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PercentChartView)

public:
    explicit PercentChartView(QWidget *parent = nullptr);

    void setModel(UsageTableModel *model);

    // What the chart shows, for tests and accessibility: one "label: percent" per charted unit.
    QStringList chartedUnits() const { return m_charted; }
    // The legend entries on show, in order ("Warning: 75 % to 90 %", "Allocation (100 %)").
    QStringList legendEntries() const { return m_legendEntries; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void placeLegend();

    QPointer<UsageTableModel> m_model;
    QStringList m_charted;
    QLabel *m_legend;
    QStringList m_legendEntries;
};
