// The system tray: an icon drawn from the service's state, a tooltip with each unit's percentage,
// the reset and the last update, a menu, threshold notifications, and the window hiding to the
// tray on close when a tray exists (without one, closing quits and the app says once why).
#pragma once

#include "core/api/UsageSnapshot.h"
#include "core/display/UsageLevel.h"

#include <QObject>
#include <QSystemTrayIcon>

#include <functional>
#include <memory>
#include <optional>

class AppSettings;
class Clock;
class DesktopNotifier;
class MainWindow;
class QAction;
class QMenu;
class ThresholdNotifier;
class UsageService;
struct ThresholdNotification;
struct TrayStatus;

class TrayController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    TrayController(MainWindow &window, UsageService &service, AppSettings &settings,
                   const Clock &clock, QObject *parent = nullptr);
    ~TrayController() override;

    // The notifier's memory; tests point it at a temporary file.
    void setNotificationStateFile(const QString &path);
    void setHasKey(bool hasKey);
    void setDemo(bool demo);
    // Gives the tooltip its forecast line ("Developer units: On track: ...").
    void setForecastSource(std::function<QString()> source);
    // Until the first refresh returns, the last recorded reading (shown with its age).
    void setRestoredSnapshotSource(std::function<std::optional<UsageSnapshot>()> source);
    // Re-reads thresholds and notification settings after the Settings dialog saved them.
    void applySettings();

    bool isTrayAvailable() const;
    // What the platform says, unless set here (tests of both cases on one machine).
    void overrideTrayAvailable(std::optional<bool> available);
    QSystemTrayIcon *trayIcon() const { return m_tray.get(); }
    // Where threshold notifications go: the tray balloon, or the desktop's notification service.
    DesktopNotifier &desktopNotifier() const { return *m_desktopNotifier; }
    QMenu *menu() const { return m_menu.get(); }
    TrayStatus status() const;

    // Shows, raises and activates the window (a second launch and "Open dashboard" use this).
    void showWindow();
    void toggleWindow();

signals:
    // A threshold notification was shown (or would have been, with notifications on).
    void notified(const ThresholdNotification &notification);
    // The person was told, once for good, why there is no tray icon.
    void missingTrayExplained();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void notify(const ThresholdNotification &notification);
    void explainMissingTrayOnce();

    MainWindow &m_window;
    UsageService &m_service;
    AppSettings &m_settings;
    const Clock &m_clock;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    std::unique_ptr<ThresholdNotifier> m_notifier;
    std::unique_ptr<DesktopNotifier> m_desktopNotifier;
    QAction *m_openAction;
    UsageThresholds m_thresholds;
    bool m_hasKey = false;
    bool m_demo = false;
    std::optional<bool> m_trayAvailableOverride;
    std::function<QString()> m_forecastSource;
    std::function<std::optional<UsageSnapshot>()> m_restoredSnapshotSource;
};
