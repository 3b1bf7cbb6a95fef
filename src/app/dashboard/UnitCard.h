// One unit on the dashboard: its name and figure in its level's colour, used and allocation
// (shortened; exact in the tooltip and the context menu's copy), the bar with the forecast's mark,
// the unit's forecast and daily rate, and its trend line. A card is focusable and selectable:
// choosing it (click, Space, Enter) shows the unit in the detail chart.
#pragma once

#include "core/display/UnitOverview.h"
#include "core/history/TrendChartData.h"

#include <QWidget>

class QLabel;
class Sparkline;
class UsageGauge;

class UnitCard final : public QWidget {
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
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

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
    bool m_hovered = false;
};
