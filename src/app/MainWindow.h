// The dashboard window: shows the model of the latest snapshot (header, bars, charts, status) and
// forwards the person's actions (refresh, export, copy, settings) to the service and to signals.
#pragma once

#include "core/api/UsageError.h"
#include "core/api/UsageSnapshot.h"
#include "core/display/UsageLevel.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class Clock;
class DashboardText;
class HistoryTrendPanel;
class QLabel;
class QProgressBar;
class QTimer;
class UsageHistory;
class UsageService;
class UsageTableModel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The service and history outlive the window; the clock gives "now" for every countdown. Each
    // snapshot received is recorded in the history, which feeds the over-time chart.
    MainWindow(UsageService &service, UsageHistory &history, const Clock &clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // The actions, so the tray menu can offer the same ones (same shortcuts, same enabled state).
    QAction *refreshAction() const;
    QAction *exportAction() const;
    QAction *copySummaryAction() const;
    QAction *settingsAction() const;
    QAction *aboutAction() const;
    QAction *quitAction() const;

    UsageTableModel *model() const { return m_model; }
    void setThresholds(const UsageThresholds &thresholds);

    // Labels everything as demo data (banner, title, summary).
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }

    // What to say while there is no snapshot; offerDemo shows the "Show demo data" button.
    void setEmptyState(const QString &title, const QString &text, bool offerDemo);
    // Replaces the built-in empty page (e.g. with a welcome view that asks for the key); the window
    // takes ownership and shows it until the first snapshot arrives.
    void setEmptyStateWidget(QWidget *widget);
    bool isShowingDashboard() const;

    // Writes the shown snapshot as CSV to path, atomically. False with a reason on failure.
    bool exportSnapshotTo(const QString &path, QString *error = nullptr);
    // The plain text "Copy summary" puts on the clipboard.
    QString summaryText() const;
    // "allium-usage-2026-04-24.csv" for today's date.
    QString proposedExportFileName() const;

    bool isStale() const { return m_stale; }
    // The unit the over-time chart shows ("developer_units"), or empty.
    QString overTimeUnitKey() const;
    // The over-time view beside the percent chart: unit and period pickers, forecast, trend chart.
    HistoryTrendPanel *trendPanel() const { return m_trendPanel; }

public slots:
    // Shows a snapshot: the service's signal calls this, and so can a snapshot restored from the
    // history store at start (pass stale = true to mark it as old until a refresh succeeds).
    void showSnapshot(const UsageSnapshot &snapshot, bool stale = false);
    // Recomputes every time-dependent text; a timer calls it, tests call it after moving the clock.
    void refreshTimeTexts();

signals:
    void settingsRequested();
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Also on hide: a tray that hides the window instead of closing it must not lose the size.
    void hideEvent(QHideEvent *event) override;

private:
    void showError(const UsageError &error);
    void showBusy(bool busy);
    void hideErrorBanner();
    void updateHeader();
    void updateActions();
    void updateWindowTitle();
    void exportWithDialog();
    void copySummary();
    void showAbout();
    void saveWindowState() const;
    void restoreWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    UsageService &m_service;
    UsageHistory &m_history;
    const Clock &m_clock;
    std::unique_ptr<DashboardText> m_text;
    UsageTableModel *m_model;
    QTimer *m_clockTimer;
    QLabel *m_updatedLabel;
    QLabel *m_nextRefreshLabel;
    QLabel *m_staleLabel;
    QProgressBar *m_busyIndicator;
    HistoryTrendPanel *m_trendPanel;
    QWidget *m_emptyWidget = nullptr;
    std::optional<UsageSnapshot> m_snapshot;
    std::optional<UsageError> m_error;
    bool m_stale = false;
    bool m_demo = false;
};
