// A real Prometheus server (Debian's /usr/bin/prometheus, on 127.0.0.1 with a scratch config and
// storage) scrapes the metrics endpoint, with the bearer token from a file as Prometheus sends it,
// and its query API must return the very figures the loopback API served: what a team's alerts
// and dashboards will see. The endpoint serves readings fetched through the real UsageService.
#include "core/Clock.h"
#include "core/api/UsageService.h"
#include "core/metrics/MetricsServer.h"
#include "support/CannedUsageBodies.h"
#include "support/PrometheusServer.h"
#include "support/ScriptedUsageApi.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

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

    QTemporaryDir m_dir;
    ScriptedUsageApi m_production;
    ScriptedUsageApi m_legacy;
    QList<OrganizationMetrics> m_organizations;
    std::unique_ptr<MetricsServer> m_server;
    PrometheusServer m_prometheus{QStringLiteral(ALLIUM_PROMETHEUS)};
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

    QVERIFY2(
        m_prometheus.start(m_server->port(), tokenFile, QStringLiteral(ALLIUM_RULES_FILE), &error),
        qPrintable(error));
}

void PrometheusScrapeTest::cleanupTestCase() {
    m_prometheus.stop();
}

void PrometheusScrapeTest::prometheusStoresTheFiguresTheApiServed() {
    // The figures of CannedUsageBodies, as the loopback API served them.
    const QString differences = m_prometheus.differencesFromCannedFigures(
        QStringLiteral("Production"), QStringLiteral("Legacy \"EU\""));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    QVERIFY2(m_server->scrapeCount() >= 1, "Prometheus never scraped the endpoint");
    const QMap<QString, double> up = m_prometheus.query(QStringLiteral("allium_usage_up"));
    QCOMPARE(up.value(QStringLiteral("Production/")), 1.0);
    const QMap<QString, double> end =
        m_prometheus.query(QStringLiteral("allium_usage_allocation_period_end_timestamp_seconds"));
    QCOMPARE(end.value(QStringLiteral("Production/")),
             double(m_organizations.constFirst().snapshot->allocationPeriodEnd.toSecsSinceEpoch()));
    const QMap<QString, double> failures = m_prometheus.query(
        QStringLiteral("allium_usage_refresh_failures_total{reason=\"rate_limited\"}"));
    QCOMPARE(failures.value(QStringLiteral("Production/rate_limited")), 2.0);
    // Scraped with the token: the target is healthy.
    QCOMPARE(m_prometheus.targetHealths(), QStringList{QStringLiteral("up")});
}

void PrometheusScrapeTest::prometheusReadsTheUnitsAndHelpOfOpenMetrics() {
    // Metadata with a unit exists only if Prometheus negotiated and parsed OpenMetrics.
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("metric"),
                            QStringLiteral("allium_usage_consumed_ratio"));
    QJsonArray entries;
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired() && entries.isEmpty()) {
        entries = m_prometheus.apiGet(QStringLiteral("/api/v1/metadata"), parameters)
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
    const QJsonArray groups = m_prometheus.apiGet(QStringLiteral("/api/v1/rules"))
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
