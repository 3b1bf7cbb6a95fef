#include "app/TrayHost.h"

#include <QDBusConnectionInterface>
#include <QDBusServiceWatcher>
#include <QGuiApplication>

#if defined(ALLIUM_HAVE_XCB)
#include <QtGui/qguiapplication_platform.h>

#include <xcb/xcb.h>

#include <cstdlib>
#endif

namespace {

constexpr int xembedPollMs = 3000;

#if defined(ALLIUM_HAVE_XCB)
// The X screen number from DISPLAY (":0.1" is screen 1), as the tray selection is per screen.
int screenNumber() {
    const QByteArray display = qgetenv("DISPLAY");
    const int dot = display.lastIndexOf('.');
    const int colon = display.lastIndexOf(':');
    return dot > colon ? display.mid(dot + 1).toInt() : 0;
}
#endif

} // namespace

TrayHost::TrayHost(QObject *parent)
    : TrayHost(QDBusConnection::sessionBus(), parent) {}

TrayHost::TrayHost(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_watcher(new QDBusServiceWatcher(statusNotifierWatcher(), m_bus,
                                        QDBusServiceWatcher::WatchForOwnerChange, this)) {
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, &TrayHost::recheck);
    m_xembedPoll.setInterval(xembedPollMs);
    connect(&m_xembedPoll, &QTimer::timeout, this, &TrayHost::recheck);
    m_available = statusNotifierHostPresent() || xembedTrayPresent();
    if (!m_available && QGuiApplication::platformName() == QLatin1String("xcb"))
        m_xembedPoll.start();
}

TrayHost::~TrayHost() = default;

bool TrayHost::isAvailable() const {
    return m_override.value_or(m_available);
}

void TrayHost::overrideAvailable(std::optional<bool> available) {
    const bool before = isAvailable();
    m_override = available;
    if (isAvailable() != before)
        emit availableChanged(isAvailable());
}

bool TrayHost::statusNotifierHostPresent() const {
    const QDBusConnectionInterface *bus = m_bus.isConnected() ? m_bus.interface() : nullptr;
    return bus && bus->isServiceRegistered(statusNotifierWatcher()).value();
}

bool TrayHost::xembedTrayPresent() const {
#if defined(ALLIUM_HAVE_XCB)
    const auto *x11 =
        qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    xcb_connection_t *connection = x11 ? x11->connection() : nullptr;
    if (!connection)
        return false;
    // The freedesktop system tray protocol: a tray owns the selection _NET_SYSTEM_TRAY_S<screen>.
    const QByteArray name = "_NET_SYSTEM_TRAY_S" + QByteArray::number(screenNumber());
    xcb_intern_atom_reply_t *atom = xcb_intern_atom_reply(
        connection, xcb_intern_atom(connection, 1, uint16_t(name.size()), name.constData()),
        nullptr);
    if (!atom)
        return false;
    const xcb_atom_t selection = atom->atom;
    std::free(atom);
    if (selection == XCB_ATOM_NONE)
        return false; // nobody ever created the atom: no tray ever ran on this display
    xcb_get_selection_owner_reply_t *owner = xcb_get_selection_owner_reply(
        connection, xcb_get_selection_owner(connection, selection), nullptr);
    const bool owned = owner && owner->owner != XCB_WINDOW_NONE;
    std::free(owner);
    return owned;
#else
    return false;
#endif
}

void TrayHost::recheck() {
    const bool available = statusNotifierHostPresent() || xembedTrayPresent();
    if (available)
        m_xembedPoll.stop();
    else if (QGuiApplication::platformName() == QLatin1String("xcb"))
        m_xembedPoll.start();
    if (available == m_available)
        return;
    const bool before = isAvailable();
    m_available = available;
    if (isAvailable() != before)
        emit availableChanged(isAvailable());
}
