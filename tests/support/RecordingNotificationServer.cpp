#include "support/RecordingNotificationServer.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

RecordingNotificationServer::RecordingNotificationServer(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("recording-notification-server-%1")
                           .arg(reinterpret_cast<quintptr>(this), 0, 16)) {
    QDBusConnection bus =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
    if (!bus.isConnected()) {
        m_problem = QStringLiteral("no session bus: %1").arg(bus.lastError().message());
        return;
    }
    if (!bus.registerObject(path, this, QDBusConnection::ExportAllSlots)) {
        m_problem = QStringLiteral("could not register %1").arg(path);
        return;
    }
    if (!bus.registerService(service)) {
        m_problem = QStringLiteral("could not own %1: %2").arg(service, bus.lastError().message());
        return;
    }
    m_registered = true;
}

RecordingNotificationServer::~RecordingNotificationServer() {
    QDBusConnection bus(m_connectionName);
    if (m_registered)
        bus.unregisterService(service);
    bus.unregisterObject(path);
    QDBusConnection::disconnectFromBus(m_connectionName);
}

uint RecordingNotificationServer::Notify(const QString &appName, uint replacesId,
                                         const QString &appIcon, const QString &summary,
                                         const QString &body, const QStringList &actions,
                                         const QVariantMap &hints, int expireTimeout) {
    Q_UNUSED(actions)
    m_received.append({appName, appIcon, summary, body, hints, expireTimeout});
    emit notified();
    return replacesId != 0 ? replacesId : ++m_lastId;
}

QStringList RecordingNotificationServer::GetCapabilities() const {
    return {QStringLiteral("body")};
}

void RecordingNotificationServer::CloseNotification(uint id) {
    Q_UNUSED(id)
}

QString RecordingNotificationServer::GetServerInformation(QString &vendor, QString &version,
                                                          QString &specVersion) const {
    vendor = QStringLiteral("Allium tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("recording-notification-server");
}
