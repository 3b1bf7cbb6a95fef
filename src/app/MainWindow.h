// The main window, a thin frame around the dashboard of one organization: menus, a toolbar whose
// actions act on the reading shown, a note when no tray shows the icon, the welcome view while
// there is no key, and a status bar saying how fresh the figures are and what happens next. It
// fits the screen it opens on and keeps no figures of its own.
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class AppSettings;
class Clock;
class CurrentReading;
class OrganizationDashboard;
class OrganizationsOverview;
class QLabel;
class QProgressBar;
class QTimer;
class SnapshotActions;
class UnitDetailPanel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The reading and the settings outlive the window; the clock gives "now" for every countdown.
    MainWindow(CurrentReading &reading, AppSettings &settings, const Clock &clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // The actions, so the tray menu can offer the same ones (same shortcuts, same enabled state).
    QAction *overviewAction() const;
    QAction *refreshAction() const;
    QAction *exportAction() const;
    QAction *copySummaryAction() const;
    QAction *settingsAction() const;
    QAction *aboutAction() const;
    QAction *quitAction() const;

    OrganizationDashboard *dashboard() const { return m_dashboard; }
    UnitDetailPanel *detailPanel() const;

    // Shows `reading` from now on (another organization's): its state at once, then its changes.
    void setReading(CurrentReading &reading);
    // The organization shown, named in the title and the export's file name while there are
    // several to tell apart; empty with one.
    void setOrganizationName(const QString &name);
    // Another export for the File menu, beside Export snapshot: Export all organizations, which
    // Export snapshot stands for while the overview is shown.
    void addExportAction(QAction *action);
    // The overview of several organizations (the window takes ownership) and whether it is the
    // page on show rather than the dashboard; All organizations offers it back while available.
    void setOverview(OrganizationsOverview *overview);
    // shown is taken only while available.
    void setOverviewState(bool available, bool shown);
    bool isShowingOverview() const;
    OrganizationsOverview *overview() const { return m_overview; }
    CurrentReading &reading() const { return *m_reading; }

    // What the window shows while there is no source to read from: the welcome view that asks
    // for a key (the window takes ownership; nullptr puts back the dashboard).
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
    // "allium-usage-2026-04-24.csv" for today's date ("allium-usage-demo-..." for demo data).
    QString proposedExportFileName() const;
    // Brings the window forward on one unit's detail (a unit chosen in the tray menu).
    void showUnit(const QString &unitKey);

public slots:
    // Recomputes every time-dependent text; a timer calls it while the window is shown, tests
    // call it after moving the clock.
    void refreshTimeTexts();

signals:
    // All organizations was chosen: show the overview.
    void overviewRequested();
    // Refresh while the overview is shown: every organization, each when its key allows.
    void refreshAllRequested();
    void settingsRequested();
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Also on hide: a tray that hides the window instead of closing it must not lose the size.
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showState();
    void showPage();
    void updateActions();
    void updateIcons();
    void showAbout();
    void saveWindowState() const;
    void restoreWindowState();
    QWidget *createNoTrayNote();

    std::unique_ptr<Ui::MainWindow> m_ui;
    CurrentReading *m_reading;
    AppSettings &m_settings;
    const Clock &m_clock;
    OrganizationDashboard *m_dashboard;
    SnapshotActions *m_actions;
    QTimer *m_clockTimer;
    QLabel *m_freshnessLabel;
    QLabel *m_scheduleLabel;
    QProgressBar *m_busyIndicator;
    QWidget *m_noTrayNote;
    QWidget *m_welcomeWidget = nullptr;
    OrganizationsOverview *m_overview = nullptr;
    QAction *m_exportAllAction = nullptr;
    bool m_overviewShown = false;
    bool m_lookingForKey = false;
    QString m_organizationName;
};
