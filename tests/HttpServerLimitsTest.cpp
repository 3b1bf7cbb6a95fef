// HttpServer facing other programs (the metrics endpoint): an address asked for explicitly, HEAD,
// malformed and oversized requests, slow clients, the connection limit and a clean shutdown. Raw
// sockets, so that what is sent is exactly what the server reads.
#include "core/http/HttpServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono_literals;

class HttpServerLimitsTest final : public QObject {
    Q_OBJECT

private slots:
    void init();
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

    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void HttpServerLimitsTest::init() {
    m_server = std::make_unique<HttpServer>();
    m_network = std::make_unique<QNetworkAccessManager>();
    QString error;
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
}

void HttpServerLimitsTest::listensOnAnAddressAskedForExplicitly() {
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

void HttpServerLimitsTest::answersHeadWithoutTheBody() {
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::text(200, "a body"); });
    auto socket = connectRaw();
    socket->write("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray answer = readUntilClosed(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY2(answer.contains("Content-Length: 6\r\n"), answer.constData());
    QVERIFY2(answer.endsWith("\r\n\r\n"), answer.constData());
}

void HttpServerLimitsTest::refusesAnOversizedHeadWithoutReadingItAll() {
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

void HttpServerLimitsTest::refusesAMalformedRequest() {
    auto socket = connectRaw();
    socket->write("GET /\r\n\r\n");
    QVERIFY(readUntilClosed(*socket).startsWith("HTTP/1.1 400 Bad Request\r\n"));
    QCOMPARE(m_server->requestCount(), 0);
}

void HttpServerLimitsTest::slowRequestIsCutAfterTheRequestTimeout() {
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

void HttpServerLimitsTest::clientThatNeverReadsIsCutAfterTheConnectionTimeout() {
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

void HttpServerLimitsTest::connectionsBeyondTheLimitWaitForAFreeSlot() {
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

void HttpServerLimitsTest::shutDownFinishesTheAnswerInProgress() {
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

void HttpServerLimitsTest::shutDownCutsWhatIsLeftAfterTheGrace() {
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

std::unique_ptr<QTcpSocket> HttpServerLimitsTest::connectRaw() {
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    // Connecting completes in the system even while the server waits to accept.
    if (!socket->waitForConnected(5000))
        qWarning("could not connect: %s", qPrintable(socket->errorString()));
    return socket;
}

QByteArray HttpServerLimitsTest::readUntilClosed(QTcpSocket &socket, int timeoutMs) {
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

QTEST_GUILESS_MAIN(HttpServerLimitsTest)
#include "HttpServerLimitsTest.moc"
