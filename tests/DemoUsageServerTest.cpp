// Demo mode must run through the real network code: the service fetches the demo server's data
// exactly as it would fetch the real API's.
#include "core/demo/DemoUsageServer.h"
#include "core/Clock.h"
#include "core/api/BaseUrlPolicy.h"
#include "core/api/UsageService.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class DemoUsageServerTest final : public QObject {
    Q_OBJECT

private slots:
    void serviceFetchesDemoDataThroughTheNetwork();
    void demoDataGrowsWithTheClock();
    void requiresAKey();
    void answersOtherPathsWithNotFound_data();
    void answersOtherPathsWithNotFound();
    void listensOnLoopbackOnly();
};

namespace {

QDateTime midMonth() {
    return QDateTime(QDate(2026, 4, 15), QTime(12, 0), Qt::UTC);
}

std::optional<UsageSnapshot> fetchOnce(UsageService &service) {
    QSignalSpy received(&service, &UsageService::snapshotReceived);
    QSignalSpy failed(&service, &UsageService::refreshFailed);
    if (!service.refreshNow())
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return received.count() + failed.count() > 0; }, 10000))
        return std::nullopt;
    if (failed.count() > 0)
        qWarning() << failed.constFirst().constFirst().value<UsageError>().message;
    return service.lastError() ? std::nullopt : service.lastSnapshot();
}

int statusOf(QNetworkAccessManager &network, const QUrl &url, const QByteArray &key = "demo") {
    QNetworkRequest request(url);
    if (!key.isEmpty())
        request.setRawHeader("X-API-KEY", key);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

void DemoUsageServerTest::serviceFetchesDemoDataThroughTheNetwork() {
    ManualClock clock(midMonth());
    DemoUsageServer server(clock);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    UsageService service(clock);
    QVERIFY(service.setBaseUrl(server.baseUrl()));
    service.setApiKey(DemoUsageServer::apiKey());

    const auto snapshot = fetchOnce(service);
    QVERIFY(snapshot);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(!snapshot->units.isEmpty());
    QVERIFY(snapshot->billingPeriodStart <= clock.now());
    QVERIFY(clock.now() < snapshot->billingPeriodEnd);
    const UnitUsage *developer = snapshot->unit(QStringLiteral("developer_units"));
    QVERIFY(developer);
    QVERIFY(developer->allocated);
    QVERIFY(developer->consumed > 0);
    QVERIFY(*developer->percentUsed() < 100.0);
}

void DemoUsageServerTest::demoDataGrowsWithTheClock() {
    ManualClock clock(midMonth());
    DemoUsageServer server(clock);
    QVERIFY(server.start());
    UsageService service(clock);
    QVERIFY(service.setBaseUrl(server.baseUrl()));
    service.setApiKey(DemoUsageServer::apiKey());

    const auto first = fetchOnce(service);
    clock.advance(6 * 60 * 60);
    const auto later = fetchOnce(service);
    QVERIFY(first && later);
    QVERIFY(later->unit(QStringLiteral("developer_units"))->consumed >
            first->unit(QStringLiteral("developer_units"))->consumed);
}

void DemoUsageServerTest::requiresAKey() {
    ManualClock clock(midMonth());
    DemoUsageServer server(clock);
    QVERIFY(server.start());
    QNetworkAccessManager network;
    const QUrl url =
        server.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/account/organization/usage")));
    QCOMPARE(statusOf(network, url, QByteArray()), 401);
    QCOMPARE(statusOf(network, url, "any-other-key"), 200);
}

void DemoUsageServerTest::answersOtherPathsWithNotFound_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << QStringLiteral("/");
    QTest::newRow("another endpoint") << QStringLiteral("/api/v1/account/organization");
    QTest::newRow("usage below a prefix") << QStringLiteral("/x/api/v1/account/organization/usage");
}

void DemoUsageServerTest::answersOtherPathsWithNotFound() {
    QFETCH(QString, path);
    ManualClock clock(midMonth());
    DemoUsageServer server(clock);
    QVERIFY(server.start());
    QNetworkAccessManager network;
    QCOMPARE(statusOf(network, server.baseUrl().resolved(QUrl(path))), 404);
}

void DemoUsageServerTest::listensOnLoopbackOnly() {
    ManualClock clock(midMonth());
    DemoUsageServer server(clock);
    QVERIFY(!server.baseUrl().isValid());
    QVERIFY(server.start());
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.baseUrl().port() > 0);
    QVERIFY(BaseUrlPolicy::problem(server.baseUrl()).isEmpty());
}

QTEST_GUILESS_MAIN(DemoUsageServerTest)
#include "DemoUsageServerTest.moc"
