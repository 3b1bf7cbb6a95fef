// A real Prometheus server for tests (Debian's /usr/bin/prometheus): started on a free port of
// 127.0.0.1 with a scratch configuration and storage, scraping one target every second (with a
// bearer token from a file, as a team would configure it), and asked through its HTTP API.
//
//   PrometheusServer prometheus(QStringLiteral(ALLIUM_PROMETHEUS));
//   QVERIFY2(prometheus.start(target, tokenFile, rulesFile, &problem), qPrintable(problem));
//   const auto consumed = prometheus.waitForSamples("allium_usage_consumed", 3);
//   QCOMPARE(consumed.value("Production/developer_units"), 341523.0);
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

class PrometheusServer final {
    Q_DISABLE_COPY_MOVE(PrometheusServer)

public:
    explicit PrometheusServer(const QString &program);
    ~PrometheusServer(); // stops it

    // Scrapes http://127.0.0.1:<targetPort>/metrics every second; tokenFile and rulesFile may be
    // empty. False, with *problem, when it cannot start.
    bool start(quint16 targetPort, const QString &tokenFile, const QString &rulesFile,
               QString *problem);
    void stop();

    // GET of the HTTP API, as its JSON answer (empty on failure); waits in an event loop.
    QJsonObject apiGet(const QString &path, const QUrlQuery &query = {});
    // The samples of an instant query, keyed "organization/unit" plus the reason label when
    // there is one, e.g. "Production/developer_units", "Production/rate_limited".
    QMap<QString, double> query(const QString &promql);
    // query() until it returns at least `count` samples or the time is up (Prometheus needs a
    // moment to start and a scrape or two); whatever it has then.
    QMap<QString, double> waitForSamples(const QString &promql, int count, int timeoutMs = 60'000);
    // The health of each target Prometheus scrapes ("up", "down", "unknown").
    QStringList targetHealths();
    // Waits for the samples of two organizations, one served CannedUsageBodies::unitPlan() and
    // one legacyCredits(), and compares what Prometheus stored with those bodies' figures
    // (consumed, allocated, ratio). Empty when all agree, else what differs.
    QString differencesFromCannedFigures(const QString &unitPlanOrganization,
                                         const QString &legacyCreditsOrganization);

private:
    QString m_program;
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QNetworkAccessManager m_network;
};
