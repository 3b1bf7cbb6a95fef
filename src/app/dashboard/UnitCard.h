// One unit on the dashboard: its name and figure in its level's colour, used and allocation
// (shortened; exact in the tooltip and the context menu's copy), the bar with the forecast's mark,
// the unit's forecast and daily rate, and its trend line. A card is focusable and selectable:
// choosing it (click, Space, Enter) shows the unit in the detail chart.
#pragma once

#include "app/dashboard/Card.h"
#include "core/display/UnitOverview.h"
#include "core/history/TrendChartData.h"

class QLabel;
class Sparkline;
class UsageGauge;

class UnitCard final : public Card {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitCard)

public:
    explicit UnitCard(QWidget *parent = nullptr);

    void setOverview(const UnitOverview &unit, const UsageThresholds &thresholds);
    void setTrend(const TrendChartData &data);
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    const UnitOverview &overview() const { return m_unit; }
    QString unitKey() const { return m_unit.key; }
    UsageGauge *gauge() const { return m_gauge; }
    Sparkline *trend() const { return m_trend; }
    // What the copy puts on the clipboard: "Developer units: 1,193,499 of 2,000,000 (59.7 %)".
    QString exactText() const;

signals:
    void activated(const QString &unitKey);

protected:
    void choose() override;
    bool isSelectedCard() const override { return m_selected; }
    QColor edgeColour() const override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_name;
    QLabel *m_figure;
    QLabel *m_amounts;
    QLabel *m_overBy;
    UsageGauge *m_gauge;
    QLabel *m_forecast;
    QLabel *m_rate;
    Sparkline *m_trend;
    UnitOverview m_unit;
    bool m_selected = false;
};
