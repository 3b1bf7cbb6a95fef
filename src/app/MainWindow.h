// The dashboard window, a view of the current reading: shows its state (header, bars, charts,
// error banner, status) whenever it changes, and forwards the person's actions (refresh, export,
// copy, settings, demo) to the reading and to signals. It keeps no figures of its own.
#pragma once

#include "core/api/UsageError.h"

#include <QMainWindow>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class AppSettings;
class Clock;
class CurrentReading;
class HistoryTrendPanel;
class QLabel;
class QProgressBar;
class QTimer;
class ReadingText;
class SnapshotActions;
class UsageTableModel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The reading and the settings outlive the window; the clock gives "now" for every countdown.
    MainWindow(CurrentReading &reading, AppSettings &settings, const Clock &clock,
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

    // Shows `reading` from now on (another organization's): its state at once, then its changes.
    void setReading(CurrentReading &reading);
    // The organization shown, named in the title and the export's file name while there are
    // several to tell apart; empty with one.
    void setOrganizationName(const QString &name);
    // Another export for the File menu, beside Export snapshot (Export all organizations).
    void addExportAction(QAction *action);
    CurrentReading &reading() const { return *m_reading; }

    // What the window shows while there is no source to read from: the welcome view that asks
    // for a key (the window takes ownership; nullptr puts back its own page).
    void setWelcomeWidget(QWidget *widget);
    // While the key is being looked up (a keychain can take seconds), say so instead of "no key".
    void setLookingForKey(bool looking);
    // A note, not a box: no tray shows the icon yet, so closing the window quits. Hidden for good
    // once the person dismisses it.
    void setNoTrayNoteVisible(bool visible);
    bool isShowingDashboard() const;

    // Writes the shown snapshot as CSV to path, atomically. False with a reason on failure.
    bool exportSnapshotTo(const QString &path, QString *error = nullptr);
    // The plain text "Copy summary" puts on the clipboard.
    QString summaryText() const;
    // "allium-usage-2026-04-24.csv" for today's date.
    QString proposedExportFileName() const;

    // The unit the over-time chart shows ("developer_units"), or empty.
    QString overTimeUnitKey() const;
    // The over-time view beside the percent chart: unit and period pickers, forecast, trend chart.
    HistoryTrendPanel *trendPanel() const { return m_trendPanel; }

public slots:
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
    void showState();
    void showPage();
    void showHeader();
    void showBanner();
    void updateActions();
    void showAbout();
    void saveWindowState() const;
    void restoreWindowState();
    QWidget *createNoTrayNote();

    std::unique_ptr<Ui::MainWindow> m_ui;
    CurrentReading *m_reading;
    AppSettings &m_settings;
    const Clock &m_clock;
    std::unique_ptr<ReadingText> m_text;
    SnapshotActions *m_actions;
    UsageTableModel *m_model;
    QTimer *m_clockTimer;
    QLabel *m_freshnessLabel;
    QLabel *m_scheduleLabel;
    QProgressBar *m_busyIndicator;
    HistoryTrendPanel *m_trendPanel;
    QWidget *m_noTrayNote;
    QWidget *m_welcomeWidget = nullptr;
    bool m_lookingForKey = false;
    QString m_organizationName;
    // The banner the person dismissed stays away until another error (or a success) comes.
    std::optional<std::pair<UsageErrorKind, QString>> m_dismissedError;
};
