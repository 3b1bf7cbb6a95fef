#include "app/DesktopNotifier.h"

#include <QSystemTrayIcon>

DesktopNotifier::DesktopNotifier(std::function<QSystemTrayIcon *()> shownTray, QObject *parent)
    : QObject(parent)
    , m_shownTray(std::move(shownTray)) {}

DesktopNotifier::~DesktopNotifier() = default;

DesktopNotifier::Route DesktopNotifier::routeFor(bool trayShown, bool balloonsSupported,
                                                 bool busConnected) {
    if (trayShown && balloonsSupported)
        return Route::TrayBalloon;
    if (busConnected)
        return Route::NotificationService;
    return Route::LogOnly;
}

DesktopNotifier::Route DesktopNotifier::route() const {
    const bool trayShown = m_shownTray && m_shownTray();
    // The bus is only asked about when the tray cannot carry the message.
    if (trayShown && QSystemTrayIcon::supportsMessages())
        return Route::TrayBalloon;
    return routeFor(false, false, m_service.isBusConnected());
}

void DesktopNotifier::show(const QString &title, const QString &body,
                           FreedesktopNotifications::Urgency urgency) {
    const Route chosen = route();
    switch (chosen) {
    case Route::TrayBalloon:
        m_shownTray()->showMessage(title, body,
                                   urgency == FreedesktopNotifications::Urgency::Critical
                                       ? QSystemTrayIcon::Critical
                                       : QSystemTrayIcon::Warning);
        break;
    case Route::NotificationService:
    case Route::LogOnly:
        // Without a bus the service writes the log line itself.
        m_service.notify(title, body, urgency);
        break;
    }
    emit shown(chosen);
}
