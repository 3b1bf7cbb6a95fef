#include "app/SingleInstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace {

const QByteArray raiseRequest = "raise\n";

} // namespace

QString SingleInstance::defaultName() {
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return runtime + QStringLiteral("/" ALLIUM_APP_ID ".instance");
    return QStringLiteral(ALLIUM_APP_ID ".instance.") + QString::number(getuid());
}

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name) {}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim() {
    {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        if (socket.waitForConnected(1'000)) {
            socket.write(raiseRequest);
            socket.waitForBytesWritten(1'000);
            socket.disconnectFromServer();
            return false;
        }
    }
    // Nobody answered: a socket file left by a crashed instance would block listen().
    QLocalServer::removeServer(m_name);
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Still run: one app without the second-launch hand-off beats no app.
        qWarning("allium-usage: cannot listen for a second launch: %s",
                 qPrintable(m_server->errorString()));
        return true;
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            const auto read = [this, socket] {
                if (socket->canReadLine() && socket->readLine() == raiseRequest)
                    emit activationRequested();
            };
            connect(socket, &QLocalSocket::readyRead, this, read);
            read(); // the request may have arrived with the connection
        }
    });
    return true;
}
