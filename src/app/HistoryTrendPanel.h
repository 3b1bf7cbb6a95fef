// The "Trend and forecast" panel of the dashboard: a unit and a period picker, the forecast text
// and the trend chart, all fed by UsageHistory; plus the "Export history..." action.
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMainWindow;
class TrendChartView;
class UsageHistory;

class HistoryTrendPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTrendPanel)

public:
    explicit HistoryTrendPanel(UsageHistory &history, QWidget *parent = nullptr);

    // Puts a panel into the window as a dock and its export action into the window's File menu
    // (the QMenu named "fileMenu", else the menu bar). The one call a window needs.
    static HistoryTrendPanel *addTo(QMainWindow *window, UsageHistory &history);

    QAction *exportHistoryAction() const { return m_exportAction; }
    TrendChartView *chartView() const { return m_chart; }
    QComboBox *unitPicker() const { return m_unitPicker; }
    QComboBox *periodPicker() const { return m_periodPicker; }
    QString forecastText() const;

    // Writes the chosen period's readings to path (no dialog); false with a reason on failure.
    bool exportPeriodTo(const QString &path, QString *error = nullptr);

private:
    void reload();
    void updateChart();
    void exportWithDialog();

    UsageHistory &m_history;
    QComboBox *m_unitPicker;
    QComboBox *m_periodPicker;
    QLabel *m_forecastLabel;
    QLabel *m_statusLabel;
    TrendChartView *m_chart;
    QAction *m_exportAction;
};
