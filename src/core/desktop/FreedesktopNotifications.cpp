#include "core/desktop/FreedesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

namespace {

Q_LOGGING_CATEGORY(notificationsLog, "allium.notifications")

// The specification's urgency levels, sent as a byte.
constexpr uchar normalUrgency = 1;
constexpr uchar criticalUrgency = 2;

} // namespace

QString FreedesktopNotifications::serviceName() {
    return QStringLiteral("org.freedesktop.Notifications");
}

QString FreedesktopNotifications::objectPath() {
    return QStringLiteral("/org/freedesktop/Notifications");
}

QString FreedesktopNotifications::interfaceName() {
    return serviceName();
}

FreedesktopNotifications::FreedesktopNotifications(QObject *parent)
    : QObject(parent) {}

FreedesktopNotifications::~FreedesktopNotifications() {
    if (!m_connectionName.isEmpty())
        QDBusConnection::disconnectFromBus(m_connectionName);
}

void FreedesktopNotifications::setBusAddress(const QString &address) {
    if (!m_connectionName.isEmpty())
        QDBusConnection::disconnectFromBus(m_connectionName);
    // One private connection per object, so that two of them never share (or close) a bus.
    m_connectionName =
        QStringLiteral("allium-notifications-%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
    QDBusConnection::connectToBus(address, m_connectionName);
}

bool FreedesktopNotifications::isBusConnected() const {
    const QDBusConnection bus = m_connectionName.isEmpty() ? QDBusConnection::sessionBus()
                                                           : QDBusConnection(m_connectionName);
    return bus.isConnected();
}

void FreedesktopNotifications::notify(const QString &summary, const QString &body,
                                      Urgency urgency) {
    QDBusConnection bus = m_connectionName.isEmpty() ? QDBusConnection::sessionBus()
                                                     : QDBusConnection(m_connectionName);
    if (!bus.isConnected()) {
        logInstead(summary, body, QStringLiteral("there is no session bus"));
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(serviceName(), objectPath(), interfaceName(),
                                                       QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(
        QStringLiteral("urgency"),
        QVariant::fromValue(urgency == Urgency::Critical ? criticalUrgency : normalUrgency));
    // Lets the server show our name and icon from the installed desktop entry.
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(ALLIUM_APP_ID));
    call << QStringLiteral("Allium Usage") << uint(0) << QStringLiteral(ALLIUM_APP_ID) << summary
         << body << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, summary, body] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            logInstead(summary, body, reply.error().message());
            return;
        }
        emit delivered(reply.value());
    });
}

void FreedesktopNotifications::logInstead(const QString &summary, const QString &body,
                                          const QString &reason) {
    qCInfo(notificationsLog).noquote()
        << QStringLiteral("Notification not shown (%1): %2: %3").arg(reason, summary, body);
    emit failed(reason);
}

// Its own moc code here rather than in the library's shared mocs_compilation, so that a program
// that never uses this class (the command line) does not link QtDBus.
#include "moc_FreedesktopNotifications.cpp"
