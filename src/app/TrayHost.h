// Whether a system tray is there to show the app's icon, now and as panels come and go at login: a
// StatusNotifierItem host (org.kde.StatusNotifierWatcher on the session bus: KDE, GNOME with the
// AppIndicator extension, most Wayland panels) or an XEmbed tray on X11 (trayer, stalonetray, many
// lightweight panels). It never asks Qt's QSystemTrayIcon before a host exists: Qt 6.4 decides
// once per process whether to use the D-Bus tray, so asking while the panel is still starting
// would keep the icon off a tray that appears a second later.
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QTimer>

#include <optional>

class QDBusServiceWatcher;

class TrayHost final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayHost)

public:
    static QString statusNotifierWatcher() {
        return QStringLiteral("org.kde.StatusNotifierWatcher");
    }

    // Watches the session bus; a test passes a connection of its own to the test bus.
    explicit TrayHost(QObject *parent = nullptr);
    explicit TrayHost(const QDBusConnection &bus, QObject *parent = nullptr);
    ~TrayHost() override;

    bool isAvailable() const;
    // What the desktop says, unless set here (tests of both cases on one machine).
    void overrideAvailable(std::optional<bool> available);

signals:
    // A tray host appeared (true) or went away (false).
    void availableChanged(bool available);

private:
    bool statusNotifierHostPresent() const;
    bool xembedTrayPresent() const;
    void recheck();

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher;
    // An XEmbed tray announces itself with an X11 client message Qt does not pass on; while there
    // is no tray, a cheap selection-owner query every few seconds notices it instead.
    QTimer m_xembedPoll;
    bool m_available = false;
    std::optional<bool> m_override;
};
