#include "support/PrivateKeyring.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

PrivateKeyring::PrivateKeyring() = default;

PrivateKeyring::~PrivateKeyring() {
    m_keyring.terminate();
    m_keyring.waitForFinished(5'000);
    m_bus.terminate();
    m_bus.waitForFinished(5'000);
}

QProcessEnvironment PrivateKeyring::environment(const QString &busAddress) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ALLIUM_API_KEY",
                             "CREDENTIALS_DIRECTORY"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               busAddress.isEmpty() ? m_busAddress : busAddress);
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    return env;
}

void PrivateKeyring::useInThisProcess() const {
    const QProcessEnvironment env = environment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "HOME", "XDG_RUNTIME_DIR",
                             "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(name, env.value(QLatin1String(name)).toLocal8Bit());
}

bool PrivateKeyring::start() {
    if (!m_home.isValid()) {
        m_problem = QStringLiteral("no temporary folder");
        return false;
    }
    QDir(m_home.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(m_home.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbus.isEmpty() || keyring.isEmpty()) {
        m_problem = QStringLiteral(
            "dbus-daemon and gnome-keyring-daemon are needed (scripts/test installs them)");
        return false;
    }

    m_bus.start(dbus, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                       QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(5'000)) {
        m_problem = QStringLiteral("dbus-daemon did not start");
        return false;
    }
    if (!QTest::qWaitFor([this] { return m_bus.canReadLine(); }, 5'000)) {
        m_problem = QStringLiteral("dbus-daemon gave no address");
        return false;
    }
    m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (!m_busAddress.startsWith(QLatin1String("unix:"))) {
        m_problem = QStringLiteral("dbus-daemon gave no address");
        return false;
    }

    m_keyring.setProcessEnvironment(environment());
    m_keyring.start(keyring, {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"),
                              QStringLiteral("--foreground")});
    if (!m_keyring.waitForStarted(5'000)) {
        m_problem = QStringLiteral("gnome-keyring-daemon did not start");
        return false;
    }
    m_keyring.write("throwaway-test-password");
    m_keyring.waitForBytesWritten(5'000);
    m_keyring.closeWriteChannel();
    // Ready once it owns the Secret Service name (asking does not activate anything).
    const QString probe = QStringLiteral("private-keyring-probe-") + m_home.path();
    bool ready = false;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, probe);
        ready = bus.isConnected() &&
                QTest::qWaitFor(
                    [&bus] {
                        return bus.interface()
                            ->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))
                            .value();
                    },
                    10'000);
    }
    QDBusConnection::disconnectFromBus(probe);
    if (!ready)
        m_problem = QStringLiteral("the Secret Service did not come up on the private bus");
    return ready;
}
