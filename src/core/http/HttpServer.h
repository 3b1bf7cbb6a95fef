// A small real HTTP/1.1 server, one request per connection, whose answers a handler gives. The
// metrics endpoint runs on it (bounded in size, time and connections), the demo mode serves demo
// data with it, and tests play the remote API with it (delays, stalled and endless bodies, dropped
// connections). Listens on 127.0.0.1 unless another address is asked for explicitly.
#pragma once

#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

// What one client may cost the server. The defaults suit a test double that must accept whatever
// the code under test sends; a server facing other programs sets tighter ones.
struct HttpServerLimits {
    qsizetype maximumHeadBytes = 64 * 1024;
    qint64 maximumBodyBytes = 8 * 1024 * 1024;
    // From connecting to the end of the request; a client that takes longer (slowloris) gets 408
    // and is disconnected. Zero: no limit.
    std::chrono::milliseconds requestTimeout{0};
    // From connecting to the last byte of the answer; then the connection is cut, so that a
    // client that never reads cannot hold it. Zero: no limit.
    std::chrono::milliseconds connectionTimeout{0};
    // Connections served at once; more wait in the system's accept queue until one ends (and
    // are not refused). Zero: no limit.
    int maximumConnections = 0;
};

class HttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    // requests() keeps this many of the latest requests, so a long-running server (the demo
    // mode, the metrics endpoint) does not grow; requestCount() counts them all.
    static constexpr int MaximumRecordedRequests = 1000;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Set before listening.
    void setLimits(const HttpServerLimits &limits);
    const HttpServerLimits &limits() const;

    // Listens on 127.0.0.1; port 0 picks a free port. On failure returns false and says why.
    bool listen(quint16 port = 0, QString *error = nullptr);
    // Listens on the address given, which may be any address (QHostAddress::Any) or a public
    // one; callers decide whether that was asked for.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://<address>:<port>

    // Answers every request; replaceable at any time. Without one every request gets 404.
    void setHandler(Handler handler);

    // Stops listening at once; connections already open are served to their end (their answer
    // written), and any still open after `grace` are cut. drained() follows when none is left.
    void shutDown(std::chrono::milliseconds grace);
    int openConnectionCount() const;

    // What arrived, for assertions. Requests are recorded before they are answered.
    const QList<HttpRequest> &requests() const;
    int requestCount() const;
    int connectionCount() const; // connections accepted, answered or not
    // Filler bytes handed to the socket for Stream responses so far, over all connections.
    qint64 streamedBytesWritten() const;
    void clearRecord();

signals:
    void requestReceived(const HttpRequest &request);
    void drained();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
