// A real Prometheus server (Debian's /usr/bin/prometheus, on 127.0.0.1 with a scratch config and
// storage) scrapes the metrics endpoint, with the bearer token from a file as Prometheus sends it,
// and its query API must return the very figures the loopback API served: what a team's alerts
// and dashboards will see. The endpoint serves readings fetched through the real UsageService.
#include "core/Clock.h"
#include "core/api/UsageService.h"
#include "core/metrics/MetricsServer.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
}

} // namespace

class PrometheusScrapeTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void prometheusStoresTheFiguresTheApiServed();
    void prometheusReadsTheUnitsAndHelpOfOpenMetrics();
    void prometheusLoadsTheAlertRules();

private:
    UsageSnapshot fetch(ScriptedUsageApi &api);
    // The samples of an instant query as "organization/unit" -> value.
    QMap<QString, double> query(const QString &promql);
    QJsonObject apiGet(const QString &path, const QUrlQuery &query = {});

    QTemporaryDir m_dir;
    ScriptedUsageApi m_production;
    ScriptedUsageApi m_legacy;
    QList<OrganizationMetrics> m_organizations;
    std::unique_ptr<MetricsServer> m_server;
    QProcess m_prometheus;
    QUrl m_prometheusUrl;
    QNetworkAccessManager m_network;
};

UsageSnapshot PrometheusScrapeTest::fetch(ScriptedUsageApi &api) {
    UsageService service(Clock::system());
    service.setBaseUrl(api.baseUrl());
    service.setApiKey(QStringLiteral("sk-test-prometheus"));
    QSignalSpy received(&service, &UsageService::snapshotReceived);
    service.refreshNow();
    if (!received.wait(10'000))
        return {};
    return received.constFirst().constFirst().value<UsageSnapshot>();
}

void PrometheusScrapeTest::initTestCase() {
    QVERIFY2(QFile::exists(QStringLiteral(ALLIUM_PROMETHEUS)),
             "prometheus is needed: install the prometheus package (scripts/common.sh)");
    QVERIFY(m_production.isListening() && m_legacy.isListening());
    m_legacy.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
    for (const auto &[alias, api] : {std::pair{QStringLiteral("Production"), &m_production},
                                     std::pair{QStringLiteral("Legacy \"EU\""), &m_legacy}}) {
        OrganizationMetrics organization;
        organization.alias = alias;
        organization.snapshot = fetch(*api);
        QVERIFY(!organization.snapshot->units.isEmpty());
        organization.lastSuccessAt = organization.snapshot->receivedAt;
        organization.failureCounts =
            OrganizationMetrics::FailureCounts{{UsageErrorKind::RateLimited, 2}};
        organization.fresh = true;
        m_organizations.append(organization);
    }

    const QString tokenFile = m_dir.filePath(QStringLiteral("token"));
    writeFile(tokenFile, "prometheus-test-token-42\n");
    QString error;
    auto token = BearerToken::fromFile(tokenFile, &error);
    QVERIFY2(token, qPrintable(error));
    m_server = std::make_unique<MetricsServer>([this] { return m_organizations; }, Clock::system());
    m_server->setBearerToken(token);
    QVERIFY2(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));

    const quint16 webPort = freePort();
    m_prometheusUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(webPort));
    const QString config = m_dir.filePath(QStringLiteral("prometheus.yml"));
    writeFile(config, QStringLiteral(R"(global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files:
  - %1
scrape_configs:
  - job_name: allium-usage
    authorization:
      type: Bearer
      credentials_file: %2
    static_configs:
      - targets: ["127.0.0.1:%3"]
)")
                          .arg(QStringLiteral(ALLIUM_RULES_FILE), tokenFile)
                          .arg(m_server->port())
                          .toUtf8());
    m_prometheus.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_prometheus.start(
        QStringLiteral(ALLIUM_PROMETHEUS),
        {QStringLiteral("--config.file=") + config,
         QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(webPort),
         QStringLiteral("--log.level=error")});
    QVERIFY(m_prometheus.waitForStarted(10'000));
}

void PrometheusScrapeTest::cleanupTestCase() {
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(10'000))
            m_prometheus.kill();
    }
}

QJsonObject PrometheusScrapeTest::apiGet(const QString &path, const QUrlQuery &query) {
    QUrl url = m_prometheusUrl.resolved(QUrl(path));
    url.setQuery(query);
    QNetworkReply *reply = m_network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000); // the event loop meanwhile answers Prometheus's scrapes
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QMap<QString, double> PrometheusScrapeTest::query(const QString &promql) {
    QMap<QString, double> samples;
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("query"), promql);
    const QJsonArray result = apiGet(QStringLiteral("/api/v1/query"), parameters)
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("result"))
                                  .toArray();
    for (const QJsonValue &entry : result) {
        const QJsonObject metric = entry.toObject().value(QStringLiteral("metric")).toObject();
        const QString key = metric.value(QStringLiteral("organization")).toString() +
                            QLatin1Char('/') + metric.value(QStringLiteral("unit")).toString() +
                            metric.value(QStringLiteral("reason")).toString();
        samples.insert(
            key,
            entry.toObject().value(QStringLiteral("value")).toArray().at(1).toString().toDouble());
    }
    return samples;
}

void PrometheusScrapeTest::prometheusStoresTheFiguresTheApiServed() {
    // Prometheus needs a moment to start and a scrape or two.
    QDeadlineTimer deadline(60'000);
    QMap<QString, double> consumed;
    while (!deadline.hasExpired() && consumed.size() < 3) {
        QTest::qWait(500);
        consumed = query(QStringLiteral("allium_usage_consumed"));
    }
    QVERIFY2(consumed.size() == 3, "Prometheus has not stored the exporter's samples in time");
    QVERIFY2(m_server->scrapeCount() >= 1, "Prometheus never scraped the endpoint");

    // The figures of CannedUsageBodies, as the loopback API served them.
    QCOMPARE(consumed.value(QStringLiteral("Production/developer_units")), 341523.0);
    QCOMPARE(consumed.value(QStringLiteral("Production/explorer_units")), 12.5);
    QCOMPARE(consumed.value(QStringLiteral("Legacy \"EU\"/credits")), 4321.5);
    const QMap<QString, double> allocated = query(QStringLiteral("allium_usage_allocated"));
    QCOMPARE(allocated.value(QStringLiteral("Production/developer_units")), 2000000.0);
    QCOMPARE(allocated.value(QStringLiteral("Legacy \"EU\"/credits")), 10000.0);
    const QMap<QString, double> ratio = query(QStringLiteral("allium_usage_consumed_ratio"));
    QCOMPARE(ratio.value(QStringLiteral("Production/explorer_units")), 0.125);
    QCOMPARE(ratio.value(QStringLiteral("Legacy \"EU\"/credits")), 0.43215);
    const QMap<QString, double> up = query(QStringLiteral("allium_usage_up"));
    QCOMPARE(up.value(QStringLiteral("Production/")), 1.0);
    const QMap<QString, double> end =
        query(QStringLiteral("allium_usage_allocation_period_end_timestamp_seconds"));
    QCOMPARE(end.value(QStringLiteral("Production/")),
             double(m_organizations.constFirst().snapshot->allocationPeriodEnd.toSecsSinceEpoch()));
    const QMap<QString, double> failures =
        query(QStringLiteral("allium_usage_refresh_failures_total{reason=\"rate_limited\"}"));
    QCOMPARE(failures.value(QStringLiteral("Production/rate_limited")), 2.0);
    // Scraped with the token: the target is healthy.
    const QJsonArray targets = apiGet(QStringLiteral("/api/v1/targets"))
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("activeTargets"))
                                   .toArray();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.at(0).toObject().value(QStringLiteral("health")).toString(),
             QStringLiteral("up"));
}

void PrometheusScrapeTest::prometheusReadsTheUnitsAndHelpOfOpenMetrics() {
    // Metadata with a unit exists only if Prometheus negotiated and parsed OpenMetrics.
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("metric"),
                            QStringLiteral("allium_usage_consumed_ratio"));
    QJsonArray entries;
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired() && entries.isEmpty()) {
        entries = apiGet(QStringLiteral("/api/v1/metadata"), parameters)
                      .value(QStringLiteral("data"))
                      .toObject()
                      .value(QStringLiteral("allium_usage_consumed_ratio"))
                      .toArray();
        if (entries.isEmpty())
            QTest::qWait(500);
    }
    QVERIFY(!entries.isEmpty());
    const QJsonObject metadata = entries.at(0).toObject();
    QCOMPARE(metadata.value(QStringLiteral("type")).toString(), QStringLiteral("gauge"));
    QCOMPARE(metadata.value(QStringLiteral("unit")).toString(), QStringLiteral("ratio"));
    QVERIFY(metadata.value(QStringLiteral("help"))
                .toString()
                .startsWith(QLatin1String("Consumed divided by allocated")));
}

void PrometheusScrapeTest::prometheusLoadsTheAlertRules() {
    const QJsonArray groups = apiGet(QStringLiteral("/api/v1/rules"))
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("groups"))
                                  .toArray();
    QCOMPARE(groups.size(), 1);
    const QJsonArray rules = groups.at(0).toObject().value(QStringLiteral("rules")).toArray();
    QCOMPARE(rules.size(), 5);
    for (const QJsonValue &rule : rules) {
        QCOMPARE(rule.toObject().value(QStringLiteral("health")).toString() == QLatin1String("err"),
                 false);
    }
}

QTEST_GUILESS_MAIN(PrometheusScrapeTest)
#include "PrometheusScrapeTest.moc"
