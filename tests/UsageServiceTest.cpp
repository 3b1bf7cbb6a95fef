// The usage service, through a real QNetworkAccessManager against the scripted loopback API:
// what it sends, how it classifies every kind of answer, and when it asks again.
#include "core/api/UsageService.h"
#include "core/Clock.h"
#include "core/api/BaseUrlPolicy.h"
#include "core/http/HttpServer.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(UsageErrorKind)

namespace {

const QString Key = QStringLiteral("test-key-0123456789");

// Small enough that the whole program runs in a few seconds.
UsageServiceTimings fastTimings() {
    UsageServiceTimings timings;
    timings.transferTimeout = 3000ms;
    timings.minimumRefreshInterval = 10ms;
    timings.refreshInterval = 60'000ms; // polling tests set their own
    timings.backoffInitial = 40ms;
    timings.backoffMaximum = 400ms;
    return timings;
}

HttpResponse stream(qint64 bytes, bool declareLength) {
    HttpResponse response;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    response.delivery = HttpResponse::Delivery::Stream;
    response.streamedBodyBytes = bytes;
    response.streamDeclaresLength = declareLength;
    return response;
}

} // namespace

class UsageServiceTest final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fetchesTheUsageEndpointWithTheKeyInAHeader();
    void neverPutsTheKeyInTheUrl();
    void keepsTheBasePathPrefix_data();
    void keepsTheBasePathPrefix();
    void sendsTheRequestBelowAPrefixOnTheWire();
    void judgesBaseUrls_data();
    void judgesBaseUrls();
    void proxyTrapCatchesPlainHttpRequests();
    void refusesPlainHttpToOtherHostsWithoutConnecting_data();
    void refusesPlainHttpToOtherHostsWithoutConnecting();
    void missingKeyIsAConfigurationError();
    void unsendableKeyIsAConfigurationError_data();
    void unsendableKeyIsAConfigurationError();
    void classifiesEachAnswer_data();
    void classifiesEachAnswer();
    void includesTheServerDetailInTheMessage_data();
    void includesTheServerDetailInTheMessage();
    void rateLimitedAnswerCarriesRetryAfter_data();
    void rateLimitedAnswerCarriesRetryAfter();
    void stalledBodyHitsTheTransferTimeout();
    void refusedConnectionIsANetworkError();
    void droppedConnectionIsANetworkError();
    void unknownHostIsANetworkError();
    void failedTlsHandshakeIsANetworkError();
    void oversizedBodyIsAbortedUnread_data();
    void oversizedBodyIsAbortedUnread();
    void bodyOfExactlyTheLimitIsRead();
    void redirectLoopEnds();
    void followsARedirectWithinTheSameServer();
    void refusesARedirectToPlainHttpElsewhere();
    void manualRefreshNeverOverlapsARequestInFlight();
    void keepsTheLastGoodSnapshotAfterAFailure();
    void clampsTheRefreshInterval();
    void pollsAtTheRefreshIntervalAfterSuccess();
    void backoffGrowsOnTransientFailures();
    void backoffHonoursRetryAfter();
    void permanentFailureWaitsTheNormalInterval();
    void stopPollingCancelsTheSchedule();
    void fetchWithRetriesEndsInOneOutcome_data();
    void fetchWithRetriesEndsInOneOutcome();
    void fetchWithRetriesWaitsForRetryAfter();

private:
    // Starts one refresh and waits for its single outcome.
    bool fetch();
    QNetworkAccessManager *network() const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedUsageApi> m_api;
    std::unique_ptr<UsageService> m_service;
    std::unique_ptr<QSignalSpy> m_received;
    std::unique_ptr<QSignalSpy> m_failed;
};

void UsageServiceTest::init() {
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 4, 15), QTime(12, 0), Qt::UTC));
    m_api = std::make_unique<ScriptedUsageApi>();
    QVERIFY(m_api->isListening());
    m_service = std::make_unique<UsageService>(*m_clock);
    m_service->setTimings(fastTimings());
    QVERIFY(m_service->setBaseUrl(m_api->baseUrl()));
    m_service->setApiKey(Key);
    m_received = std::make_unique<QSignalSpy>(m_service.get(), &UsageService::snapshotReceived);
    m_failed = std::make_unique<QSignalSpy>(m_service.get(), &UsageService::refreshFailed);
}

void UsageServiceTest::cleanup() {
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_received.reset();
    m_failed.reset();
    m_service.reset();
    m_api.reset();
}

bool UsageServiceTest::fetch() {
    const qsizetype before = m_received->count() + m_failed->count();
    if (!m_service->refreshNow())
        return false;
    return QTest::qWaitFor([&] { return m_received->count() + m_failed->count() > before; }, 10000);
}

QNetworkAccessManager *UsageServiceTest::network() const {
    return m_service->findChild<QNetworkAccessManager *>();
}

void UsageServiceTest::fetchesTheUsageEndpointWithTheKeyInAHeader() {
    QVERIFY(fetch());
    QCOMPARE(m_received->count(), 1);
    QCOMPARE(m_failed->count(), 0);

    const HttpRequest request = m_api->lastRequest();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray(ScriptedUsageApi::UsagePath));
    QCOMPARE(request.header("X-API-KEY"), Key.toUtf8());
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header("User-Agent"),
             QByteArray("allium-usage/" ALLIUM_VERSION " (Qt ") + qVersion() + ')');

    const auto snapshot = m_received->constFirst().constFirst().value<UsageSnapshot>();
    QVERIFY(snapshot.unit(QStringLiteral("developer_units")));
    QCOMPARE(snapshot.unit(QStringLiteral("developer_units"))->consumed, 341523.0);
    QCOMPARE(snapshot.receivedAt, m_clock->now());
    QVERIFY(m_service->lastSnapshot());
    QVERIFY(!m_service->lastError());
    QVERIFY(!m_service->isBusy());
}

void UsageServiceTest::neverPutsTheKeyInTheUrl() {
    QVERIFY(fetch());
    QVERIFY(!m_service->endpointUrl().toString().contains(Key));
    const HttpRequest request = m_api->lastRequest();
    QVERIFY(!request.target.contains(Key.toUtf8()));
    QVERIFY(request.query().isEmpty());
    // Only the one header carries it.
    int carriers = 0;
    for (const auto &header : request.headers)
        carriers += header.second.contains(Key.toUtf8()) ? 1 : 0;
    QCOMPARE(carriers, 1);
}

void UsageServiceTest::keepsTheBasePathPrefix_data() {
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("endpoint");

    const QString path = QStringLiteral("/api/v1/account/organization/usage");
    QTest::newRow("default") << QStringLiteral("https://api.allium.so")
                             << QStringLiteral("https://api.allium.so") + path;
    QTest::newRow("trailing slash") << QStringLiteral("https://api.allium.so/")
                                    << QStringLiteral("https://api.allium.so") + path;
    QTest::newRow("proxy prefix") << QStringLiteral("https://proxy.example/allium")
                                  << QStringLiteral("https://proxy.example/allium") + path;
    QTest::newRow("proxy prefix with slashes")
        << QStringLiteral("https://proxy.example/allium//")
        << QStringLiteral("https://proxy.example/allium") + path;
    QTest::newRow("port kept") << QStringLiteral("http://127.0.0.1:8080")
                               << QStringLiteral("http://127.0.0.1:8080") + path;
}

void UsageServiceTest::keepsTheBasePathPrefix() {
    QFETCH(QString, base);
    QFETCH(QString, endpoint);
    QVERIFY(m_service->setBaseUrl(QUrl(base)));
    QCOMPARE(m_service->endpointUrl().toString(), endpoint);
}

void UsageServiceTest::sendsTheRequestBelowAPrefixOnTheWire() {
    m_api->setHandler([](const HttpRequest &request) {
        return request.path() == "/gateway/allium/api/v1/account/organization/usage"
                   ? ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits())
                   : ScriptedUsageApi::status(404, "wrong path");
    });
    QUrl base = m_api->baseUrl();
    base.setPath(QStringLiteral("/gateway/allium/"));
    QVERIFY(m_service->setBaseUrl(base));
    QVERIFY(fetch());
    QCOMPARE(m_received->count(), 1);
    QCOMPARE(m_api->lastRequest().target,
             QByteArray("/gateway/allium/api/v1/account/organization/usage"));
}

void UsageServiceTest::judgesBaseUrls_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("problemMentions");

    QTest::newRow("https anywhere") << QStringLiteral("https://api.allium.so") << true << QString();
    QTest::newRow("https with a prefix")
        << QStringLiteral("https://proxy.example/p") << true << QString();
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:9") << true << QString();
    QTest::newRow("http to elsewhere in 127/8")
        << QStringLiteral("http://127.4.5.6") << true << QString();
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8080") << true << QString();
    QTest::newRow("http to localhost")
        << QStringLiteral("http://LocalHost:8080") << true << QString();
    QTest::newRow("http to a public name")
        << QStringLiteral("http://api.allium.so") << false << QStringLiteral("http://");
    QTest::newRow("http to a private address")
        << QStringLiteral("http://192.168.1.10") << false << QStringLiteral("unencrypted");
    QTest::newRow("http to a look-alike of localhost")
        << QStringLiteral("http://localhost.example.com") << false << QStringLiteral("unencrypted");
    QTest::newRow("http to 128.0.0.1")
        << QStringLiteral("http://128.0.0.1") << false << QStringLiteral("unencrypted");
    QTest::newRow("another scheme")
        << QStringLiteral("ftp://api.allium.so") << false << QStringLiteral("https://");
    QTest::newRow("no scheme") << QStringLiteral("api.allium.so") << false
                               << QStringLiteral("not a complete URL");
    QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
    QTest::newRow("user info") << QStringLiteral("https://user:secret@api.allium.so") << false
                               << QStringLiteral("user name or password");
    QTest::newRow("query") << QStringLiteral("https://api.allium.so/?x=1") << false
                           << QStringLiteral("query");
}

void UsageServiceTest::judgesBaseUrls() {
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QFETCH(QString, problemMentions);

    const QString problem = BaseUrlPolicy::problem(QUrl(url));
    QCOMPARE(problem.isEmpty(), allowed);
    QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
    QString reported;
    QCOMPARE(m_service->setBaseUrl(QUrl(url), &reported), allowed);
    QCOMPARE(reported, problem);
    QVERIFY(!problem.contains(QStringLiteral("secret")));
}

// The trap used below: with an application proxy on a loopback server, any request for a
// non-loopback host would arrive there. This control shows that it really would.
void UsageServiceTest::proxyTrapCatchesPlainHttpRequests() {
    HttpServer trap;
    QVERIFY(trap.listen());
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), trap.port()));
    QNetworkAccessManager plain;
    QNetworkReply *reply = plain.get(QNetworkRequest(QUrl(QStringLiteral("http://example.com/x"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(trap.connectionCount(), 1);
    QCOMPARE(trap.requests().constFirst().target, QByteArray("http://example.com/x"));
    reply->deleteLater();
}

void UsageServiceTest::refusesPlainHttpToOtherHostsWithoutConnecting_data() {
    QTest::addColumn<QString>("url");
    QTest::newRow("public name") << QStringLiteral("http://example.com");
    QTest::newRow("public name with a prefix") << QStringLiteral("http://example.com/allium");
    QTest::newRow("private address") << QStringLiteral("http://10.1.2.3:8080");
}

void UsageServiceTest::refusesPlainHttpToOtherHostsWithoutConnecting() {
    QFETCH(QString, url);
    HttpServer trap;
    QVERIFY(trap.listen());
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), trap.port()));
    QVERIFY(network());
    QSignalSpy networkFinished(network(), &QNetworkAccessManager::finished);

    QString problem;
    QVERIFY(!m_service->setBaseUrl(QUrl(url), &problem));
    QVERIFY(problem.contains(QStringLiteral("http://")));
    QVERIFY(m_service->refreshNow());
    QVERIFY(network()->findChildren<QNetworkReply *>().isEmpty()); // no reply was ever made
    QVERIFY(m_failed->wait(5000));

    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::Configuration);
    QCOMPARE(error.message, problem);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(!error.isTransient());
    QCOMPARE(networkFinished.count(), 0);
    QCOMPARE(trap.connectionCount(), 0);
    QCOMPARE(m_api->requestCount(), 0);
    QVERIFY(!m_service->isBusy());
}

void UsageServiceTest::missingKeyIsAConfigurationError() {
    m_service->setApiKey(QStringLiteral("   "));
    QVERIFY(!m_service->hasApiKey());
    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::Configuration);
    QVERIFY(error.message.contains(QStringLiteral("API key")));
    QCOMPARE(m_api->requestCount(), 0);
}

void UsageServiceTest::unsendableKeyIsAConfigurationError_data() {
    QTest::addColumn<QString>("key");
    QTest::newRow("line break inside") << QStringLiteral("abc\r\nX-Other: 1");
    QTest::newRow("tab inside") << QStringLiteral("abc\tdef");
    QTest::newRow("non-ASCII") << QStringLiteral("abc\u00e9def");
}

void UsageServiceTest::unsendableKeyIsAConfigurationError() {
    QFETCH(QString, key);
    m_service->setApiKey(key);
    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::Configuration);
    QVERIFY2(error.message.contains(QStringLiteral("API key")), qPrintable(error.message));
    QVERIFY(!error.message.contains(key));
    QCOMPARE(m_api->requestCount(), 0);
}

void UsageServiceTest::classifiesEachAnswer_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<UsageErrorKind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QString>("messageMentions");

    const QByteArray none;
    QTest::newRow("401 means a wrong or revoked key")
        << 401 << none << UsageErrorKind::Unauthorized << false << QStringLiteral("revoked");
    QTest::newRow("403 means the plan does not include the endpoint")
        << 403 << none << UsageErrorKind::Forbidden << false
        << QStringLiteral("Subscription or Free Trial");
    QTest::newRow("429 is rate limiting") << 429 << none << UsageErrorKind::RateLimited << true
                                          << QStringLiteral("Too many requests");
    QTest::newRow("500 is a server failure, not retried")
        << 500 << none << UsageErrorKind::Server << false << QStringLiteral("500");
    QTest::newRow("502 is a passing server failure")
        << 502 << none << UsageErrorKind::Server << true << QStringLiteral("502");
    QTest::newRow("503 is a passing server failure")
        << 503 << none << UsageErrorKind::Server << true << QStringLiteral("503");
    QTest::newRow("504 is a passing server failure")
        << 504 << none << UsageErrorKind::Server << true << QStringLiteral("504");
    QTest::newRow("404 is an unexpected status")
        << 404 << none << UsageErrorKind::HttpStatus << false << QStringLiteral("404");
    QTest::newRow("418 is an unexpected status")
        << 418 << none << UsageErrorKind::HttpStatus << false << QStringLiteral("418");
    QTest::newRow("204 without a body is invalid") << 204 << none << UsageErrorKind::InvalidResponse
                                                   << false << QStringLiteral("could not be read");
    QTest::newRow("200 with HTML is invalid")
        << 200 << QByteArray("<html>maintenance</html>") << UsageErrorKind::InvalidResponse << false
        << QStringLiteral("could not be read");
    QTest::newRow("200 with a wrong shape names the field")
        << 200 << QByteArray(R"({"billing_period_start": 5})") << UsageErrorKind::InvalidResponse
        << false << QStringLiteral("billing_period_start");
}

void UsageServiceTest::classifiesEachAnswer() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(UsageErrorKind, kind);
    QFETCH(bool, transient);
    QFETCH(QString, messageMentions);

    HttpResponse response = HttpResponse::json(status, body);
    m_api->enqueue(response);
    QVERIFY(fetch());
    QCOMPARE(m_received->count(), 0);
    QCOMPARE(m_failed->count(), 1);
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.isTransient(), transient);
    QVERIFY2(error.message.contains(messageMentions), qPrintable(error.message));
    QVERIFY(!error.advice().isEmpty());
    QCOMPARE(error.httpStatus, kind == UsageErrorKind::InvalidResponse ? 0 : status);
    QVERIFY(m_service->lastError());
    QCOMPARE(m_service->lastError()->kind, kind);
}

void UsageServiceTest::includesTheServerDetailInTheMessage_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");

    QTest::newRow("detail") << QByteArray(R"({"detail": "Invalid API key"})")
                            << QStringLiteral("Invalid API key");
    QTest::newRow("message") << QByteArray(R"({"message": "Key revoked  on\n2026-04-01"})")
                             << QStringLiteral("Key revoked on 2026-04-01");
    QTest::newRow("error text") << QByteArray(R"({"error": "bad key"})")
                                << QStringLiteral("bad key");
    QTest::newRow("error object") << QByteArray(R"({"error": {"message": "nested"}})")
                                  << QStringLiteral("nested");
    QTest::newRow("validation list")
        << QByteArray(R"({"detail": [{"msg": "field a"}, {"msg": "field b"}]})")
        << QStringLiteral("field a; field b");
    QTest::newRow("no JSON") << QByteArray("<h1>401</h1>") << QString();
    QTest::newRow("JSON without a known field") << QByteArray(R"({"code": 7})") << QString();
}

void UsageServiceTest::includesTheServerDetailInTheMessage() {
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);

    m_api->enqueue(HttpResponse::json(401, body));
    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::Unauthorized);
    QCOMPARE(error.serverDetail, detail);
    if (!detail.isEmpty())
        QVERIFY2(error.message.contains(detail), qPrintable(error.message));
    QVERIFY(!error.message.contains(QStringLiteral("<h1>")));
}

void UsageServiceTest::rateLimitedAnswerCarriesRetryAfter_data() {
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("expectedMs"); // -1: none

    QTest::newRow("seconds") << QByteArray("30") << qint64(30'000);
    // The clock says 2026-04-15 12:00:00 UTC.
    QTest::newRow("HTTP-date") << QByteArray("Wed, 15 Apr 2026 12:00:45 GMT") << qint64(45'000);
    QTest::newRow("past HTTP-date") << QByteArray("Wed, 15 Apr 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("garbage") << QByteArray("later please") << qint64(-1);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
}

void UsageServiceTest::rateLimitedAnswerCarriesRetryAfter() {
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expectedMs);

    HttpResponse response = ScriptedUsageApi::status(429, "slow down");
    if (!retryAfter.isEmpty())
        response.withHeader("Retry-After", retryAfter);
    m_api->enqueue(response);
    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::RateLimited);
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.retryAfter.has_value(), expectedMs >= 0);
    if (expectedMs >= 0)
        QCOMPARE(error.retryAfter->count(), expectedMs);
    QVERIFY(error.message.contains(QStringLiteral("slow down")));
}

void UsageServiceTest::stalledBodyHitsTheTransferTimeout() {
    UsageServiceTimings timings = fastTimings();
    timings.transferTimeout = 300ms;
    m_service->setTimings(timings);
    HttpResponse response = ScriptedUsageApi::ok(CannedUsageBodies::unitPlan());
    response.delivery = HttpResponse::Delivery::StallBody;
    response.stalledBodyBytes = 20;
    m_api->enqueue(response);

    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::Network);
    QVERIFY2(error.message.contains(QStringLiteral("timed out")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("300 ms")), qPrintable(error.message));
    QVERIFY(error.isTransient());
    QVERIFY(elapsed.elapsed() >= 250);
    QVERIFY(elapsed.elapsed() < 5000);
}

void UsageServiceTest::refusedConnectionIsANetworkError() {
    quint16 port = 0;
    {
        HttpServer closed;
        QVERIFY(closed.listen());
        port = closed.port();
    }
    QVERIFY(m_service->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::Network);
    QVERIFY2(error.message.contains(QStringLiteral("refused")), qPrintable(error.message));
    QVERIFY(error.isTransient());
}

void UsageServiceTest::droppedConnectionIsANetworkError() {
    HttpResponse response;
    response.delivery = HttpResponse::Delivery::CloseWithoutAnswer;
    m_api->setFallback(response);
    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::Network);
    QVERIFY2(error.message.contains(QStringLiteral("closed the connection")),
             qPrintable(error.message));
}

void UsageServiceTest::unknownHostIsANetworkError() {
    // .invalid never resolves (RFC 2606), so this needs no network and names no real host.
    QVERIFY(m_service->setBaseUrl(QUrl(QStringLiteral("https://allium-usage-test.invalid"))));
    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::Network);
    QVERIFY2(error.message.contains(QStringLiteral("could not be found")),
             qPrintable(error.message));
    QVERIFY(error.message.contains(QStringLiteral("allium-usage-test.invalid")));
}

void UsageServiceTest::failedTlsHandshakeIsANetworkError() {
    // A server that answers a TLS hello with plain text, as a misconfigured proxy would.
    QTcpServer plainText;
    QVERIFY(plainText.listen(QHostAddress::LocalHost));
    connect(&plainText, &QTcpServer::newConnection, this, [&plainText] {
        while (QTcpSocket *socket = plainText.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    QVERIFY(m_service->setBaseUrl(
        QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plainText.serverPort()))));
    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::Network);
    QVERIFY2(error.message.contains(QStringLiteral("TLS")), qPrintable(error.message));
}

void UsageServiceTest::oversizedBodyIsAbortedUnread_data() {
    QTest::addColumn<bool>("declaresLength");
    QTest::newRow("declared by Content-Length") << true;
    QTest::newRow("found while reading") << false;
}

void UsageServiceTest::oversizedBodyIsAbortedUnread() {
    QFETCH(bool, declaresLength);
    constexpr qint64 endless = qint64(1) << 32; // 4 GiB: reading it all would be noticed
    m_api->enqueue(stream(endless, declaresLength));

    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::InvalidResponse);
    QVERIFY2(error.message.contains(QStringLiteral("too large")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("1.00 MiB")), qPrintable(error.message));
    // The transfer stopped near the limit (kernel buffers allow some slack), not at 4 GiB.
    QTest::qWait(50);
    QVERIFY2(m_api->server().streamedBytesWritten() < 64 * 1024 * 1024,
             qPrintable(QString::number(m_api->server().streamedBytesWritten())));
}

void UsageServiceTest::bodyOfExactlyTheLimitIsRead() {
    UsageServiceTimings timings = fastTimings();
    timings.maximumBodyBytes = 4096;
    m_service->setTimings(timings);
    QByteArray body = CannedUsageBodies::unitPlan();
    body.append(QByteArray(timings.maximumBodyBytes - body.size(), ' ')); // JSON allows the padding
    m_api->enqueue(ScriptedUsageApi::ok(body));
    QVERIFY(fetch());
    QCOMPARE(m_received->count(), 1);

    m_api->enqueue(ScriptedUsageApi::ok(body + ' '));
    QVERIFY(fetch());
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(m_failed->constFirst().constFirst().value<UsageError>().kind,
             UsageErrorKind::InvalidResponse);
}

void UsageServiceTest::redirectLoopEnds() {
    m_api->setHandler([](const HttpRequest &request) {
        HttpResponse response;
        response.status = 302;
        response.withHeader("Location", request.target);
        return response;
    });
    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QCOMPARE(error.kind, UsageErrorKind::InvalidResponse);
    QVERIFY2(error.message.contains(QStringLiteral("redirect loop")), qPrintable(error.message));
    QCOMPARE(m_api->requestCount(), UsageService::MaximumRedirects + 1);
}

void UsageServiceTest::followsARedirectWithinTheSameServer() {
    m_api->setHandler([](const HttpRequest &request) {
        if (request.path() == "/moved/api/v1/account/organization/usage")
            return ScriptedUsageApi::ok(CannedUsageBodies::annualAllocation());
        HttpResponse response;
        response.status = 308;
        response.withHeader("Location", "/moved/api/v1/account/organization/usage");
        return response;
    });
    QVERIFY(fetch());
    QCOMPARE(m_received->count(), 1);
    QCOMPARE(m_api->requestCount(), 2);
    // The key goes along to the new path on the same server.
    QCOMPARE(m_api->lastRequest().header("X-API-KEY"), Key.toUtf8());
}

void UsageServiceTest::refusesARedirectToPlainHttpElsewhere() {
    m_api->setHandler([](const HttpRequest &) {
        HttpResponse response;
        response.status = 302;
        response.withHeader("Location", "http://example.com/collect");
        return response;
    });
    QSignalSpy networkFinished(network(), &QNetworkAccessManager::finished);
    QVERIFY(fetch());
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    // Refused on the redirect itself: had it been followed, the outcome would be a network
    // failure or an answer from example.com, not this.
    QCOMPARE(error.kind, UsageErrorKind::InvalidResponse);
    QVERIFY2(error.message.contains(QStringLiteral("http://example.com/collect")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("not sent")), qPrintable(error.message));
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(networkFinished.count(), 1);
}

void UsageServiceTest::manualRefreshNeverOverlapsARequestInFlight() {
    HttpResponse slow = ScriptedUsageApi::ok(CannedUsageBodies::unitPlan());
    slow.delay = 300ms;
    m_api->setFallback(slow);
    QSignalSpy busy(m_service.get(), &UsageService::busyChanged);

    QVERIFY(m_service->refreshNow());
    QVERIFY(m_service->isBusy());
    QVERIFY(!m_service->refreshNow());
    QVERIFY(!m_service->fetchWithRetries(3, 1s));
    QVERIFY(m_received->wait(5000));
    QVERIFY(!m_service->isBusy());
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_received->count(), 1);
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QVERIFY(m_service->refreshNow()); // free again once the answer is in
}

void UsageServiceTest::keepsTheLastGoodSnapshotAfterAFailure() {
    QVERIFY(fetch());
    const UsageSnapshot good = *m_service->lastSnapshot();

    m_api->enqueue(ScriptedUsageApi::status(500, "database down"));
    m_clock->advance(60);
    QVERIFY(fetch());
    QCOMPARE(m_failed->count(), 1);
    QVERIFY(m_service->lastSnapshot());
    QVERIFY(m_service->lastSnapshot()->sameReadingAs(good));
    QCOMPARE(m_service->lastSnapshot()->receivedAt, good.receivedAt);
    QVERIFY(m_service->lastError());
    QCOMPARE(m_service->lastError()->kind, UsageErrorKind::Server);

    m_api->enqueue(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
    QVERIFY(fetch());
    QVERIFY(!m_service->lastError());
    QVERIFY(m_service->lastSnapshot()->unit(QStringLiteral("credits")));
    QCOMPARE(m_service->lastSnapshot()->receivedAt, m_clock->now());
}

void UsageServiceTest::clampsTheRefreshInterval() {
    UsageService service(*m_clock);
    QCOMPARE(service.timings().refreshInterval, 5min); // the default
    QCOMPARE(service.timings().minimumRefreshInterval, 60s);
    service.setRefreshInterval(1s);
    QCOMPARE(service.timings().refreshInterval, 60s);
    service.setRefreshInterval(10min);
    QCOMPARE(service.timings().refreshInterval, 10min);

    UsageServiceTimings timings;
    timings.refreshInterval = 5s;
    service.setTimings(timings);
    QCOMPARE(service.timings().refreshInterval, 60s);
}

void UsageServiceTest::pollsAtTheRefreshIntervalAfterSuccess() {
    m_service->setRefreshInterval(150ms);
    QSignalSpy next(m_service.get(), &UsageService::nextRefreshChanged);
    m_service->startPolling();
    QVERIFY(m_service->isPolling());
    QTRY_VERIFY_WITH_TIMEOUT(m_received->count() >= 3, 5000);
    QVERIFY(m_api->requestCount() >= 3);
    // Every scheduled refresh is one interval from "now" on the injected clock.
    int scheduled = 0;
    for (const auto &arguments : std::as_const(next)) {
        const QDateTime at = arguments.at(0).toDateTime();
        if (at.isValid()) {
            QCOMPARE(m_clock->now().msecsTo(at), qint64(150));
            ++scheduled;
        }
    }
    QVERIFY(scheduled >= 2);
    m_service->stopPolling();
}

void UsageServiceTest::backoffGrowsOnTransientFailures() {
    m_api->setFallback(ScriptedUsageApi::status(503, "overloaded"));
    QSignalSpy next(m_service.get(), &UsageService::nextRefreshChanged);
    QList<qint64> waits;
    connect(m_service.get(), &UsageService::nextRefreshChanged, this, [&](const QDateTime &at) {
        if (at.isValid())
            waits.append(m_clock->now().msecsTo(at));
    });
    m_service->startPolling();
    QTRY_VERIFY_WITH_TIMEOUT(waits.size() >= 6, 10000);
    m_service->stopPolling();

    // initial 40 ms, doubled per failure, jittered into [base/2, base], then capped at 400 ms.
    const QList<QPair<qint64, qint64>> ranges = {{20, 40},   {40, 80},   {80, 160},
                                                 {160, 320}, {320, 400}, {400, 400}};
    for (int i = 0; i < ranges.size(); ++i) {
        QVERIFY2(waits.at(i) >= ranges.at(i).first && waits.at(i) <= ranges.at(i).second,
                 qPrintable(QStringLiteral("wait %1 was %2 ms").arg(i).arg(waits.at(i))));
        if (i > 0)
            QVERIFY(waits.at(i) >= waits.at(i - 1));
    }
    QVERIFY(m_api->requestCount() >= 6);
    QVERIFY(m_failed->count() >= 6);
}

void UsageServiceTest::backoffHonoursRetryAfter() {
    QList<qint64> waits;
    connect(m_service.get(), &UsageService::nextRefreshChanged, this, [&](const QDateTime &at) {
        if (at.isValid())
            waits.append(m_clock->now().msecsTo(at));
    });
    // Retry-After longer than the whole backoff range wins: the server said when.
    m_api->enqueue(ScriptedUsageApi::status(429).withHeader("Retry-After", "2"));
    m_service->startPolling();
    QTRY_COMPARE_WITH_TIMEOUT(waits.size(), 1, 5000);
    QCOMPARE(waits.at(0), qint64(2000));
    m_service->stopPolling();

    // Retry-After shorter than the backoff does not shorten it.
    waits.clear();
    m_api->enqueue(ScriptedUsageApi::status(503).withHeader("Retry-After", "0"));
    QVERIFY(fetch());
    QVERIFY(waits.isEmpty()); // not polling: nothing scheduled
    m_api->enqueue(ScriptedUsageApi::status(429).withHeader("Retry-After", "0"));
    m_service->startPolling();
    QTRY_VERIFY_WITH_TIMEOUT(!waits.isEmpty(), 5000);
    m_service->stopPolling();
    // Third consecutive transient failure: base 160 ms, so at least 80 ms.
    QVERIFY2(waits.at(0) >= 80 && waits.at(0) <= 160, qPrintable(QString::number(waits.at(0))));
}

void UsageServiceTest::permanentFailureWaitsTheNormalInterval() {
    m_service->setRefreshInterval(5000ms);
    m_api->enqueue(ScriptedUsageApi::status(401, "revoked"));
    m_service->startPolling();
    QVERIFY(m_failed->wait(5000));
    QCOMPARE(m_clock->now().msecsTo(m_service->nextRefreshAt()), qint64(5000));
    m_service->stopPolling();
}

void UsageServiceTest::stopPollingCancelsTheSchedule() {
    m_service->setRefreshInterval(100ms);
    m_service->startPolling();
    QVERIFY(m_received->wait(5000));
    QVERIFY(m_service->nextRefreshAt().isValid());
    QSignalSpy next(m_service.get(), &UsageService::nextRefreshChanged);
    m_service->stopPolling();
    QVERIFY(!m_service->isPolling());
    QVERIFY(!m_service->nextRefreshAt().isValid());
    QCOMPARE(next.count(), 1);
    const int requests = m_api->requestCount();
    QTest::qWait(300);
    QCOMPARE(m_api->requestCount(), requests);
}

void UsageServiceTest::fetchWithRetriesEndsInOneOutcome_data() {
    QTest::addColumn<QList<int>>("statuses");   // queued answers; 200 gives the unit plan
    QTest::addColumn<QByteArray>("retryAfter"); // on every failure; empty for none
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<UsageErrorKind>("finalKind");

    QTest::newRow("success at once")
        << QList<int>{200} << QByteArray() << 1 << true << UsageErrorKind::Network;
    QTest::newRow("two passing failures, then success")
        << QList<int>{503, 502, 200} << QByteArray() << 3 << true << UsageErrorKind::Network;
    QTest::newRow("three passing failures use up the attempts")
        << QList<int>{503, 504, 429, 200} << QByteArray() << 3 << false
        << UsageErrorKind::RateLimited;
    QTest::newRow("a rejected key is not retried")
        << QList<int>{401, 200} << QByteArray() << 1 << false << UsageErrorKind::Unauthorized;
    QTest::newRow("a server bug is not retried")
        << QList<int>{500, 200} << QByteArray() << 1 << false << UsageErrorKind::Server;
    QTest::newRow("Retry-After beyond the cap gives up at once")
        << QList<int>{429, 200} << QByteArray("120") << 1 << false << UsageErrorKind::RateLimited;
}

void UsageServiceTest::fetchWithRetriesEndsInOneOutcome() {
    QFETCH(QList<int>, statuses);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, expectedRequests);
    QFETCH(bool, succeeds);
    QFETCH(UsageErrorKind, finalKind);

    for (int status : std::as_const(statuses)) {
        HttpResponse response = status == 200 ? ScriptedUsageApi::ok(CannedUsageBodies::unitPlan())
                                              : ScriptedUsageApi::status(status, "try later");
        if (status != 200 && !retryAfter.isEmpty())
            response.withHeader("Retry-After", retryAfter);
        m_api->enqueue(response);
    }
    QSignalSpy attemptFailed(m_service.get(), &UsageService::attemptFailed);
    QSignalSpy busy(m_service.get(), &UsageService::busyChanged);

    QVERIFY(m_service->fetchWithRetries(3, 60s));
    QVERIFY(QTest::qWaitFor([&] { return m_received->count() + m_failed->count() > 0; }, 10000));
    QTest::qWait(100); // nothing else may follow
    QCOMPARE(m_received->count() + m_failed->count(), 1);
    QCOMPARE(m_received->count(), succeeds ? 1 : 0);
    QCOMPARE(m_api->requestCount(), expectedRequests);
    QCOMPARE(attemptFailed.count(), expectedRequests - 1);
    QCOMPARE(busy.count(), 2); // busy once, throughout
    if (!succeeds)
        QCOMPARE(m_failed->constFirst().constFirst().value<UsageError>().kind, finalKind);
    QVERIFY(!m_service->nextRefreshAt().isValid());
}

void UsageServiceTest::fetchWithRetriesWaitsForRetryAfter() {
    m_api->enqueue(ScriptedUsageApi::status(429).withHeader("Retry-After", "1"));
    QSignalSpy attemptFailed(m_service.get(), &UsageService::attemptFailed);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(m_service->fetchWithRetries(3, 60s));
    QVERIFY(m_received->wait(5000));
    QVERIFY(elapsed.elapsed() >= 950);
    QCOMPARE(attemptFailed.count(), 1);
    QCOMPARE(attemptFailed.constFirst().at(1).toLongLong(), qint64(1000));
    QCOMPARE(m_api->requestCount(), 2);
}

QTEST_GUILESS_MAIN(UsageServiceTest)
#include "UsageServiceTest.moc"
