// Plays the desktop's notification server for tests: owns org.freedesktop.Notifications on the
// session bus through a connection of its own, so that calls reach it as real D-Bus messages, and
// records what it was asked to show.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class RecordingNotificationServer final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_DISABLE_COPY_MOVE(RecordingNotificationServer)

public:
    struct Notification {
        QString appName;
        QString appIcon;
        QString summary;
        QString body;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    explicit RecordingNotificationServer(QObject *parent = nullptr);
    ~RecordingNotificationServer() override;

    // Whether the name and object are registered on the session bus (false without a bus, or
    // when another server already owns the name).
    bool isRegistered() const { return m_registered; }
    QString problem() const { return m_problem; }
    const QList<Notification> &received() const { return m_received; }

public slots:
    // The specification's methods, with its argument order; exported to the bus.
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities() const;
    void CloseNotification(uint id);
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const;

signals:
    void notified();

private:
    QString m_connectionName;
    bool m_registered = false;
    QString m_problem;
    QList<Notification> m_received;
    uint m_lastId = 0;
};
