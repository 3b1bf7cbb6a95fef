// Puts a notification in front of the person by the best route the desktop offers: the tray icon's
// balloon when a tray shows our icon, else the freedesktop notification service on the session
// bus (desktops without a tray), else a log line, so that a notification is never dropped silently.
#pragma once

#include "core/desktop/FreedesktopNotifications.h"

#include <QObject>

#include <functional>

class QSystemTrayIcon;

class DesktopNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    enum class Route { TrayBalloon, NotificationService, LogOnly };
    Q_ENUM(Route)

    // shownTray gives the tray icon while it is really on a panel, else nullptr (TrayController
    // knows, and its tests override it).
    explicit DesktopNotifier(std::function<QSystemTrayIcon *()> shownTray,
                             QObject *parent = nullptr);
    ~DesktopNotifier() override;

    static Route routeFor(bool trayShown, bool balloonsSupported, bool busConnected);
    Route route() const;
    FreedesktopNotifications &notificationService() { return m_service; }

    void show(const QString &title, const QString &body, FreedesktopNotifications::Urgency urgency);

signals:
    // Which way the last notification went (the service may still fail and log it).
    void shown(DesktopNotifier::Route route);

private:
    std::function<QSystemTrayIcon *()> m_shownTray;
    FreedesktopNotifications m_service;
};
