// The loopback server must really speak HTTP: every test talks to it through QNetworkAccessManager
// or a raw socket, as the service and the demo mode will.
#include "core/http/HttpServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono_literals;

class HttpServerTest final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void listensOnLoopbackWithAFreePort();
    void answersWithScriptedStatusHeadersAndBody_data();
    void answersWithScriptedStatusHeadersAndBody();
    void recordsMethodTargetHeadersAndBody();
    void answersUnscriptedRequestsWithNotFound();
    void delaysTheAnswer();
    void stalledBodySendsHeadersThenNothing();
    void closingWithoutAnswerEndsTheConnection();
    void streamDeliversTheWholeBodyToAReader();
    void streamWithoutLengthEndsByClosing();
    void streamStopsWritingWhenThePeerGoesAway();
    void clearRecordForgetsRequests();
    void keepsOnlyTheLatestRequests();
    void dripSendsTheBodyOneByteAtATime();
    void resetMidBodyEndsTheConnectionAbruptly();
    void rawAnswerIsSentByteForByte();
    void listensOnAnotherLoopbackAddress();

private:
    // What a raw client receives for one request, until the server ends the connection.
    struct Received {
        QByteArray bytes;
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    };
    Received receiveRaw();

    QNetworkReply *get(const QByteArray &target, const QByteArray &headerName = {},
                       const QByteArray &headerValue = {});

    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void HttpServerTest::init() {
    m_server = std::make_unique<HttpServer>();
    m_network = std::make_unique<QNetworkAccessManager>();
    QString error;
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
}

QNetworkReply *HttpServerTest::get(const QByteArray &target, const QByteArray &headerName,
                                   const QByteArray &headerValue) {
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(QString::fromLatin1(target))));
    if (!headerName.isEmpty())
        request.setRawHeader(headerName, headerValue);
    return m_network->get(request);
}

void HttpServerTest::listensOnLoopbackWithAFreePort() {
    QVERIFY(m_server->isListening());
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_server->baseUrl().port(), int(m_server->port()));

    HttpServer second;
    QVERIFY(second.listen());
    QVERIFY(second.port() != m_server->port());
}

void HttpServerTest::answersWithScriptedStatusHeadersAndBody_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("success with a JSON body") << 200 << QByteArray(R"({"a":1})");
    QTest::newRow("unauthorized") << 401 << QByteArray(R"({"detail":"bad key"})");
    QTest::newRow("rate limited") << 429 << QByteArray();
    QTest::newRow("server error") << 503 << QByteArray("down");
}

void HttpServerTest::answersWithScriptedStatusHeadersAndBody() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->setHandler([&](const HttpRequest &) {
        return HttpResponse::json(status, body).withHeader("X-Scripted", "yes");
    });

    QNetworkReply *reply = get("/anything");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));

    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(reply->rawHeader("X-Scripted"), QByteArray("yes"));
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
    QCOMPARE(reply->rawHeader("Content-Length"), QByteArray::number(body.size()));
    QCOMPARE(reply->readAll(), body);
    reply->deleteLater();
}

void HttpServerTest::recordsMethodTargetHeadersAndBody() {
    QSignalSpy received(m_server.get(), &HttpServer::requestReceived);
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(QStringLiteral("/p/q?x=1&y=2"))));
    request.setRawHeader("X-Custom", "value 1");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    QNetworkReply *reply = m_network->post(request, QByteArray("payload bytes"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));

    QCOMPARE(received.count(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->connectionCount(), 1);
    const HttpRequest &recorded = m_server->requests().constFirst();
    QCOMPARE(recorded.method, QByteArray("POST"));
    QCOMPARE(recorded.target, QByteArray("/p/q?x=1&y=2"));
    QCOMPARE(recorded.path(), QByteArray("/p/q"));
    QCOMPARE(recorded.query(), QByteArray("x=1&y=2"));
    QCOMPARE(recorded.header("x-custom"), QByteArray("value 1"));
    QVERIFY(recorded.hasHeader("X-CUSTOM"));
    QVERIFY(!recorded.hasHeader("X-Absent"));
    QCOMPARE(recorded.body, QByteArray("payload bytes"));
    reply->deleteLater();
}

void HttpServerTest::answersUnscriptedRequestsWithNotFound() {
    QNetworkReply *reply = get("/");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    reply->deleteLater();
}

void HttpServerTest::delaysTheAnswer() {
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse response = HttpResponse::json(200, "{}");
        response.delay = 300ms;
        return response;
    });
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = get("/slow");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY2(elapsed.elapsed() >= 290, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("{}"));
    reply->deleteLater();
}

void HttpServerTest::stalledBodySendsHeadersThenNothing() {
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse response = HttpResponse::json(200, R"({"complete": "never"})");
        response.delivery = HttpResponse::Delivery::StallBody;
        response.stalledBodyBytes = 5;
        return response;
    });
    QNetworkRequest request(m_server->baseUrl());
    request.setTransferTimeout(400);
    QNetworkReply *reply = m_network->get(request);
    QSignalSpy metaData(reply, &QNetworkReply::metaDataChanged);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));

    QVERIFY(metaData.count() >= 1); // the headers did arrive
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError); // the transfer timeout
    reply->deleteLater();
}

void HttpServerTest::closingWithoutAnswerEndsTheConnection() {
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse response;
        response.delivery = HttpResponse::Delivery::CloseWithoutAnswer;
        return response;
    });
    // A raw socket sees exactly what the server sends: nothing at all, then the close.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(socket.readAll(), QByteArray());
    QCOMPARE(m_server->requestCount(), 1);
}

void HttpServerTest::streamDeliversTheWholeBodyToAReader() {
    constexpr qint64 size = 3 * 1024 * 1024 + 17;
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse response;
        response.delivery = HttpResponse::Delivery::Stream;
        response.streamedBodyBytes = size;
        return response;
    });
    QNetworkReply *reply = get("/big");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), size);
    QCOMPARE(reply->readAll().size(), size);
    QCOMPARE(m_server->streamedBytesWritten(), size);
    reply->deleteLater();
}

void HttpServerTest::streamWithoutLengthEndsByClosing() {
    constexpr qint64 size = 200 * 1024;
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse response;
        response.delivery = HttpResponse::Delivery::Stream;
        response.streamedBodyBytes = size;
        response.streamDeclaresLength = false;
        return response;
    });
    QNetworkReply *reply = get("/big");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(!reply->hasRawHeader("Content-Length"));
    QCOMPARE(reply->readAll().size(), size);
    reply->deleteLater();
}

void HttpServerTest::streamStopsWritingWhenThePeerGoesAway() {
    constexpr qint64 size = qint64(1) << 32; // 4 GiB: would never fit anywhere
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse response;
        response.delivery = HttpResponse::Delivery::Stream;
        response.streamedBodyBytes = size;
        return response;
    });
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    // The server lives in this thread: read through the event loop, never by blocking. The
    // client goes away as soon as it has 1 MiB; polling for that instead would let the loopback
    // carry any amount meanwhile on a fast machine.
    qint64 read = 0;
    qint64 writtenAtAbort = -1;
    connect(&socket, &QTcpSocket::readyRead, this, [&] {
        read += socket.readAll().size();
        if (read >= 1024 * 1024 && writtenAtAbort < 0) {
            writtenAtAbort = m_server->streamedBytesWritten();
            socket.abort();
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(writtenAtAbort >= 0, 5000);
    QTest::qWait(200); // the server notices the reset and stops topping up
    // What it wrote after the reset is at most what the system buffers held.
    QVERIFY2(m_server->streamedBytesWritten() - writtenAtAbort < 16 * 1024 * 1024,
             qPrintable(QString::number(m_server->streamedBytesWritten() - writtenAtAbort)));
    QVERIFY(m_server->streamedBytesWritten() < size);
}

void HttpServerTest::clearRecordForgetsRequests() {
    QNetworkReply *reply = get("/");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_server->requestCount(), 1);
    m_server->clearRecord();
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->connectionCount(), 0);
    QVERIFY(m_server->requests().isEmpty());
    reply->deleteLater();
}

void HttpServerTest::keepsOnlyTheLatestRequests() {
    constexpr int sent = HttpServer::MaximumRecordedRequests + 5;
    int finishedCount = 0;
    for (int i = 0; i < sent; ++i) {
        QNetworkReply *reply = get("/r" + QByteArray::number(i));
        connect(reply, &QNetworkReply::finished, this, [&finishedCount, reply] {
            ++finishedCount;
            reply->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, sent, 30'000);
    QCOMPARE(m_server->requestCount(), sent);
    QCOMPARE(m_server->requests().size(), HttpServer::MaximumRecordedRequests);
    QSet<QByteArray> targets;
    for (const HttpRequest &request : m_server->requests())
        targets.insert(request.target);
    QVERIFY(targets.contains("/r" + QByteArray::number(sent - 1)));
}

HttpServerTest::Received HttpServerTest::receiveRaw() {
    Received received;
    QTcpSocket socket;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received.bytes += socket.readAll(); });
    connect(&socket, &QTcpSocket::errorOccurred, this,
            [&](QAbstractSocket::SocketError error) { received.error = error; });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(5000))
        return received;
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    disconnected.wait(10000);
    received.bytes += socket.readAll();
    return received;
}

void HttpServerTest::dripSendsTheBodyOneByteAtATime() {
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse response = HttpResponse::json(200, "{}  ");
        response.delivery = HttpResponse::Delivery::Drip;
        response.dripInterval = 100ms;
        return response;
    });
    QElapsedTimer elapsed;
    elapsed.start();
    const Received received = receiveRaw();
    QVERIFY(received.bytes.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(received.bytes.endsWith("\r\n\r\n{}  "));
    QVERIFY(received.bytes.contains("Content-Length: 4\r\n"));
    // Four pauses of 100 ms before the four bytes: never all at once.
    QVERIFY2(elapsed.elapsed() >= 350, qPrintable(QString::number(elapsed.elapsed())));
}

void HttpServerTest::resetMidBodyEndsTheConnectionAbruptly() {
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse response = HttpResponse::json(200, "{\"billing_period_start\": 1}");
        response.delivery = HttpResponse::Delivery::ResetMidBody;
        response.stalledBodyBytes = 3;
        return response;
    });
    const Received received = receiveRaw();
    QVERIFY(received.bytes.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(received.bytes.endsWith("\r\n\r\n{\"b"));
    // Cut short of its Content-Length, with the connection gone under the reader.
    QVERIFY(received.bytes.contains("Content-Length: 27\r\n"));
    QCOMPARE(received.error, QAbstractSocket::RemoteHostClosedError);
}

void HttpServerTest::rawAnswerIsSentByteForByte() {
    const QByteArray raw =
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n";
    m_server->setHandler([raw](const HttpRequest &) {
        HttpResponse response;
        response.delivery = HttpResponse::Delivery::Raw;
        response.body = raw;
        return response;
    });
    QCOMPARE(receiveRaw().bytes, raw);
}

void HttpServerTest::listensOnAnotherLoopbackAddress() {
    HttpServer second;
    QString error;
    if (!second.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0, &error))
        QSKIP(qPrintable(QStringLiteral("127.0.0.2 is not usable here: ") + error));
    QCOMPARE(second.baseUrl().host(), QStringLiteral("127.0.0.2"));
    second.setHandler([](const HttpRequest &) { return HttpResponse::json(200, "{}"); });
    QNetworkReply *reply = m_network->get(QNetworkRequest(second.baseUrl()));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->readAll(), QByteArray("{}"));
    QCOMPARE(second.requestCount(), 1);
    QCOMPARE(m_server->requestCount(), 0);
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(HttpServerTest)
#include "HttpServerTest.moc"
