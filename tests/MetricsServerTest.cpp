// The exporter's endpoint over real HTTP: /metrics in the format the scraper asks for, /healthz,
// 404/405 for anything else, the bearer token, and what a hostile or busy network does to it: a
// slow request, an oversized one, 200 scrapers at once, and a shutdown during a long answer.
#include "core/metrics/MetricsServer.h"
#include "core/Clock.h"
#include "core/api/UsageParser.h"
#include "core/metrics/MetricsExposition.h"
#include "support/CannedUsageBodies.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace std::chrono_literals;

namespace {

const QByteArray prometheusAccept =
    "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;"
    "q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

OrganizationMetrics organization(const QString &alias, bool fresh) {
    OrganizationMetrics metrics;
    metrics.alias = alias;
    metrics.snapshot =
        *UsageParser::parse(CannedUsageBodies::unitPlan(), QDateTime::currentDateTimeUtc())
             .snapshot;
    metrics.lastSuccessAt = metrics.snapshot->receivedAt;
    metrics.failureCounts = OrganizationMetrics::FailureCounts{};
    metrics.fresh = fresh;
    return metrics;
}

// What a raw client received: the status line's code, the head and the body.
struct RawAnswer {
    int status = 0;
    QByteArray head;
    QByteArray body;
};

RawAnswer parseAnswer(const QByteArray &bytes) {
    RawAnswer answer;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    answer.head = end < 0 ? bytes : bytes.left(end);
    answer.body = end < 0 ? QByteArray() : bytes.mid(end + 4);
    answer.status = bytes.mid(9, 3).toInt();
    return answer;
}

} // namespace

class MetricsServerTest final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void prometheusGetsOpenMetrics();
    void otherScrapersGetTheTextFormat();
    void everyScrapeReadsTheHeldState();
    void healthIsOkWhileEveryReadingIsFresh();
    void healthFailsNamingTheStaleOrganization();
    void unknownPathIsNotFound_data();
    void unknownPathIsNotFound();
    void otherMethodsAreNotAllowed_data();
    void otherMethodsAreNotAllowed();
    void headAnswersWithoutABody();
    void tokenIsRequiredWhenConfigured_data();
    void tokenIsRequiredWhenConfigured();
    void slowRequestIsCutWhileScrapesGoOn();
    void oversizedRequestIsRefused_data();
    void oversizedRequestIsRefused();
    void twoHundredScrapersAtOnceAllGetTheWholeExposition();
    void shutDownFinishesTheScrapeBeingWritten();

private:
    RawAnswer ask(const QByteArray &request, int timeoutMs = 10'000);
    void start();

    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    QList<OrganizationMetrics> m_organizations;
    int m_provided = 0;
    std::unique_ptr<MetricsServer> m_server;
};

void MetricsServerTest::init() {
    m_organizations = {organization(QStringLiteral("Production"), true),
                       organization(QStringLiteral("Staging"), true)};
    m_provided = 0;
    m_server = std::make_unique<MetricsServer>(
        [this] {
            ++m_provided;
            return m_organizations;
        },
        m_clock);
}

void MetricsServerTest::cleanup() {
    m_server.reset();
}

void MetricsServerTest::start() {
    QString error;
    QVERIFY2(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    QCOMPARE(m_server->address(), QHostAddress(QHostAddress::LocalHost));
}

RawAnswer MetricsServerTest::ask(const QByteArray &request, int timeoutMs) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(request);
    disconnected.wait(timeoutMs);
    received += socket.readAll();
    return parseAnswer(received);
}

void MetricsServerTest::prometheusGetsOpenMetrics() {
    start();
    const RawAnswer answer =
        ask("GET /metrics HTTP/1.1\r\nHost: x\r\nAccept: " + prometheusAccept + "\r\n\r\n");
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.head.contains(
                 "Content-Type: application/openmetrics-text; version=1.0.0; charset=utf-8"),
             answer.head.constData());
    QCOMPARE(answer.body, MetricsExposition::write(m_organizations, MetricsFormat::OpenMetrics));
}

void MetricsServerTest::otherScrapersGetTheTextFormat() {
    start();
    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(m_server->url().resolved(QUrl(QStringLiteral("/metrics")))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("Content-Type"),
             QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(reply->readAll(),
             MetricsExposition::write(m_organizations, MetricsFormat::PrometheusText));
    reply->deleteLater();
}

void MetricsServerTest::everyScrapeReadsTheHeldState() {
    start();
    QCOMPARE(ask("GET /metrics HTTP/1.1\r\n\r\n").status, 200);
    QCOMPARE(m_provided, 1);
    m_organizations.removeLast();
    const RawAnswer second = ask("GET /metrics?format=anything HTTP/1.1\r\n\r\n");
    QCOMPARE(m_provided, 2);
    QVERIFY(!second.body.contains("Staging"));
    QCOMPARE(m_server->scrapeCount(), 2);
}

void MetricsServerTest::healthIsOkWhileEveryReadingIsFresh() {
    start();
    const RawAnswer answer = ask("GET /healthz HTTP/1.1\r\n\r\n");
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.startsWith("ok: "));
    QVERIFY(answer.head.contains("Content-Type: text/plain; charset=utf-8"));
}

void MetricsServerTest::healthFailsNamingTheStaleOrganization() {
    m_organizations[1].fresh = false;
    m_organizations[1].lastFailure = UsageErrorKind::RateLimited;
    start();
    const RawAnswer answer = ask("GET /healthz HTTP/1.1\r\n\r\n");
    QCOMPARE(answer.status, 503);
    QVERIFY2(answer.body.startsWith("unhealthy: not fresh: Staging\n"), answer.body.constData());
    QVERIFY(answer.body.contains("rate_limited"));
}

void MetricsServerTest::unknownPathIsNotFound_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("the root") << QByteArray("GET / HTTP/1.1\r\n\r\n");
    QTest::newRow("a neighbour of /metrics") << QByteArray("GET /metrics/x HTTP/1.1\r\n\r\n");
    QTest::newRow("another case") << QByteArray("GET /METRICS HTTP/1.1\r\n\r\n");
    QTest::newRow("a path escape") << QByteArray("GET /../etc/passwd HTTP/1.1\r\n\r\n");
    QTest::newRow("POST elsewhere") << QByteArray("POST /api HTTP/1.1\r\n\r\n");
}

void MetricsServerTest::unknownPathIsNotFound() {
    QFETCH(QByteArray, request);
    start();
    const RawAnswer answer = ask(request);
    QCOMPARE(answer.status, 404);
    QVERIFY(answer.body.contains("GET /metrics"));
    QCOMPARE(m_provided, 0);
}

void MetricsServerTest::otherMethodsAreNotAllowed_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("POST /metrics") << QByteArray("POST /metrics HTTP/1.1\r\n\r\n");
    QTest::newRow("PUT /healthz") << QByteArray("PUT /healthz HTTP/1.1\r\n\r\n");
    QTest::newRow("DELETE /metrics") << QByteArray("DELETE /metrics HTTP/1.1\r\n\r\n");
    QTest::newRow("OPTIONS /metrics") << QByteArray("OPTIONS /metrics HTTP/1.1\r\n\r\n");
}

void MetricsServerTest::otherMethodsAreNotAllowed() {
    QFETCH(QByteArray, request);
    start();
    const RawAnswer answer = ask(request);
    QCOMPARE(answer.status, 405);
    QVERIFY2(answer.head.contains("\r\nAllow: GET, HEAD"), answer.head.constData());
    QCOMPARE(m_provided, 0);
}

void MetricsServerTest::headAnswersWithoutABody() {
    start();
    const RawAnswer answer = ask("HEAD /metrics HTTP/1.1\r\n\r\n");
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.isEmpty());
    const QByteArray full =
        MetricsExposition::write(m_organizations, MetricsFormat::PrometheusText);
    QVERIFY2(answer.head.contains(QByteArray("Content-Length: " + QByteArray::number(full.size()))),
             answer.head.constData());
}

void MetricsServerTest::tokenIsRequiredWhenConfigured_data() {
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("challenge");
    const QByteArray plain = "Bearer realm=\"allium-usage\"";
    const QByteArray invalid = plain + ", error=\"invalid_token\"";
    QTest::newRow("/metrics without a token")
        << QByteArray("/metrics") << QByteArray() << 401 << plain;
    QTest::newRow("/metrics with a wrong token")
        << QByteArray("/metrics") << QByteArray("Bearer guess") << 401 << invalid;
    QTest::newRow("/metrics with the token")
        << QByteArray("/metrics") << QByteArray("Bearer 0123abcd") << 200 << QByteArray();
    QTest::newRow("/healthz without a token")
        << QByteArray("/healthz") << QByteArray() << 401 << plain;
    QTest::newRow("/healthz with the token")
        << QByteArray("/healthz") << QByteArray("Bearer 0123abcd") << 200 << QByteArray();
}

void MetricsServerTest::tokenIsRequiredWhenConfigured() {
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QByteArray, challenge);
    m_server->setBearerToken(BearerToken("0123abcd"));
    start();
    QByteArray request = "GET " + path + " HTTP/1.1\r\n";
    if (!authorization.isEmpty())
        request += "Authorization: " + authorization + "\r\n";
    const RawAnswer answer = ask(request + "\r\n");
    QCOMPARE(answer.status, status);
    if (status == 401) {
        QVERIFY2(answer.head.contains(QByteArray("\r\nWWW-Authenticate: " + challenge + "\r\n")),
                 answer.head.constData());
        QVERIFY(!answer.body.contains("allium_usage"));
        QCOMPARE(m_provided, 0);
    }
}

void MetricsServerTest::slowRequestIsCutWhileScrapesGoOn() {
    start();
    // A slowloris client with the endpoint's real limits: a byte every 200 ms, never done.
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(slow.waitForConnected(5000));
    slow.write("GET /metrics HTTP/1.1\r\nX-Slow: ");
    QTimer drip;
    connect(&drip, &QTimer::timeout, &slow, [&slow] { slow.write("a"); });
    drip.start(200);
    QByteArray slowReceived;
    connect(&slow, &QTcpSocket::readyRead, this, [&] { slowReceived += slow.readAll(); });
    QElapsedTimer elapsed;
    elapsed.start();

    // Meanwhile a real scrape is answered at once.
    QCOMPARE(ask("GET /metrics HTTP/1.1\r\n\r\n").status, 200);
    QVERIFY(elapsed.elapsed() < 2000);

    QSignalSpy disconnected(&slow, &QTcpSocket::disconnected);
    QVERIFY(disconnected.wait(10'000));
    const qint64 cutAfter = elapsed.elapsed();
    const qint64 limit = MetricsServer::defaultLimits().requestTimeout.count();
    QVERIFY2(cutAfter >= limit - 500 && cutAfter < limit + 3000,
             qPrintable(QString::number(cutAfter)));
    QVERIFY2(slowReceived.startsWith("HTTP/1.1 408 "), slowReceived.constData());
}

void MetricsServerTest::oversizedRequestIsRefused_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("a head of 64 KiB")
        << QByteArray("GET /metrics HTTP/1.1\r\nX-Filler: " + QByteArray(64 * 1024, 'a') +
                      "\r\n\r\n")
        << 431;
    QTest::newRow("a body with a GET")
        << QByteArray("GET /metrics HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789") << 413;
    QTest::newRow("a chunked body")
        << QByteArray("POST /metrics HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 501;
}

void MetricsServerTest::oversizedRequestIsRefused() {
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    start();
    QCOMPARE(ask(request).status, status);
    QCOMPARE(m_provided, 0);
    QCOMPARE(ask("GET /healthz HTTP/1.1\r\n\r\n").status, 200); // and the next one is served
}

void MetricsServerTest::twoHundredScrapersAtOnceAllGetTheWholeExposition() {
    start();
    const QByteArray expected =
        MetricsExposition::write(m_organizations, MetricsFormat::OpenMetrics);
    constexpr int scrapers = 200;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> received(scrapers);
    int closed = 0;
    for (int i = 0; i < scrapers; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        connect(raw, &QTcpSocket::connected, this, [raw] {
            raw->write("GET /metrics HTTP/1.1\r\nAccept: " + prometheusAccept + "\r\n\r\n");
        });
        connect(raw, &QTcpSocket::readyRead, this,
                [raw, &received, i] { received[i] += raw->readAll(); });
        connect(raw, &QTcpSocket::disconnected, this, [&closed] { ++closed; });
        raw->connectToHost(QHostAddress::LocalHost, m_server->port());
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(closed, scrapers, 60'000);
    for (int i = 0; i < scrapers; ++i) {
        const RawAnswer answer = parseAnswer(received[i]);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, expected);
    }
    QCOMPARE(m_server->scrapeCount(), scrapers);
}

void MetricsServerTest::shutDownFinishesTheScrapeBeingWritten() {
    // Enough organizations for an answer of megabytes, more than the sockets hold: while the
    // client has not read, the server is still writing it.
    for (int i = 0; i < 5000; ++i)
        m_organizations.append(organization(QStringLiteral("Organization %1").arg(i), true));
    start();
    const QByteArray expected =
        MetricsExposition::write(m_organizations, MetricsFormat::PrometheusText);
    QVERIFY2(expected.size() > 8 * 1024 * 1024, qPrintable(QString::number(expected.size())));

    QTcpSocket socket;
    socket.setReadBufferSize(64 * 1024); // reads only what it is given room for
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /metrics HTTP/1.1\r\n\r\n");
    QTRY_COMPARE(m_server->scrapeCount(), 1);

    QSignalSpy drained(m_server.get(), &MetricsServer::drained);
    m_server->shutDown(10s);
    QTest::qWait(50);
    QVERIFY(drained.isEmpty()); // the answer is still on its way

    QByteArray received;
    socket.setReadBufferSize(0);
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 20'000);
    received += socket.readAll();
    QCOMPARE(parseAnswer(received).body.size(), expected.size());
    QVERIFY(parseAnswer(received).body == expected);
    QVERIFY(drained.count() == 1 || drained.wait(5000));
}

QTEST_GUILESS_MAIN(MetricsServerTest)
#include "MetricsServerTest.moc"
