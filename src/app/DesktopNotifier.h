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

    // trayShown says whether the tray icon is really on a panel (TrayController knows, and its
    // tests override it).
    DesktopNotifier(QSystemTrayIcon &tray, std::function<bool()> trayShown,
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
    QSystemTrayIcon &m_tray;
    std::function<bool()> m_trayShown;
    FreedesktopNotifications m_service;
};
