// The dashboard's over-time view: a unit and a period picker, the forecast text and the trend
// chart, all read from the current reading's history; plus the "Export history..." action the
// window puts in its menu.
#pragma once

#include <QWidget>

#include <memory>

class DashboardText;
class QAction;
class QComboBox;
class QLabel;
class TrendChartView;
class CurrentReading;

class HistoryTrendPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTrendPanel)

public:
    explicit HistoryTrendPanel(CurrentReading &reading, QWidget *parent = nullptr);
    ~HistoryTrendPanel() override;

    // Shows `reading`'s history from now on (another organization's).
    void setReading(CurrentReading &reading);

    QAction *exportHistoryAction() const { return m_exportAction; }
    TrendChartView *chartView() const { return m_chart; }
    QComboBox *unitPicker() const { return m_unitPicker; }
    QComboBox *periodPicker() const { return m_periodPicker; }
    // The unit shown ("developer_units"), or empty before the first reading.
    QString unitKey() const;
    QString forecastText() const;

    // Writes the chosen period's readings to path (no dialog); false with a reason on failure.
    bool exportPeriodTo(const QString &path, QString *error = nullptr);

private:
    void reload();
    void updateChart();
    void exportWithDialog();

    CurrentReading *m_reading;
    // Periods read as in the header: first and last day (the clock is not needed for that).
    std::unique_ptr<DashboardText> m_text;
    QComboBox *m_unitPicker;
    QComboBox *m_periodPicker;
    QLabel *m_forecastLabel;
    QLabel *m_statusLabel;
    TrendChartView *m_chart;
    QAction *m_exportAction;
    bool m_unitPicked = false; // the person chose the unit; until then the most consumed is shown
};
