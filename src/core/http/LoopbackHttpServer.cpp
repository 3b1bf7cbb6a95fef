#include "core/http/LoopbackHttpServer.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

#include <sys/socket.h>

namespace {

// A request head larger than this is refused; no client of ours sends anything close to it.
constexpr qsizetype MaximumHeadBytes = 64 * 1024;
constexpr qint64 MaximumRequestBodyBytes = 8 * 1024 * 1024;
// Stream bodies are written in chunks, topping up the socket's buffer only while the peer reads,
// so an endless body never sits in this process's memory either.
constexpr qint64 StreamChunkBytes = 64 * 1024;
constexpr qint64 StreamBufferedBytes = 4 * StreamChunkBytes;

QByteArray standardReason(int status) {
    static const QHash<int, QByteArray> reasons = {
        {200, "OK"},
        {201, "Created"},
        {204, "No Content"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {303, "See Other"},
        {307, "Temporary Redirect"},
        {308, "Permanent Redirect"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {413, "Content Too Large"},
        {418, "I'm a teapot"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    return reasons.value(status, "Status");
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

bool hasHeaderIn(const HttpHeaderList &headers, const QByteArray &name) {
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Everything up to the end of the body (or up to the first body byte for streams).
QByteArray responseHead(const HttpResponse &response, std::optional<qint64> contentLength) {
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
        (response.reason.isEmpty() ? standardReason(response.status) : response.reason) + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (contentLength && !hasHeaderIn(response.headers, "Content-Length"))
        head += "Content-Length: " + QByteArray::number(*contentLength) + "\r\n";
    // One request per connection keeps the server simple and every test's count exact.
    if (!hasHeaderIn(response.headers, "Connection"))
        head += "Connection: close\r\n";
    head += "\r\n";
    return head;
}

} // namespace

QByteArray HttpRequest::path() const {
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QByteArray HttpRequest::query() const {
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

QByteArray HttpRequest::header(const QByteArray &name) const {
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const {
    return hasHeaderIn(headers, name);
}

HttpResponse HttpResponse::json(int status, const QByteArray &body) {
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value) {
    headers.append(qMakePair(name, value));
    return *this;
}

struct LoopbackHttpServer::Private {
    LoopbackHttpServer *q = nullptr;
    QTcpServer server;
    Handler handler;
    QList<HttpRequest> requests;
    int connectionCount = 0;
    qint64 streamedBytesWritten = 0;

    // What one connection has read so far.
    struct Connection {
        QByteArray buffer;
        bool headComplete = false;
        bool answered = false;
        qint64 contentLength = 0;
        HttpRequest request;
        qint64 streamRemaining = 0;
    };

    void accept();
    void read(QTcpSocket *socket, Connection &connection);
    bool parseHead(Connection &connection);
    void answer(QTcpSocket *socket, const std::shared_ptr<Connection> &connection);
    void deliver(QTcpSocket *socket, const HttpResponse &response,
                 const std::shared_ptr<Connection> &connection);
    void topUpStream(QTcpSocket *socket, Connection &connection);
    void drip(QTcpSocket *socket, const HttpResponse &response, qsizetype sent);
};

void LoopbackHttpServer::Private::accept() {
    while (QTcpSocket *socket = server.nextPendingConnection()) {
        ++connectionCount;
        auto connection = std::make_shared<Connection>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, connection] {
            read(socket, *connection);
            if (connection->headComplete && !connection->answered &&
                connection->request.body.size() >= connection->contentLength)
                answer(socket, connection);
        });
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket, connection] {
            if (connection->streamRemaining > 0)
                topUpStream(socket, *connection);
        });
    }
}

void LoopbackHttpServer::Private::read(QTcpSocket *socket, Connection &connection) {
    const QByteArray data = socket->readAll();
    if (connection.answered)
        return; // anything after the one request of this connection is ignored
    if (!connection.headComplete) {
        connection.buffer += data;
        if (!parseHead(connection)) {
            if (connection.buffer.size() > MaximumHeadBytes)
                socket->abort();
            return;
        }
        return;
    }
    connection.request.body += data;
}

bool LoopbackHttpServer::Private::parseHead(Connection &connection) {
    const qsizetype end = connection.buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = connection.buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    connection.request.method = requestLine.value(0);
    connection.request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        connection.request.headers.append(
            qMakePair(line.left(colon).trimmed(), line.mid(colon + 1).trimmed()));
    }
    bool ok = false;
    const qint64 length = connection.request.header("Content-Length").toLongLong(&ok);
    connection.contentLength = ok ? qBound<qint64>(0, length, MaximumRequestBodyBytes) : 0;
    connection.request.body = connection.buffer.mid(end + 4);
    connection.buffer.clear();
    connection.headComplete = true;
    return true;
}

void LoopbackHttpServer::Private::answer(QTcpSocket *socket,
                                         const std::shared_ptr<Connection> &connection) {
    connection->answered = true;
    connection->request.body.truncate(connection->contentLength);
    const HttpRequest request = connection->request;
    requests.append(request);
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

void LoopbackHttpServer::Private::deliver(QTcpSocket *socket, const HttpResponse &response,
                                          const std::shared_ptr<Connection> &connection) {
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (response.delivery) {
    case HttpResponse::Delivery::Complete:
        socket->write(responseHead(response, response.body.size()) + response.body);
        socket->disconnectFromHost(); // after the buffered bytes are written
        break;
    case HttpResponse::Delivery::StallBody:
        socket->write(
            responseHead(response, response.body.size()) +
            response.body.left(qBound<qint64>(0, response.stalledBodyBytes, response.body.size())));
        socket->flush();
        break; // and then nothing, until the peer gives up
    case HttpResponse::Delivery::CloseWithoutAnswer:
        socket->disconnectFromHost();
        break;
    case HttpResponse::Delivery::Drip:
        socket->write(responseHead(response, response.body.size()));
        drip(socket, response, 0);
        break;
    case HttpResponse::Delivery::ResetMidBody:
        socket->write(
            responseHead(response, response.body.size()) +
            response.body.left(qBound<qint64>(0, response.stalledBodyBytes, response.body.size())));
        socket->flush();
        resetConnection(socket);
        break;
    case HttpResponse::Delivery::Raw:
        socket->write(response.body);
        socket->disconnectFromHost();
        break;
    case HttpResponse::Delivery::Stream:
        socket->write(responseHead(response, response.streamDeclaresLength
                                                 ? std::optional<qint64>(response.streamedBodyBytes)
                                                 : std::nullopt));
        connection->streamRemaining = response.streamedBodyBytes;
        topUpStream(socket, *connection);
        break;
    }
}

void LoopbackHttpServer::Private::drip(QTcpSocket *socket, const HttpResponse &response,
                                       qsizetype sent) {
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

void LoopbackHttpServer::Private::topUpStream(QTcpSocket *socket, Connection &connection) {
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

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {
    d->q = this;
    connect(&d->server, &QTcpServer::newConnection, this, [this] { d->accept(); });
}

LoopbackHttpServer::~LoopbackHttpServer() {
    // The sockets are children of the QTcpServer; stop their signals reaching a half-destroyed d.
    const auto sockets = d->server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect();
        socket->abort();
    }
    d->server.close();
}

bool LoopbackHttpServer::listen(quint16 port, QString *error) {
    return listen(QHostAddress(QHostAddress::LocalHost), port, error);
}

bool LoopbackHttpServer::listen(const QHostAddress &address, quint16 port, QString *error) {
    if (d->server.listen(address, port))
        return true;
    if (error)
        *error = d->server.errorString();
    return false;
}

bool LoopbackHttpServer::isListening() const {
    return d->server.isListening();
}

quint16 LoopbackHttpServer::port() const {
    return d->server.serverPort();
}

QUrl LoopbackHttpServer::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->server.serverAddress().toString());
    url.setPort(port());
    return url;
}

void LoopbackHttpServer::setHandler(Handler handler) {
    d->handler = std::move(handler);
}

const QList<HttpRequest> &LoopbackHttpServer::requests() const {
    return d->requests;
}

int LoopbackHttpServer::requestCount() const {
    return int(d->requests.size());
}

int LoopbackHttpServer::connectionCount() const {
    return d->connectionCount;
}

qint64 LoopbackHttpServer::streamedBytesWritten() const {
    return d->streamedBytesWritten;
}

void LoopbackHttpServer::clearRecord() {
    d->requests.clear();
    d->connectionCount = 0;
    d->streamedBytesWritten = 0;
}
