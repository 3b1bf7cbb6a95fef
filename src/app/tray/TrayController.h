// The system tray, as a view of the current reading: an icon drawn from its state (only when its
// look changes), a tooltip with each unit's percentage, the reset, the verdict and how fresh the
// figures are, a menu that repeats the shown organization's unit figures and reset at the top, and
// the threshold notifications. With several organizations the icon shows the worst of them, and
// the tooltip and the menu list each one with its top figure (choosing one shows it in the
// window). The icon appears whenever a tray host does, even one that starts after the app; until
// then the window says why there is none, without a modal box. Closing the window hides it to the
// tray only while a tray shows the icon.
#pragma once

#include "core/desktop/ThresholdNotifier.h"

#include <QObject>
#include <QSystemTrayIcon>

#include <memory>
#include <vector>

class AppSettings;
class Clock;
class CurrentReading;
class DesktopNotifier;
class MainWindow;
class OrganizationReadings;
class QMenu;
class QAction;
class QTimer;
class TrayHost;
class UsageSnapshot;
struct TrayStatus;

class TrayController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    // The notifier remembers what it announced in notificationStateFile (tests pass a temporary
    // one). Everything passed in outlives the controller.
    TrayController(MainWindow &window, CurrentReading &reading, AppSettings &settings,
                   TrayHost &host, const Clock &clock,
                   const QString &notificationStateFile = ThresholdNotifier::defaultStateFile(),
                   QObject *parent = nullptr);
    ~TrayController() override;

    // The icon, tooltip and figures from now on show `reading` (another organization's).
    void setReading(CurrentReading &reading);
    // From now on the icon, tooltip and menu take in every organization of `readings` (while
    // there is more than one); `readings` outlives the controller.
    void watchOrganizations(const OrganizationReadings &readings);
    // Tells the notifier about a new reading of one organization (see ThresholdNotifier::observe).
    void observe(const QString &scope, const UsageSnapshot &snapshot,
                 const QString &organization = QString(), const QString &earlierScope = QString());

    bool isTrayAvailable() const;
    // The icon, once a tray host exists (nullptr before).
    QSystemTrayIcon *trayIcon() const { return m_tray.get(); }
    // Where threshold notifications go: the tray balloon, or the desktop's notification service.
    DesktopNotifier &desktopNotifier() const { return *m_desktopNotifier; }
    QMenu *menu() const { return m_menu.get(); }
    TrayStatus status() const;
    // How often the icon and the organizations' entry icons were drawn: once per look, however
    // often the readings change, and never while no tray shows them.
    int iconRenderCount() const { return m_iconRenders; }
    // Whether the tooltip is kept up to date by a timer (only while a tray shows it).
    bool isTicking() const;

    // Shows, raises and activates the window (a second launch and "Open dashboard" use this).
    void showWindow();
    void toggleWindow();

signals:
    // A threshold notification was shown (or would have been, with notifications on).
    void notified(const ThresholdNotification &notification);
    // The person chose an organization in the menu: the window should show it.
    void organizationChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void trayAvailabilityChanged();
    void update();
    void updateFigures(const TrayStatus &status);
    void updateOrganizationActions(const TrayStatus &status);
    void applySettings();
    void notify(const ThresholdNotification &notification);

    MainWindow &m_window;
    CurrentReading *m_reading;
    AppSettings &m_settings;
    TrayHost &m_host;
    const Clock &m_clock;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    std::unique_ptr<ThresholdNotifier> m_notifier;
    std::unique_ptr<DesktopNotifier> m_desktopNotifier;
    QAction *m_openAction;
    QAction *m_figuresEnd; // the separator under the figures at the top of the menu
    QList<QAction *> m_figures;
    QTimer *m_ticker;
    std::unique_ptr<TrayStatus> m_drawn; // what the icon shows now
    int m_iconRenders = 0;
    const OrganizationReadings *m_organizations = nullptr;
    // One per organization, after the separator that follows "Open dashboard".
    QList<QAction *> m_organizationActions;
    // What each entry's icon shows now (the gauges cost more than the rest of the window's
    // start-up, so they are drawn again only when they change); one per entry once drawn.
    std::vector<TrayStatus> m_organizationIcons;
    QAction *m_organizationsEnd;
};
