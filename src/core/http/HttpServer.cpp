#include "core/http/HttpServer.h"

#include "core/http/HttpRequestParser.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

#include <sys/socket.h>

namespace {

// Stream bodies are written in chunks, topping up the socket's buffer only while the peer reads,
// so an endless body never sits in this process's memory either.
constexpr qint64 StreamChunkBytes = 64 * 1024;
constexpr qint64 StreamBufferedBytes = 4 * StreamChunkBytes;

void startDeadline(QTcpSocket *socket, std::chrono::milliseconds timeout,
                   const std::function<void()> &expired) {
    if (timeout.count() <= 0)
        return;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, socket, expired);
    timer->start(timeout);
}

// Ends the connection with a TCP reset instead of an orderly close, as a crashed server or a
// middlebox would: SO_LINGER with a zero timeout makes close() send RST.
void resetConnection(QTcpSocket *socket) {
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger immediately{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    }
    socket->abort();
}

} // namespace

struct HttpServer::Private {
    HttpServer *q = nullptr;
    QTcpServer server;
    Handler handler;
    HttpServerLimits limits;
    QList<HttpRequest> requests;
    int requestCount = 0;
    int connectionCount = 0;
    int openConnections = 0;
    qint64 streamedBytesWritten = 0;
    bool acceptingPaused = false;
    bool shuttingDown = false;
    QTimer graceTimer;

    // What one connection has read and answered so far.
    struct Connection {
        explicit Connection(const HttpServerLimits &limits)
            : parser(limits.maximumHeadBytes, limits.maximumBodyBytes) {}
        HttpRequestParser parser;
        bool answered = false;
        bool headOnly = false; // a HEAD request: the answer's head without its body
        qint64 streamRemaining = 0;
    };

    void acceptPending();
    void serve(QTcpSocket *socket);
    void read(QTcpSocket *socket, const std::shared_ptr<Connection> &connection);
    void answer(QTcpSocket *socket, const std::shared_ptr<Connection> &connection);
    void refuse(QTcpSocket *socket, Connection &connection, int status, const QByteArray &text);
    void deliver(QTcpSocket *socket, const HttpResponse &response,
                 const std::shared_ptr<Connection> &connection);
    void topUpStream(QTcpSocket *socket, Connection &connection);
    void drip(QTcpSocket *socket, const HttpResponse &response, qsizetype sent);
    void connectionEnded();
    void record(const HttpRequest &request);
};

void HttpServer::Private::acceptPending() {
    while (server.hasPendingConnections()) {
        if (limits.maximumConnections > 0 && openConnections >= limits.maximumConnections) {
            // The rest wait in the system's accept queue, where they cost this process nothing.
            server.pauseAccepting();
            acceptingPaused = true;
            return;
        }
        serve(server.nextPendingConnection());
    }
}

void HttpServer::Private::serve(QTcpSocket *socket) {
    ++connectionCount;
    ++openConnections;
    auto connection = std::make_shared<Connection>(limits);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QObject::destroyed, q, [this] { connectionEnded(); });
    QObject::connect(socket, &QTcpSocket::readyRead, socket,
                     [this, socket, connection] { read(socket, connection); });
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket, connection] {
        if (connection->streamRemaining > 0)
            topUpStream(socket, *connection);
    });
    startDeadline(socket, limits.requestTimeout, [this, socket, connection] {
        if (!connection->answered)
            refuse(socket, *connection, 408, "The request did not arrive in time.");
    });
    startDeadline(socket, limits.connectionTimeout, [socket] { socket->abort(); });
    if (socket->bytesAvailable() > 0)
        read(socket, connection);
}

void HttpServer::Private::read(QTcpSocket *socket, const std::shared_ptr<Connection> &connection) {
    const QByteArray data = socket->readAll();
    if (connection->answered)
        return; // anything after the one request of this connection is ignored
    switch (connection->parser.feed(data)) {
    case HttpRequestParser::State::NeedMore:
        break;
    case HttpRequestParser::State::Complete:
        answer(socket, connection);
        break;
    case HttpRequestParser::State::Refused:
        refuse(socket, *connection, connection->parser.refusalStatus(),
               connection->parser.refusalText());
        break;
    }
}

void HttpServer::Private::record(const HttpRequest &request) {
    ++requestCount;
    requests.append(request);
    if (requests.size() > MaximumRecordedRequests)
        requests.removeFirst();
}

void HttpServer::Private::answer(QTcpSocket *socket,
                                 const std::shared_ptr<Connection> &connection) {
    connection->answered = true;
    const HttpRequest request = connection->parser.request();
    connection->headOnly = request.method == "HEAD";
    record(request);
    emit q->requestReceived(request);

    HttpResponse response;
    if (handler) {
        response = handler(request);
    } else {
        response.status = 404;
        response.body = "no handler";
    }
    if (response.delay.count() > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delay, socket, [this, guard, response, connection] {
            if (guard)
                deliver(guard, response, connection);
        });
    } else {
        deliver(socket, response, connection);
    }
}

void HttpServer::Private::refuse(QTcpSocket *socket, Connection &connection, int status,
                                 const QByteArray &text) {
    connection.answered = true;
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    const HttpResponse response = HttpResponse::text(status, text + '\n');
    socket->write(response.head(response.body.size()) + response.body);
    socket->disconnectFromHost();
}

void HttpServer::Private::deliver(QTcpSocket *socket, const HttpResponse &response,
                                  const std::shared_ptr<Connection> &connection) {
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (response.delivery) {
    case HttpResponse::Delivery::Complete:
        socket->write(response.head(response.body.size()) +
                      (connection->headOnly ? QByteArray() : response.body));
        socket->disconnectFromHost(); // after the buffered bytes are written
        break;
    case HttpResponse::Delivery::StallBody:
        socket->write(
            response.head(response.body.size()) +
            response.body.left(qBound<qint64>(0, response.stalledBodyBytes, response.body.size())));
        socket->flush();
        break; // and then nothing, until the peer gives up
    case HttpResponse::Delivery::CloseWithoutAnswer:
        socket->disconnectFromHost();
        break;
    case HttpResponse::Delivery::Drip:
        socket->write(response.head(response.body.size()));
        drip(socket, response, 0);
        break;
    case HttpResponse::Delivery::ResetMidBody:
        socket->write(
            response.head(response.body.size()) +
            response.body.left(qBound<qint64>(0, response.stalledBodyBytes, response.body.size())));
        socket->flush();
        resetConnection(socket);
        break;
    case HttpResponse::Delivery::Raw:
        socket->write(response.body);
        socket->disconnectFromHost();
        break;
    case HttpResponse::Delivery::Stream:
        socket->write(response.head(response.streamDeclaresLength
                                        ? std::optional<qint64>(response.streamedBodyBytes)
                                        : std::nullopt));
        connection->streamRemaining = response.streamedBodyBytes;
        topUpStream(socket, *connection);
        break;
    }
}

void HttpServer::Private::drip(QTcpSocket *socket, const HttpResponse &response, qsizetype sent) {
    if (sent >= response.body.size()) {
        socket->disconnectFromHost();
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.dripInterval, socket, [this, guard, response, sent] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        guard->write(response.body.mid(sent, 1));
        drip(guard, response, sent + 1);
    });
}

void HttpServer::Private::topUpStream(QTcpSocket *socket, Connection &connection) {
    static const QByteArray chunk(StreamChunkBytes, 'x');
    while (connection.streamRemaining > 0 && socket->state() == QAbstractSocket::ConnectedState &&
           socket->bytesToWrite() < StreamBufferedBytes) {
        const qint64 size = qMin(connection.streamRemaining, StreamChunkBytes);
        socket->write(chunk.constData(), size);
        connection.streamRemaining -= size;
        streamedBytesWritten += size;
    }
    if (connection.streamRemaining == 0 && socket->state() == QAbstractSocket::ConnectedState)
        socket->disconnectFromHost();
}

void HttpServer::Private::connectionEnded() {
    --openConnections;
    if (shuttingDown) {
        if (openConnections == 0) {
            graceTimer.stop();
            emit q->drained();
        }
        return;
    }
    if (acceptingPaused) {
        acceptingPaused = false;
        server.resumeAccepting();
        acceptPending();
    }
}

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {
    d->q = this;
    d->graceTimer.setSingleShot(true);
    connect(&d->server, &QTcpServer::newConnection, this, [this] { d->acceptPending(); });
    connect(&d->graceTimer, &QTimer::timeout, this, [this] {
        const auto sockets = d->server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    });
}

HttpServer::~HttpServer() {
    // The sockets are children of the QTcpServer; stop their signals reaching a half-destroyed d.
    const auto sockets = d->server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect();
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
    d->server.close();
}

void HttpServer::setLimits(const HttpServerLimits &limits) {
    d->limits = limits;
}

const HttpServerLimits &HttpServer::limits() const {
    return d->limits;
}

bool HttpServer::listen(quint16 port, QString *error) {
    return listen(QHostAddress(QHostAddress::LocalHost), port, error);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error) {
    if (d->server.listen(address, port))
        return true;
    if (error)
        *error = d->server.errorString();
    return false;
}

bool HttpServer::isListening() const {
    return d->server.isListening();
}

QHostAddress HttpServer::address() const {
    return d->server.serverAddress();
}

quint16 HttpServer::port() const {
    return d->server.serverPort();
}

QUrl HttpServer::baseUrl() const {
    QHostAddress host = address();
    // Listening on every address: this host reaches it on loopback.
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

void HttpServer::setHandler(Handler handler) {
    d->handler = std::move(handler);
}

void HttpServer::shutDown(std::chrono::milliseconds grace) {
    if (d->shuttingDown)
        return;
    d->shuttingDown = true;
    d->server.close();
    if (d->openConnections == 0) {
        QMetaObject::invokeMethod(this, &HttpServer::drained, Qt::QueuedConnection);
        return;
    }
    d->graceTimer.start(grace);
}

int HttpServer::openConnectionCount() const {
    return d->openConnections;
}

const QList<HttpRequest> &HttpServer::requests() const {
    return d->requests;
}

int HttpServer::requestCount() const {
    return d->requestCount;
}

int HttpServer::connectionCount() const {
    return d->connectionCount;
}

qint64 HttpServer::streamedBytesWritten() const {
    return d->streamedBytesWritten;
}

void HttpServer::clearRecord() {
    d->requests.clear();
    d->requestCount = 0;
    d->connectionCount = 0;
    d->streamedBytesWritten = 0;
}
