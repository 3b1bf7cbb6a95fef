// The real `allium-usage --serve` under what a port open to other programs meets: other paths and
// methods, a request that never finishes, one that is far too large, two hundred scrapers at once,
// an address in use, a bad --listen, no key. Raw sockets, so that what is sent is exactly what the
// service reads; the organization's API stays one loopback server that must be asked only once.
#include "support/AppProcess.h"
#include "support/PrivateKeyring.h"
#include "support/ScriptedUsageApi.h"
#include "support/ServeProcess.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace {

const QString environmentKey = QStringLiteral("ak_environment_c0ffee");

// The whole answer to `request`, read until the service closes the connection.
QByteArray exchange(quint16 port, const QByteArray &request, int timeoutMs = 10'000) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5'000))
        return {};
    socket.write(request);
    QByteArray answer;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

QByteArray statusLine(const QByteArray &answer) {
    return answer.left(answer.indexOf("\r\n"));
}

} // namespace

class ServeLoadTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void onlyTheTwoGetsAreAnswered_data();
    void onlyTheTwoGetsAreAnswered();
    void aRequestThatNeverEndsIsCutOffWhileOthersAreServed();
    void anOversizedRequestIsRefused();
    void twoHundredScrapersAtOnceAreAllAnswered();
    void anAddressInUseEndsWithItsOwnStatus();
    void aBadListenIsAUsageError_data();
    void aBadListenIsAUsageError();
    void withoutAnyKeyNothingIsServed();
    void organizationsGivenAsCredentialsAloneAreServed();
    void keysComeFromTheKeychainWhereASessionBusExists();

private:
    ScriptedUsageApi m_api;
    ServeProcess m_serve{QStringLiteral(ALLIUM_USAGE_BINARY)};
};

void ServeLoadTest::initTestCase() {
    QVERIFY(m_api.isListening());
    // No organization stored: the one of ALLIUM_API_KEY, read at --base-url.
    m_serve.setEnvironmentKey(environmentKey);
    QString problem;
    QVERIFY2(m_serve.start({QStringLiteral("--base-url"), m_api.baseUrl().toString()}, &problem),
             qPrintable(problem));
    QDeadlineTimer deadline(15'000);
    while (m_api.requestCount() == 0 && !deadline.hasExpired())
        QTest::qWait(50);
    QCOMPARE(m_api.requestCount(), 1);
    QCOMPARE(m_api.lastRequest().header("X-API-KEY"), environmentKey.toLatin1());
}

void ServeLoadTest::cleanupTestCase() {
    QCOMPARE(m_serve.terminate(), 0);
    // However it was scraped, the API was asked once.
    QCOMPARE(m_api.requestCount(), 1);
}

void ServeLoadTest::onlyTheTwoGetsAreAnswered_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("GET /metrics") << QByteArray("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
                                  << QByteArray("HTTP/1.1 200 OK");
    QTest::newRow("GET /healthz") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                                  << QByteArray("HTTP/1.1 200 OK");
    QTest::newRow("GET /") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                           << QByteArray("HTTP/1.1 404 Not Found");
    QTest::newRow("GET /metrics/x") << QByteArray("GET /metrics/x HTTP/1.1\r\nHost: x\r\n\r\n")
                                    << QByteArray("HTTP/1.1 404 Not Found");
    QTest::newRow("POST /metrics")
        << QByteArray("POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        << QByteArray("HTTP/1.1 405 Method Not Allowed");
    QTest::newRow("DELETE /healthz") << QByteArray("DELETE /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                                     << QByteArray("HTTP/1.1 405 Method Not Allowed");
    // A GET has no body, so any body is refused before the method is looked at.
    QTest::newRow("PUT /metrics with a body")
        << QByteArray("PUT /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
        << QByteArray("HTTP/1.1 413 Content Too Large");
}

void ServeLoadTest::onlyTheTwoGetsAreAnswered() {
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    const QByteArray answer = exchange(m_serve.port(), request);
    QCOMPARE(statusLine(answer), status);
    if (status.endsWith("405 Method Not Allowed"))
        QVERIFY(answer.contains("\r\nAllow: GET, HEAD\r\n"));
    if (request.startsWith("GET /metrics "))
        QVERIFY(answer.contains("\nallium_usage_consumed{organization=\"environment\""));
}

void ServeLoadTest::aRequestThatNeverEndsIsCutOffWhileOthersAreServed() {
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, m_serve.port());
    QVERIFY(slow.waitForConnected(5'000));
    slow.write("GET /metrics HTTP/1.1\r\nHost: x\r\n"); // and never the blank line
    QVERIFY(slow.waitForBytesWritten(5'000));
    // Meanwhile, a scraper is served as usual.
    QCOMPARE(statusLine(exchange(m_serve.port(), "GET /metrics HTTP/1.1\r\n\r\n")),
             QByteArray("HTTP/1.1 200 OK"));
    QByteArray answer;
    QDeadlineTimer deadline(15'000);
    while (slow.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        slow.waitForReadyRead(100);
        answer += slow.readAll();
    }
    QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(statusLine(answer + slow.readAll()), QByteArray("HTTP/1.1 408 Request Timeout"));
}

void ServeLoadTest::anOversizedRequestIsRefused() {
    const QByteArray huge =
        "GET /metrics HTTP/1.1\r\nX-Filler: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n";
    const QByteArray answer = exchange(m_serve.port(), huge);
    QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
    QVERIFY(!answer.contains("allium_usage_"));
}

void ServeLoadTest::twoHundredScrapersAtOnceAreAllAnswered() {
    // More than the 64 served at once: the rest wait in the accept queue, none is refused.
    constexpr int scrapers = 200;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> answers(scrapers);
    int closed = 0;
    for (int i = 0; i < scrapers; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        connect(raw, &QTcpSocket::connected, raw,
                [raw] { raw->write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n"); });
        connect(raw, &QTcpSocket::readyRead, raw,
                [raw, &answers, i] { answers[i] += raw->readAll(); });
        connect(raw, &QTcpSocket::disconnected, raw, [&closed] { ++closed; });
        raw->connectToHost(QHostAddress::LocalHost, m_serve.port());
        sockets.push_back(std::move(socket));
    }
    QDeadlineTimer deadline(60'000);
    while (closed < scrapers && !deadline.hasExpired())
        QTest::qWait(50);
    QCOMPARE(closed, scrapers);
    for (int i = 0; i < scrapers; ++i) {
        answers[i] += sockets[i]->readAll();
        QVERIFY2(statusLine(answers[i]) == "HTTP/1.1 200 OK", qPrintable(QString::number(i)));
        QVERIFY(answers[i].contains("allium_usage_consumed{organization=\"environment\","
                                    "unit=\"developer_units\"} 341523\n"));
    }
}

void ServeLoadTest::anAddressInUseEndsWithItsOwnStatus() {
    QProcessEnvironment environment = m_serve.environment();
    const AppProcess::Outcome outcome =
        AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), environment)
            .run({QStringLiteral("--serve"), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:%1").arg(m_serve.port()), QStringLiteral("--base-url"),
                  m_api.baseUrl().toString()});
    QCOMPARE(outcome.exitCode, 8);
    QVERIFY2(outcome.err.contains("Cannot listen on 127.0.0.1:"), outcome.err.constData());
}

void ServeLoadTest::aBadListenIsAUsageError_data() {
    QTest::addColumn<QString>("listen");
    QTest::newRow("port only") << QStringLiteral("10741");
    QTest::newRow("a host name") << QStringLiteral("metrics.example.com:10741");
    QTest::newRow("IPv6 without brackets") << QStringLiteral("::1:10741");
    QTest::newRow("port out of range") << QStringLiteral("127.0.0.1:65536");
    QTest::newRow("no port") << QStringLiteral("127.0.0.1:");
    QTest::newRow("not a port") << QStringLiteral("127.0.0.1:http");
}

void ServeLoadTest::aBadListenIsAUsageError() {
    QFETCH(QString, listen);
    const AppProcess::Outcome outcome =
        AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), m_serve.environment())
            .run({QStringLiteral("--serve"), QStringLiteral("--listen"), listen});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.startsWith("--listen: expected HOST:PORT with an IP address"),
             outcome.err.constData());
}

void ServeLoadTest::withoutAnyKeyNothingIsServed() {
    ServeProcess keyless(QStringLiteral(ALLIUM_USAGE_BINARY));
    const AppProcess::Outcome outcome =
        AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), keyless.environment())
            .run({QStringLiteral("--serve"), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0")});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains("No API key"), outcome.err.constData());
    // A key is never taken from an argument.
    const AppProcess::Outcome argument =
        AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), keyless.environment())
            .run({QStringLiteral("--serve"), QStringLiteral("--api-key=ak_on_the_command_line")});
    QCOMPARE(argument.exitCode, 2);
    QVERIFY(argument.err.contains("not accepted on the command line"));
}

void ServeLoadTest::organizationsGivenAsCredentialsAloneAreServed() {
    // A server set up in its unit file only: LoadCredential=allium-api-key.eu:... and .us.
    ScriptedUsageApi api;
    ServeProcess credentialsOnly(QStringLiteral(ALLIUM_USAGE_BINARY));
    QVERIFY(credentialsOnly.writeCredential(QStringLiteral("allium-api-key.eu"),
                                            QStringLiteral("ak_eu_1")));
    QVERIFY(credentialsOnly.writeCredential(QStringLiteral("allium-api-key.us"),
                                            QStringLiteral("ak_us_2")));
    QString problem;
    QVERIFY2(
        credentialsOnly.start({QStringLiteral("--base-url"), api.baseUrl().toString()}, &problem),
        qPrintable(problem));
    QVERIFY2(credentialsOnly.log().contains("for: eu, us."), credentialsOnly.log().constData());
    QDeadlineTimer deadline(20'000);
    while (api.requestCount() < 2 && !deadline.hasExpired())
        QTest::qWait(50);
    QCOMPARE(api.requestCount(), 2);
    QSet<QByteArray> keys;
    for (const HttpRequest &request : api.requests())
        keys.insert(request.header("X-API-KEY"));
    QCOMPARE(keys, (QSet<QByteArray>{"ak_eu_1", "ak_us_2"}));
    const QByteArray metrics =
        exchange(credentialsOnly.port(), "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(metrics.contains("allium_usage_up{organization=\"eu\"} 1\n"));
    QVERIFY(metrics.contains("allium_usage_up{organization=\"us\"} 1\n"));
    QVERIFY(!metrics.contains("organization=\"Default\""));
    QCOMPARE(credentialsOnly.terminate(), 0);
}

void ServeLoadTest::keysComeFromTheKeychainWhereASessionBusExists() {
    // A person's session (the user unit): the organization and its key were set up with
    // --set-key --org; the exporter finds the key in the real Secret Service.
    PrivateKeyring keyring;
    QVERIFY2(keyring.start(), qPrintable(keyring.problem()));
    ScriptedUsageApi api;
    ServeProcess session(QStringLiteral(ALLIUM_USAGE_BINARY));
    session.setSessionBus(keyring.busAddress());
    const AppProcess::Outcome setKey =
        AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), session.environment())
            .run({QStringLiteral("--set-key"), QStringLiteral("--org"),
                  QStringLiteral("Production"), QStringLiteral("--base-url"),
                  api.baseUrl().toString()},
                 "ak_keychain_9\n");
    QVERIFY2(setKey.exitCode == 0, setKey.err.constData());
    QString problem;
    QVERIFY2(session.start({}, &problem), qPrintable(problem));
    QDeadlineTimer deadline(20'000);
    while (api.requestCount() < 1 && !deadline.hasExpired())
        QTest::qWait(50);
    QCOMPARE(api.requestCount(), 1);
    QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("ak_keychain_9"));
    const QByteArray metrics = exchange(session.port(), "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(metrics.contains("allium_usage_up{organization=\"Production\"} 1\n"));
    QVERIFY(!metrics.contains("ak_keychain_9"));
    QCOMPARE(session.terminate(), 0);
}

QTEST_GUILESS_MAIN(ServeLoadTest)
#include "ServeLoadTest.moc"
