// The dashboard's detail view of one unit over a whole period: its title, a period picker and the
// detail chart, read from the current reading (the current period from its one shared series), and
// the "Export history..." action the window puts in its menu. The unit is the card selected above.
// The chart is made once the window has painted its first frame (the answer and the cards come
// first), or when it is asked for; until then the panel keeps its place.
#pragma once

#include "core/display/UsageLevel.h"

#include <QWidget>

#include <memory>

class Clock;
class CurrentReading;
class DashboardText;
class DetailChartView;
class QAction;
class QComboBox;
class QLabel;

class UnitDetailPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitDetailPanel)

public:
    UnitDetailPanel(CurrentReading &reading, const Clock &clock, QWidget *parent = nullptr);
    ~UnitDetailPanel() override;

    // Shows another reading's history (the organization switched).
    void setReading(CurrentReading &reading);
    // The unit to show, its name and its level (the line's colour).
    void setUnit(const QString &unitKey, const QString &label, UsageLevel level);
    QString unitKey() const { return m_unitKey; }
    QString title() const;

    QAction *exportHistoryAction() const { return m_exportAction; }
    // Made now if it was not yet.
    DetailChartView *chartView();
    QComboBox *periodPicker() const { return m_periodPicker; }

    // Writes the chosen period's readings to path (no dialog); false with a reason on failure.
    bool exportPeriodTo(const QString &path, QString *error = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void updateChart();
    void exportWithDialog();

    CurrentReading *m_reading;
    // Periods read as in the header: first and last day.
    std::unique_ptr<DashboardText> m_text;
    QLabel *m_title;
    QComboBox *m_periodPicker;
    QLabel *m_statusLabel;
    QWidget *m_chartPlace; // where the chart goes; nullptr once it is there
    DetailChartView *m_chart = nullptr;
    QAction *m_exportAction;
    QString m_unitKey;
    QString m_unitLabel;
    UsageLevel m_level = UsageLevel::NoAllocation;
};
