#include "support/PrometheusServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

PrometheusServer::PrometheusServer(const QString &program)
    : m_program(program) {}

PrometheusServer::~PrometheusServer() {
    stop();
}

bool PrometheusServer::start(quint16 targetPort, const QString &tokenFile, const QString &rulesFile,
                             QString *problem) {
    if (m_program.isEmpty() || !QFile::exists(m_program)) {
        *problem = QStringLiteral("prometheus is needed: install the prometheus package "
                                  "(scripts/common.sh)");
        return false;
    }
    const quint16 webPort = freePort();
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(webPort));
    QString config = QStringLiteral("global:\n"
                                    "  scrape_interval: 1s\n"
                                    "  evaluation_interval: 1s\n");
    if (!rulesFile.isEmpty())
        config += QStringLiteral("rule_files:\n  - %1\n").arg(rulesFile);
    config += QStringLiteral("scrape_configs:\n"
                             "  - job_name: allium-usage\n");
    if (!tokenFile.isEmpty()) {
        config += QStringLiteral("    authorization:\n"
                                 "      type: Bearer\n"
                                 "      credentials_file: %1\n")
                      .arg(tokenFile);
    }
    config += QStringLiteral("    static_configs:\n"
                             "      - targets: [\"127.0.0.1:%1\"]\n")
                  .arg(targetPort);
    const QString configPath = m_dir.filePath(QStringLiteral("prometheus.yml"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        *problem = QStringLiteral("cannot write ") + configPath;
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(
        m_program, {QStringLiteral("--config.file=") + configPath,
                    QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                    QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(webPort),
                    QStringLiteral("--log.level=error")});
    if (!m_process.waitForStarted(10'000)) {
        *problem = QStringLiteral("prometheus did not start: ") + m_process.errorString();
        return false;
    }
    return true;
}

void PrometheusServer::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000))
        m_process.kill();
}

QJsonObject PrometheusServer::apiGet(const QString &path, const QUrlQuery &query) {
    QUrl url = m_url.resolved(QUrl(path));
    url.setQuery(query);
    QNetworkReply *reply = m_network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000); // the event loop meanwhile serves whatever lives in the test process
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QMap<QString, double> PrometheusServer::query(const QString &promql) {
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

QMap<QString, double> PrometheusServer::waitForSamples(const QString &promql, int count,
                                                       int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    QMap<QString, double> samples = query(promql);
    while (!deadline.hasExpired() && samples.size() < count) {
        QTest::qWait(500);
        samples = query(promql);
    }
    return samples;
}

QString PrometheusServer::differencesFromCannedFigures(const QString &unitPlanOrganization,
                                                       const QString &legacyCreditsOrganization) {
    const QString plan = unitPlanOrganization + QLatin1Char('/');
    const QString legacy = legacyCreditsOrganization + QLatin1Char('/');
    const QList<std::tuple<QString, QString, double>> expected = {
        {QStringLiteral("allium_usage_consumed"), plan + QStringLiteral("developer_units"), 341523},
        {QStringLiteral("allium_usage_consumed"), plan + QStringLiteral("explorer_units"), 12.5},
        {QStringLiteral("allium_usage_consumed"), legacy + QStringLiteral("credits"), 4321.5},
        {QStringLiteral("allium_usage_allocated"), plan + QStringLiteral("developer_units"),
         2000000},
        {QStringLiteral("allium_usage_allocated"), legacy + QStringLiteral("credits"), 10000},
        {QStringLiteral("allium_usage_consumed_ratio"), plan + QStringLiteral("explorer_units"),
         0.125},
        {QStringLiteral("allium_usage_consumed_ratio"), legacy + QStringLiteral("credits"),
         0.43215},
    };
    if (waitForSamples(QStringLiteral("allium_usage_consumed"), 3).size() < 3)
        return QStringLiteral("Prometheus has not stored the exporter's samples in time");
    QStringList differences;
    for (const auto &[metric, series, value] : expected) {
        const QMap<QString, double> samples = query(metric);
        if (!samples.contains(series) || samples.value(series) != value) {
            differences.append(QStringLiteral("%1{%2}: %3, expected %4")
                                   .arg(metric, series)
                                   .arg(samples.contains(series)
                                            ? QString::number(samples.value(series))
                                            : QStringLiteral("missing"))
                                   .arg(value));
        }
    }
    return differences.join(QStringLiteral("; "));
}

QStringList PrometheusServer::targetHealths() {
    QStringList healths;
    const QJsonArray targets = apiGet(QStringLiteral("/api/v1/targets"))
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("activeTargets"))
                                   .toArray();
    for (const QJsonValue &target : targets)
        healths.append(target.toObject().value(QStringLiteral("health")).toString());
    return healths;
}
