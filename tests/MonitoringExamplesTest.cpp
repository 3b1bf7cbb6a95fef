// The files a team installs around the exporter refer only to metrics it really exports: a
// dashboard panel or an alert on a misspelt metric shows nothing and never fires, silently. And
// the Grafana dashboard shows what it promises: every organization's units against the
// allocation, the projection and the time to the reset.
#include "core/metrics/MetricsExposition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every allium_usage_ name a text mentions.
QSet<QString> metricsIn(const QString &text) {
    static const QRegularExpression name(QStringLiteral("\\ballium_usage_[a-z_]+\\b"));
    QSet<QString> names;
    for (auto it = name.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured());
    return names;
}

QSet<QString> exported() {
    QSet<QString> names;
    for (const QByteArray &name : MetricsExposition::metricNames())
        names.insert(QString::fromLatin1(name));
    return names;
}

// Every PromQL query of the dashboard: the panels' targets and the variables' queries.
QStringList queriesOf(const QJsonObject &dashboard) {
    QStringList queries;
    for (const QJsonValue &panel : dashboard.value(QStringLiteral("panels")).toArray()) {
        for (const QJsonValue &target : panel.toObject().value(QStringLiteral("targets")).toArray())
            queries.append(target.toObject().value(QStringLiteral("expr")).toString());
    }
    for (const QJsonValue &variable : dashboard.value(QStringLiteral("templating"))
                                          .toObject()
                                          .value(QStringLiteral("list"))
                                          .toArray()) {
        const QJsonValue query = variable.toObject().value(QStringLiteral("query"));
        queries.append(query.isObject() ? query.toObject().value(QStringLiteral("query")).toString()
                                        : query.toString());
    }
    return queries;
}

} // namespace

class MonitoringExamplesTest final : public QObject {
    Q_OBJECT

private slots:
    void filesReferOnlyToExportedMetrics_data();
    void filesReferOnlyToExportedMetrics();
    void dashboardIsValidAndShowsWhatItPromises();
    void everyDashboardPanelHasAQueryAndADescription();
};

void MonitoringExamplesTest::filesReferOnlyToExportedMetrics_data() {
    QTest::addColumn<QString>("path");
    const QString packaging = QStringLiteral(ALLIUM_PACKAGING_DIR);
    QTest::newRow("alert rules") << packaging +
                                        QStringLiteral("/prometheus/allium-usage.rules.yml");
    QTest::newRow("scrape configuration")
        << packaging + QStringLiteral("/prometheus/prometheus.yml");
    QTest::newRow("Grafana dashboard") << packaging + QStringLiteral("/grafana/allium-usage.json");
    QTest::newRow("rule tests") << QStringLiteral(ALLIUM_TESTS_DIR) +
                                       QStringLiteral("/prometheus/allium-usage.rules.test.yml");
}

void MonitoringExamplesTest::filesReferOnlyToExportedMetrics() {
    QFETCH(QString, path);
    const QByteArray content = readFile(path);
    QVERIFY2(!content.isEmpty(), qPrintable(path));
    const QSet<QString> unknown = metricsIn(QString::fromUtf8(content)) - exported();
    QVERIFY2(unknown.isEmpty(),
             qPrintable(QStringList(unknown.cbegin(), unknown.cend()).join(QLatin1Char(' '))));
}

void MonitoringExamplesTest::dashboardIsValidAndShowsWhatItPromises() {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        readFile(QStringLiteral(ALLIUM_PACKAGING_DIR "/grafana/allium-usage.json")), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject dashboard = document.object();
    QCOMPARE(dashboard.value(QStringLiteral("uid")).toString(), QStringLiteral("allium-usage"));
    QVERIFY(dashboard.value(QStringLiteral("schemaVersion")).toInt() >= 36);

    const QString queries = queriesOf(dashboard).join(QLatin1Char('\n'));
    // Units against the allocation, the projection, the time to the reset, and freshness.
    for (const char *needed :
         {"allium_usage_consumed", "allium_usage_allocated", "allium_usage_consumed_ratio",
          "allium_usage_projected_consumed", "allium_usage_projected_exhaustion_timestamp_seconds",
          "allium_usage_allocation_period_end_timestamp_seconds",
          "allium_usage_last_refresh_success_timestamp_seconds"}) {
        QVERIFY2(metricsIn(queries).contains(QString::fromLatin1(needed)), needed);
    }
    // Every organization: a multi-select variable over the organization label, used by every
    // panel's query, so nothing is hard-wired to one organization.
    bool organizationVariable = false;
    for (const QJsonValue &variable : dashboard.value(QStringLiteral("templating"))
                                          .toObject()
                                          .value(QStringLiteral("list"))
                                          .toArray()) {
        const QJsonObject object = variable.toObject();
        if (object.value(QStringLiteral("name")).toString() == QLatin1String("organization")) {
            organizationVariable = object.value(QStringLiteral("multi")).toBool() &&
                                   object.value(QStringLiteral("includeAll")).toBool();
        }
    }
    QVERIFY(organizationVariable);
    for (const QString &query : queriesOf(dashboard)) {
        if (query.contains(QLatin1String("allium_usage_")) &&
            !query.startsWith(QLatin1String("label_values")))
            QVERIFY2(query.contains(QLatin1String("organization=~\"$organization\"")),
                     qPrintable(query));
    }
}

void MonitoringExamplesTest::everyDashboardPanelHasAQueryAndADescription() {
    const QJsonObject dashboard =
        QJsonDocument::fromJson(
            readFile(QStringLiteral(ALLIUM_PACKAGING_DIR "/grafana/allium-usage.json")))
            .object();
    const QJsonArray panels = dashboard.value(QStringLiteral("panels")).toArray();
    QVERIFY(panels.size() >= 5);
    QSet<int> ids;
    for (const QJsonValue &value : panels) {
        const QJsonObject panel = value.toObject();
        const QString title = panel.value(QStringLiteral("title")).toString();
        QVERIFY(!title.isEmpty());
        QVERIFY2(!panel.value(QStringLiteral("description")).toString().isEmpty(),
                 qPrintable(title));
        QVERIFY2(!panel.value(QStringLiteral("targets")).toArray().isEmpty(), qPrintable(title));
        const int id = panel.value(QStringLiteral("id")).toInt();
        QVERIFY2(!ids.contains(id), qPrintable(title));
        ids.insert(id);
    }
}

QTEST_GUILESS_MAIN(MonitoringExamplesTest)
#include "MonitoringExamplesTest.moc"
