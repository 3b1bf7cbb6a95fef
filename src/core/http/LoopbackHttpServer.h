// A small real HTTP/1.1 server on 127.0.0.1 whose answers a handler scripts. The app's demo mode
// serves demo data with it, and tests play the remote API with it (status, headers, body, delays,
// stalled and endless bodies, dropped connections).
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as it arrived on the wire.
struct HttpRequest {
    QByteArray method;      // "GET"
    QByteArray target;      // the request target as sent: path and query, e.g. "/api/v1/x?a=b"
    HttpHeaderList headers; // in arrival order, names as sent
    QByteArray body;        // exactly Content-Length bytes

    QByteArray path() const;  // the target without its query
    QByteArray query() const; // the part after '?', without it
    // The first header with this name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

// How the server answers one request. The defaults give "200 OK" with an empty body.
struct HttpResponse {
    // What happens on the wire after the delay.
    enum class Delivery {
        Complete,           // status line, headers, body, then the connection is closed
        StallBody,          // status line, headers and stalledBodyBytes of the body, then silence
        CloseWithoutAnswer, // the connection is closed without a byte of answer
        Stream,             // streamedBodyBytes of filler, written as fast as the peer reads
        Drip,               // status line and headers, then the body one byte per dripInterval
        ResetMidBody,       // status line, headers, stalledBodyBytes of the body, then a reset
        Raw,                // body as the whole answer, byte for byte (no head added), then close
    };

    int status = 200;
    QByteArray reason;      // empty: the standard phrase for the status
    HttpHeaderList headers; // Content-Length and Connection are added unless set here
    QByteArray body;
    std::chrono::milliseconds delay{0}; // silence before the first byte of the answer
    Delivery delivery = Delivery::Complete;
    qint64 stalledBodyBytes = 0; // StallBody, ResetMidBody: body bytes sent before it
    std::chrono::milliseconds dripInterval{200}; // Drip: the pause before each body byte
    qint64 streamedBodyBytes = 0;                // Stream: total filler bytes to send
    bool streamDeclaresLength = true; // Stream: send Content-Length, or end the body by closing

    static HttpResponse json(int status, const QByteArray &body);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

class LoopbackHttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackHttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // Listens on 127.0.0.1; port 0 picks a free port. On failure returns false and says why.
    bool listen(quint16 port = 0, QString *error = nullptr);
    // Listens on another loopback address, such as 127.0.0.2 (a second "host" for tests).
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://<address>:<port>, 127.0.0.1 unless listen() chose another

    // Answers every request; replaceable at any time. Without one every request gets 404.
    void setHandler(Handler handler);

    // What arrived, for assertions. Requests are recorded before they are answered.
    const QList<HttpRequest> &requests() const;
    int requestCount() const;
    int connectionCount() const; // connections accepted, answered or not
    // Filler bytes handed to the socket for Stream responses so far, over all connections.
    qint64 streamedBytesWritten() const;
    void clearRecord();

signals:
    void requestReceived(const HttpRequest &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
