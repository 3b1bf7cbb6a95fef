// Sends a desktop notification to the freedesktop notification service
// (org.freedesktop.Notifications) on the session bus: the way to reach the person on desktops that
// show no system tray. Without a bus, or when no service answers, the notification becomes a log
// line.
#pragma once

#include <QObject>
#include <QString>

class FreedesktopNotifications final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopNotifications)

public:
    enum class Urgency { Normal, Critical };

    static QString serviceName();
    static QString objectPath();
    static QString interfaceName();

    // The session bus; a test may point it at another bus address instead.
    explicit FreedesktopNotifications(QObject *parent = nullptr);
    ~FreedesktopNotifications() override;

    void setBusAddress(const QString &address);
    // Whether a bus is connected at all (the service itself may still be missing, or be started
    // by the bus on the first call).
    bool isBusConnected() const;

    // Asynchronous: never blocks the GUI thread on the bus. Answers with delivered or failed.
    void notify(const QString &summary, const QString &body, Urgency urgency);

signals:
    // The service took the notification and gave it this id.
    void delivered(uint id);
    // Not shown; the reason is also logged, so that nothing is lost silently.
    void failed(const QString &reason);

private:
    void logInstead(const QString &summary, const QString &body, const QString &reason);

    QString m_connectionName;
};
