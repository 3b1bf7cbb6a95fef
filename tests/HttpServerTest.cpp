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
    void listensOnAnAddressAskedForExplicitly();
    void answersHeadWithoutTheBody();
    void refusesAnOversizedHeadWithoutReadingItAll();
    void refusesAMalformedRequest();
    void slowRequestIsCutAfterTheRequestTimeout();
    void clientThatNeverReadsIsCutAfterTheConnectionTimeout();
    void connectionsBeyondTheLimitWaitForAFreeSlot();
    void shutDownFinishesTheAnswerInProgress();
    void shutDownCutsWhatIsLeftAfterTheGrace();

private:
    // A raw client: what it sends is exactly what the server reads.
    std::unique_ptr<QTcpSocket> connectRaw();
    // Waits for the server to close the connection; returns all it sent.
    QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs = 5000);

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

void HttpServerTest::listensOnAnAddressAskedForExplicitly() {
    HttpServer everywhere;
    QString error;
    QVERIFY2(everywhere.listen(QHostAddress(QHostAddress::AnyIPv4), 0, &error), qPrintable(error));
    QCOMPARE(everywhere.address(), QHostAddress(QHostAddress::AnyIPv4));
    // The default is loopback only.
    QCOMPARE(m_server->address(), QHostAddress(QHostAddress::LocalHost));

    everywhere.setHandler([](const HttpRequest &) { return HttpResponse::text(200, "here"); });
    QNetworkReply *reply = m_network->get(QNetworkRequest(everywhere.baseUrl()));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->readAll(), QByteArray("here"));
    reply->deleteLater();
}

void HttpServerTest::answersHeadWithoutTheBody() {
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::text(200, "a body"); });
    auto socket = connectRaw();
    socket->write("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray answer = readUntilClosed(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY2(answer.contains("Content-Length: 6\r\n"), answer.constData());
    QVERIFY2(answer.endsWith("\r\n\r\n"), answer.constData());
}

void HttpServerTest::refusesAnOversizedHeadWithoutReadingItAll() {
    HttpServerLimits limits;
    limits.maximumHeadBytes = 1024;
    m_server->setLimits(limits);
    int handled = 0;
    m_server->setHandler([&](const HttpRequest &) {
        ++handled;
        return HttpResponse::text(200, "no");
    });
    auto socket = connectRaw();
    socket->write("GET / HTTP/1.1\r\nX-Filler: " + QByteArray(64 * 1024, 'a'));
    const QByteArray answer = readUntilClosed(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
             answer.constData());
    QCOMPARE(handled, 0);
}

void HttpServerTest::refusesAMalformedRequest() {
    auto socket = connectRaw();
    socket->write("GET /\r\n\r\n");
    QVERIFY(readUntilClosed(*socket).startsWith("HTTP/1.1 400 Bad Request\r\n"));
    QCOMPARE(m_server->requestCount(), 0);
}

void HttpServerTest::slowRequestIsCutAfterTheRequestTimeout() {
    HttpServerLimits limits;
    limits.requestTimeout = 300ms;
    m_server->setLimits(limits);
    auto socket = connectRaw();
    // A slowloris client: a byte now and then, never the end of the head.
    QTimer drip;
    connect(&drip, &QTimer::timeout, socket.get(), [&socket] { socket->write("X"); });
    socket->write("GET / HTTP/1.1\r\nX-Slow: ");
    drip.start(50);
    QElapsedTimer elapsed;
    elapsed.start();
    const QByteArray answer = readUntilClosed(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer.constData());
    QVERIFY2(elapsed.elapsed() >= 250 && elapsed.elapsed() < 3000,
             qPrintable(QString::number(elapsed.elapsed())));
}

void HttpServerTest::clientThatNeverReadsIsCutAfterTheConnectionTimeout() {
    HttpServerLimits limits;
    limits.connectionTimeout = 300ms;
    m_server->setLimits(limits);
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse response = HttpResponse::text(200, "never finished");
        response.delivery = HttpResponse::Delivery::StallBody;
        return response;
    });
    auto socket = connectRaw();
    socket->write("GET / HTTP/1.1\r\n\r\n");
    QSignalSpy disconnected(socket.get(), &QTcpSocket::disconnected);
    QVERIFY(disconnected.wait(3000));
    QTRY_COMPARE(m_server->openConnectionCount(), 0);
}

void HttpServerTest::connectionsBeyondTheLimitWaitForAFreeSlot() {
    HttpServerLimits limits;
    limits.maximumConnections = 2;
    m_server->setLimits(limits);
    int mostOpen = 0;
    m_server->setHandler([&](const HttpRequest &) {
        mostOpen = qMax(mostOpen, m_server->openConnectionCount());
        return HttpResponse::text(200, "served");
    });
    // Two idle clients take both slots.
    auto idle1 = connectRaw();
    auto idle2 = connectRaw();
    QTRY_COMPARE(m_server->openConnectionCount(), 2);

    auto waiting = connectRaw(); // the system completes the handshake; the server does not serve
    waiting->write("GET / HTTP/1.1\r\n\r\n");
    QTest::qWait(300);
    QCOMPARE(waiting->bytesAvailable(), 0);
    QCOMPARE(m_server->connectionCount(), 2);

    idle1->abort(); // a slot frees: the waiting client is served
    QVERIFY(readUntilClosed(*waiting).endsWith("served"));
    QCOMPARE(mostOpen, 2);
}

void HttpServerTest::shutDownFinishesTheAnswerInProgress() {
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse response = HttpResponse::text(200, "finished after shutdown");
        response.delay = 300ms;
        return response;
    });
    QSignalSpy drained(m_server.get(), &HttpServer::drained);
    QSignalSpy received(m_server.get(), &HttpServer::requestReceived);
    auto socket = connectRaw();
    socket->write("GET / HTTP/1.1\r\n\r\n");
    QVERIFY(received.wait(3000));
    m_server->shutDown(5s);
    QVERIFY(!m_server->isListening());

    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(!late.waitForConnected(1000));

    QVERIFY(readUntilClosed(*socket).endsWith("finished after shutdown"));
    QVERIFY(drained.count() == 1 || drained.wait(3000));
    QCOMPARE(m_server->openConnectionCount(), 0);
}

void HttpServerTest::shutDownCutsWhatIsLeftAfterTheGrace() {
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse response = HttpResponse::text(200, "stalled");
        response.delivery = HttpResponse::Delivery::StallBody;
        return response;
    });
    QSignalSpy received(m_server.get(), &HttpServer::requestReceived);
    auto socket = connectRaw();
    socket->write("GET / HTTP/1.1\r\n\r\n");
    QVERIFY(received.wait(3000));
    QSignalSpy drained(m_server.get(), &HttpServer::drained);
    QElapsedTimer elapsed;
    elapsed.start();
    m_server->shutDown(200ms);
    QVERIFY(drained.wait(3000));
    QVERIFY2(elapsed.elapsed() >= 150, qPrintable(QString::number(elapsed.elapsed())));
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
}

std::unique_ptr<QTcpSocket> HttpServerTest::connectRaw() {
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    // Connecting completes in the system even while the server waits to accept.
    if (!socket->waitForConnected(5000))
        qWarning("could not connect: %s", qPrintable(socket->errorString()));
    return socket;
}

QByteArray HttpServerTest::readUntilClosed(QTcpSocket &socket, int timeoutMs) {
    QByteArray all;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { all += socket.readAll(); });
    if (socket.state() != QAbstractSocket::UnconnectedState) {
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        disconnected.wait(timeoutMs);
    }
    all += socket.readAll();
    disconnect(&socket, &QTcpSocket::readyRead, this, nullptr);
    return all;
}

QTEST_GUILESS_MAIN(HttpServerTest)
#include "HttpServerTest.moc"
