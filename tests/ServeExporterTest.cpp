// The exporter end to end: the real `allium-usage --serve` reads two organizations, each on a
// loopback API of its own with its own key (systemd credentials), and a real Prometheus scrapes it
// with a bearer token. Prometheus's query API must give back each organization's figures as its
// API served them; scrapes never call an API; the keys appear in nothing served; promtool accepts
// the live exposition; /healthz names the organization whose reading went stale; and SIGTERM in
// the middle of a refresh ends the service cleanly with its history intact.
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "support/CannedUsageBodies.h"
#include "support/PrometheusServer.h"
#include "support/ScriptedUsageApi.h"
#include "support/ServeProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

const QByteArray productionKey = "ak_production_7f3a9c";
const QByteArray stagingKey = "ak_staging_51be02";
const QByteArray metricsToken = "scrape-token-0d4e";

struct Reply {
    int status = 0;
    QByteArray body;
};

} // namespace

class ServeExporterTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void prometheusStoresEachOrganizationsFiguresAsItsApiServedThem();
    void theKeysAppearInNothingServed();
    void promtoolAcceptsTheLiveExposition();
    void withoutTheTokenNothingIsServed();
    void healthzIsOkWhileEveryReadingIsFresh();
    void healthzNamesTheOrganizationWhoseReadingWentStale();
    void sigtermDuringARefreshEndsCleanlyWithTheHistoryIntact();
    void sigtermAsAnAnswerArrivesRecordsItWholeOrNotAtAll();

private:
    Reply get(const QString &path, const QByteArray &accept = {}, bool withToken = true);
    void restart();
    // PRAGMA integrity_check of the service's history file.
    QString integrity() const;
    std::optional<UsageSnapshot> latest(const QString &organizationId) const;

    ScriptedUsageApi m_production;
    ScriptedUsageApi m_staging;
    ServeProcess m_serve{QStringLiteral(ALLIUM_USAGE_BINARY)};
    QString m_productionId;
    QString m_stagingId;
    QString m_tokenFile;
    QNetworkAccessManager m_network;
};

void ServeExporterTest::initTestCase() {
    QVERIFY(m_production.isListening() && m_staging.isListening());
    m_staging.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
    m_productionId = m_serve.addOrganization(QStringLiteral("Production"), m_production.baseUrl(),
                                             QString::fromLatin1(productionKey));
    m_stagingId = m_serve.addOrganization(QStringLiteral("Staging"), m_staging.baseUrl(),
                                          QString::fromLatin1(stagingKey));
    QVERIFY(!m_productionId.isEmpty() && !m_stagingId.isEmpty());
    m_tokenFile = m_serve.writeTokenFile(metricsToken);
    restart();
}

void ServeExporterTest::cleanupTestCase() {
    m_serve.terminate();
}

void ServeExporterTest::restart() {
    if (m_serve.process().state() != QProcess::NotRunning)
        QCOMPARE(m_serve.terminate(), 0);
    QString problem;
    QVERIFY2(m_serve.start({QStringLiteral("--bearer-token-file"), m_tokenFile}, &problem),
             qPrintable(problem));
}

Reply ServeExporterTest::get(const QString &path, const QByteArray &accept, bool withToken) {
    QNetworkRequest request(m_serve.url().resolved(QUrl(path)));
    if (!accept.isEmpty())
        request.setRawHeader("Accept", accept);
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + metricsToken);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10'000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

QString ServeExporterTest::integrity() const {
    const QString connection = QStringLiteral("integrity-check");
    QString result;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(m_serve.historyPath());
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

std::optional<UsageSnapshot> ServeExporterTest::latest(const QString &organizationId) const {
    HistoryStore store(m_serve.historyPath(), Clock::system());
    store.setRetentionDays(0);
    if (!store.open())
        return std::nullopt;
    return store.latestSnapshot(organizationId);
}

void ServeExporterTest::prometheusStoresEachOrganizationsFiguresAsItsApiServedThem() {
    PrometheusServer prometheus(QStringLiteral(ALLIUM_PROMETHEUS));
    QString problem;
    QVERIFY2(
        prometheus.start(m_serve.port(), m_tokenFile, QStringLiteral(ALLIUM_RULES_FILE), &problem),
        qPrintable(problem));
    // CannedUsageBodies' figures, each as its own organization's API served them.
    const QString differences = prometheus.differencesFromCannedFigures(
        QStringLiteral("Production"), QStringLiteral("Staging"));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    const QMap<QString, double> up = prometheus.query(QStringLiteral("allium_usage_up"));
    QCOMPARE(up.value(QStringLiteral("Production/")), 1.0);
    QCOMPARE(up.value(QStringLiteral("Staging/")), 1.0);
    // Every reason of the failure counter from the start, at 0: nothing failed.
    const QMap<QString, double> failures =
        prometheus.query(QStringLiteral("allium_usage_refresh_failures_total"));
    QCOMPARE(failures.size(), 2 * 8);
    for (const double count : failures)
        QCOMPARE(count, 0.0);
    const QMap<QString, double> success =
        prometheus.query(QStringLiteral("allium_usage_last_refresh_success_timestamp_seconds"));
    QCOMPARE(success.size(), 2);
    const double now = double(QDateTime::currentSecsSinceEpoch());
    for (const double at : success)
        QVERIFY2(at > now - 120 && at <= now + 1, "the refresh time is not this run's");

    // Prometheus scraped every second meanwhile; the APIs were asked once each, with the key of
    // their own organization.
    QTest::qWait(2500);
    QCOMPARE(m_production.requestCount(), 1);
    QCOMPARE(m_staging.requestCount(), 1);
    QCOMPARE(m_production.lastRequest().header("X-API-KEY"), productionKey);
    QCOMPARE(m_staging.lastRequest().header("X-API-KEY"), stagingKey);
    QCOMPARE(prometheus.targetHealths(), QStringList{QStringLiteral("up")});
}

void ServeExporterTest::theKeysAppearInNothingServed() {
    const Reply text = get(QStringLiteral("/metrics"));
    const Reply openMetrics = get(QStringLiteral("/metrics"), "application/openmetrics-text");
    const Reply health = get(QStringLiteral("/healthz"));
    QCOMPARE(text.status, 200);
    QCOMPARE(openMetrics.status, 200);
    QVERIFY(text.body.contains("allium_usage_consumed{organization=\"Staging\",unit=\"credits\"}"));
    QVERIFY(openMetrics.body.endsWith("# EOF\n"));
    for (const QByteArray &served : {text.body, openMetrics.body, health.body, m_serve.log()}) {
        QVERIFY(!served.contains(productionKey));
        QVERIFY(!served.contains(stagingKey));
        QVERIFY(!served.contains(metricsToken));
    }
}

void ServeExporterTest::promtoolAcceptsTheLiveExposition() {
    const Reply metrics = get(QStringLiteral("/metrics"));
    QCOMPARE(metrics.status, 200);
    QVERIFY2(QFile::exists(QStringLiteral(ALLIUM_PROMTOOL)),
             "promtool is needed: install the prometheus package (scripts/common.sh)");
    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start(QStringLiteral(ALLIUM_PROMTOOL),
                   {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(promtool.waitForStarted());
    promtool.write(metrics.body);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(30'000));
    const QByteArray said = promtool.readAll();
    QVERIFY2(promtool.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
}

void ServeExporterTest::withoutTheTokenNothingIsServed() {
    const Reply metrics = get(QStringLiteral("/metrics"), {}, false);
    QCOMPARE(metrics.status, 401);
    QVERIFY(!metrics.body.contains("allium_usage"));
    QCOMPARE(get(QStringLiteral("/healthz"), {}, false).status, 401);
}

void ServeExporterTest::healthzIsOkWhileEveryReadingIsFresh() {
    const Reply health = get(QStringLiteral("/healthz"));
    QCOMPARE(health.status, 200);
    QVERIFY2(health.body.startsWith("ok:"), health.body.constData());
    QVERIFY(health.body.contains("\nProduction: fresh, last good reading"));
    QVERIFY(health.body.contains("\nStaging: fresh, last good reading"));
}

void ServeExporterTest::healthzNamesTheOrganizationWhoseReadingWentStale() {
    // Staging's key is revoked while the service is down; at the next start its reading comes
    // back from the history and its first refresh fails for good.
    m_staging.setFallback(ScriptedUsageApi::status(401, "Invalid API key"));
    restart();
    Reply health;
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        health = get(QStringLiteral("/healthz"));
        if (health.status == 503 && health.body.contains("unauthorized"))
            break;
        QTest::qWait(200);
    }
    QCOMPARE(health.status, 503);
    QVERIFY2(health.body.startsWith("unhealthy: not fresh: Staging\n"), health.body.constData());
    QVERIFY2(health.body.contains("\nStaging: stale, last good reading"), health.body.constData());
    QVERIFY(health.body.contains("latest refresh failed: unauthorized"));
    QVERIFY(health.body.contains("\nProduction: fresh"));

    // The last good figures stay, with up 0 and the failure counted.
    const QByteArray metrics = get(QStringLiteral("/metrics")).body;
    QVERIFY(metrics.contains("allium_usage_up{organization=\"Staging\"} 0\n"));
    QVERIFY(metrics.contains("allium_usage_up{organization=\"Production\"} 1\n"));
    QVERIFY(metrics.contains(
        "allium_usage_consumed{organization=\"Staging\",unit=\"credits\"} 4321.5\n"));
    QVERIFY(metrics.contains("allium_usage_refresh_failures_total{organization=\"Staging\","
                             "reason=\"unauthorized\"} 1\n"));
    QVERIFY(m_serve.log().contains("Staging: refresh failed:"));
    m_staging.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
}

void ServeExporterTest::sigtermDuringARefreshEndsCleanlyWithTheHistoryIntact() {
    QCOMPARE(m_serve.terminate(), 0);
    // Production's API takes its time: the service is stopped while the request is on its way.
    HttpResponse slow = ScriptedUsageApi::ok(CannedUsageBodies::overAllocation());
    slow.delay = 20s;
    m_production.setFallback(slow);
    QSignalSpy asked(&m_production.server(), &HttpServer::requestReceived);
    restart();
    QVERIFY(!asked.isEmpty() || asked.wait(15'000));
    QCOMPARE(m_serve.terminate(), 0);
    const QByteArray log = m_serve.log();
    QVERIFY2(log.contains("Stopping (SIGTERM).\n") && log.endsWith("Stopped.\n"), log.constData());
    QCOMPARE(integrity(), QStringLiteral("ok"));
    // The reading from before is there, whole; the cancelled one was not recorded.
    const std::optional<UsageSnapshot> production = latest(m_productionId);
    QVERIFY(production);
    QCOMPARE(*production->unit(QStringLiteral("developer_units"))->consumed, 341523.0);
    QVERIFY(latest(m_stagingId));
}

void ServeExporterTest::sigtermAsAnAnswerArrivesRecordsItWholeOrNotAtAll() {
    // SIGTERM goes out the moment the answer is written: the service is parsing or recording it.
    m_production.setHandler([this](const HttpRequest &) {
        QTimer::singleShot(0, &m_serve.process(), &QProcess::terminate);
        return ScriptedUsageApi::ok(CannedUsageBodies::overAllocation());
    });
    QSignalSpy finished(&m_serve.process(), &QProcess::finished);
    QString problem;
    QVERIFY2(m_serve.start({QStringLiteral("--bearer-token-file"), m_tokenFile}, &problem),
             qPrintable(problem));
    // It may have ended already while start() waited for its first line.
    QVERIFY2(!finished.isEmpty() || finished.wait(20'000), m_serve.log().constData());
    QCOMPARE(m_serve.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_serve.process().exitCode(), 0);
    QCOMPARE(integrity(), QStringLiteral("ok"));
    const std::optional<UsageSnapshot> production = latest(m_productionId);
    QVERIFY(production);
    // Either reading, whole: the earlier one (341523 of 2000000) or the new one (1900000).
    const double consumed = *production->unit(QStringLiteral("developer_units"))->consumed;
    QVERIFY2(consumed == 341523.0 || consumed == 1900000.0, qPrintable(QString::number(consumed)));
    const double explorer = *production->unit(QStringLiteral("explorer_units"))->consumed;
    QCOMPARE(explorer, consumed == 341523.0 ? 12.5 : 131.75);
}

QTEST_GUILESS_MAIN(ServeExporterTest)
#include "ServeExporterTest.moc"
