// The Prometheus exposition of every organization's usage: the names, labels, help and values a
// team's alerts and dashboards are built on; nothing made up for what is not known; and output that
// Prometheus's own promtool and an independent OpenMetrics parser accept.
#include "core/metrics/MetricsExposition.h"
#include "core/Clock.h"
#include "core/api/UsageParser.h"
#include "core/history/HistoryStore.h"
#include "support/CannedUsageBodies.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(OrganizationMetrics)

namespace {

QDateTime utc(const char *text) {
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

UsageSnapshot parsed(const QByteArray &body, const QDateTime &receivedAt) {
    return *UsageParser::parse(body, receivedAt).snapshot;
}

// The documentation's organization, fetched once, with no history (so no projection yet).
OrganizationMetrics documentedOrganization() {
    OrganizationMetrics organization;
    organization.alias = QStringLiteral("Production");
    organization.snapshot = parsed(CannedUsageBodies::unitPlan(), utc("2026-04-14T09:30:00.250Z"));
    organization.lastSuccessAt = organization.snapshot->receivedAt;
    organization.failureCounts = OrganizationMetrics::FailureCounts{};
    organization.fresh = true;
    return organization;
}

// Samples of a text exposition by series, e.g. samples["allium_usage_up{organization=\"x\"}"].
QMap<QByteArray, QByteArray> samplesOf(const QByteArray &exposition) {
    QMap<QByteArray, QByteArray> samples;
    for (const QByteArray &line : exposition.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        samples.insert(line.left(space), line.mid(space + 1));
    }
    return samples;
}

QList<QByteArray> seriesNamed(const QMap<QByteArray, QByteArray> &samples, const QByteArray &name) {
    QList<QByteArray> series;
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        if (it.key() == name || it.key().startsWith(QByteArray(name + '{')))
            series.append(it.key());
    }
    return series;
}

// Runs a checker on the exposition; returns its complaint, or an empty string when it accepts it.
QString checkWith(const QString &program, const QStringList &arguments, const QByteArray &input) {
    if (program.isEmpty())
        return QStringLiteral("checker not found at configure time (install: %1)")
            .arg(arguments.value(0));
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return QStringLiteral("%1 did not start").arg(program);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000))
        return QStringLiteral("%1 did not finish").arg(program);
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return output.isEmpty() ? QStringLiteral("exit code %1").arg(process.exitCode()) : output;
    return QString();
}

} // namespace

class MetricsExpositionTest final : public QObject {
    Q_OBJECT

private slots:
    void writesTheDocumentedOrganizationInTheTextFormat();
    void unitWithoutAllocationHasNoAllocatedNorRatio();
    void unreportedConsumptionHasNoConsumedNorRatio();
    void missingReadingHasOnlyUpZero();
    void staleReadingKeepsItsFiguresWithUpZero();
    void failureCountersStartAtZeroForEveryReason();
    void noFailureCounterWithoutMemoryOfFailures();
    void projectionAppearsOnceThereIsEnoughHistory();
    void labelValuesAreEscaped();
    void severalOrganizationsAreLabelledApart();
    void openMetricsNamesFamiliesWithUnitsAndEnds();
    void metricNamesFollowPrometheusRules();
    void promtoolAcceptsTheTextFormat_data();
    void promtoolAcceptsTheTextFormat();
    void openMetricsParserAcceptsTheOpenMetricsFormat_data();
    void openMetricsParserAcceptsTheOpenMetricsFormat();

private:
    void addScenarios();
};

void MetricsExpositionTest::writesTheDocumentedOrganizationInTheTextFormat() {
    const QByteArray expected =
        R"(# HELP allium_usage_up 1 when the latest refresh of the organization's usage succeeded, 0 when it failed or none has finished yet.
# TYPE allium_usage_up gauge
allium_usage_up{organization="Production"} 1
# HELP allium_usage_consumed Units consumed in the current allocation period (for annual allocations, cumulative over the year), as the Allium API last reported them.
# TYPE allium_usage_consumed gauge
allium_usage_consumed{organization="Production",unit="developer_units"} 341523
allium_usage_consumed{organization="Production",unit="explorer_units"} 12.5
# HELP allium_usage_allocated Units included in the allocation of the current period. Absent for a unit without an allocation (trials).
# TYPE allium_usage_allocated gauge
allium_usage_allocated{organization="Production",unit="developer_units"} 2000000
allium_usage_allocated{organization="Production",unit="explorer_units"} 100
# HELP allium_usage_consumed_ratio Consumed divided by allocated: 1 means the allocation is used up, above 1 it is exceeded. Absent without an allocation.
# TYPE allium_usage_consumed_ratio gauge
allium_usage_consumed_ratio{organization="Production",unit="developer_units"} 0.1707615
allium_usage_consumed_ratio{organization="Production",unit="explorer_units"} 0.125
# HELP allium_usage_allocation_period_start_timestamp_seconds Start of the current allocation period (Unix time). Absent for plans without one.
# TYPE allium_usage_allocation_period_start_timestamp_seconds gauge
allium_usage_allocation_period_start_timestamp_seconds{organization="Production"} 1775001600
# HELP allium_usage_allocation_period_end_timestamp_seconds End of the current allocation period, when the allocation resets (Unix time). Absent for plans without one.
# TYPE allium_usage_allocation_period_end_timestamp_seconds gauge
allium_usage_allocation_period_end_timestamp_seconds{organization="Production"} 1777593600
# HELP allium_usage_billing_period_start_timestamp_seconds Start of the current billing period, which is always monthly (Unix time).
# TYPE allium_usage_billing_period_start_timestamp_seconds gauge
allium_usage_billing_period_start_timestamp_seconds{organization="Production"} 1775001600
# HELP allium_usage_billing_period_end_timestamp_seconds End of the current billing period (Unix time).
# TYPE allium_usage_billing_period_end_timestamp_seconds gauge
allium_usage_billing_period_end_timestamp_seconds{organization="Production"} 1777593600
# HELP allium_usage_last_refresh_success_timestamp_seconds When the organization's usage was last fetched successfully (Unix time). The figures above are from then.
# TYPE allium_usage_last_refresh_success_timestamp_seconds gauge
allium_usage_last_refresh_success_timestamp_seconds{organization="Production"} 1776159000.25
# HELP allium_usage_refresh_failures_total Refreshes of the organization's usage that failed since the exporter started, by reason.
# TYPE allium_usage_refresh_failures_total counter
allium_usage_refresh_failures_total{organization="Production",reason="configuration"} 0
allium_usage_refresh_failures_total{organization="Production",reason="unauthorized"} 0
allium_usage_refresh_failures_total{organization="Production",reason="forbidden"} 0
allium_usage_refresh_failures_total{organization="Production",reason="rate_limited"} 0
allium_usage_refresh_failures_total{organization="Production",reason="server"} 0
allium_usage_refresh_failures_total{organization="Production",reason="http_status"} 0
allium_usage_refresh_failures_total{organization="Production",reason="network"} 0
allium_usage_refresh_failures_total{organization="Production",reason="invalid_response"} 0
# HELP allium_usage_build_info The version of allium-usage that exports these metrics (always 1).
# TYPE allium_usage_build_info gauge
allium_usage_build_info{version=")" ALLIUM_VERSION R"("} 1
)";
    const QByteArray written =
        MetricsExposition::write({documentedOrganization()}, MetricsFormat::PrometheusText);
    QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(expected));
}

void MetricsExpositionTest::unitWithoutAllocationHasNoAllocatedNorRatio() {
    OrganizationMetrics trial = documentedOrganization();
    trial.snapshot = parsed(CannedUsageBodies::trialWithoutAllocation(), trial.lastSuccessAt);
    const auto samples =
        samplesOf(MetricsExposition::write({trial}, MetricsFormat::PrometheusText));
    QCOMPARE(
        samples.value(R"(allium_usage_consumed{organization="Production",unit="developer_units"})"),
        QByteArray("1234"));
    // Never a made-up 0: no allocation means no allocated or ratio series at all.
    QVERIFY(seriesNamed(samples, "allium_usage_allocated").isEmpty());
    QVERIFY(seriesNamed(samples, "allium_usage_consumed_ratio").isEmpty());
    QVERIFY(seriesNamed(samples, "allium_usage_allocation_period_end_timestamp_seconds").isEmpty());
    QCOMPARE(seriesNamed(samples, "allium_usage_billing_period_end_timestamp_seconds").size(), 1);
}

void MetricsExpositionTest::unreportedConsumptionHasNoConsumedNorRatio() {
    OrganizationMetrics organization = documentedOrganization();
    organization.snapshot =
        parsed(CannedUsageBodies::explorerNotReported(), organization.lastSuccessAt);
    const auto samples =
        samplesOf(MetricsExposition::write({organization}, MetricsFormat::PrometheusText));
    const QByteArray explorer = R"({organization="Production",unit="explorer_units"})";
    // The allocation is known, the consumption is not: never a made-up 0 consumed or 0 %.
    QCOMPARE(samples.value("allium_usage_allocated" + explorer), QByteArray("100"));
    QVERIFY(!samples.contains("allium_usage_consumed" + explorer));
    QVERIFY(!samples.contains("allium_usage_consumed_ratio" + explorer));
    QCOMPARE(
        samples.value(R"(allium_usage_consumed{organization="Production",unit="developer_units"})"),
        QByteArray("341523"));
}

void MetricsExpositionTest::missingReadingHasOnlyUpZero() {
    OrganizationMetrics waiting;
    waiting.alias = QStringLiteral("Staging");
    waiting.lastFailure = UsageErrorKind::Network;
    const auto samples =
        samplesOf(MetricsExposition::write({waiting}, MetricsFormat::PrometheusText));
    QCOMPARE(samples.value(R"(allium_usage_up{organization="Staging"})"), QByteArray("0"));
    QList<QByteArray> names;
    for (const QByteArray &series : samples.keys()) {
        const QByteArray name = series.left(series.indexOf('{'));
        if (!names.contains(name))
            names.append(name);
    }
    QCOMPARE(names, (QList<QByteArray>{"allium_usage_build_info", "allium_usage_up"}));
}

void MetricsExpositionTest::staleReadingKeepsItsFiguresWithUpZero() {
    OrganizationMetrics stale = documentedOrganization();
    stale.lastFailure = UsageErrorKind::Server;
    stale.failureCounts->insert(UsageErrorKind::Server, 3);
    stale.fresh = false;
    const auto samples =
        samplesOf(MetricsExposition::write({stale}, MetricsFormat::PrometheusText));
    QCOMPARE(samples.value(R"(allium_usage_up{organization="Production"})"), QByteArray("0"));
    // The last good figures stay, with the time they were fetched, so a dashboard shows how old.
    QCOMPARE(
        samples.value(R"(allium_usage_consumed{organization="Production",unit="explorer_units"})"),
        QByteArray("12.5"));
    QCOMPARE(
        samples.value(
            R"(allium_usage_last_refresh_success_timestamp_seconds{organization="Production"})"),
        QByteArray("1776159000.25"));
    QCOMPARE(
        samples.value(
            R"(allium_usage_refresh_failures_total{organization="Production",reason="server"})"),
        QByteArray("3"));
}

void MetricsExpositionTest::failureCountersStartAtZeroForEveryReason() {
    const auto samples = samplesOf(
        MetricsExposition::write({documentedOrganization()}, MetricsFormat::PrometheusText));
    const QList<QByteArray> counters = seriesNamed(samples, "allium_usage_refresh_failures_total");
    QCOMPARE(counters.size(), MetricsExposition::allErrorKinds().size());
    for (const UsageErrorKind kind : MetricsExposition::allErrorKinds()) {
        const QByteArray series =
            R"(allium_usage_refresh_failures_total{organization="Production",reason=")" +
            MetricsExposition::reasonLabel(kind) + R"("})";
        QCOMPARE(samples.value(series), QByteArray("0"));
    }
}

void MetricsExpositionTest::noFailureCounterWithoutMemoryOfFailures() {
    OrganizationMetrics once = documentedOrganization();
    once.failureCounts.reset();
    const QByteArray written = MetricsExposition::write({once}, MetricsFormat::PrometheusText);
    QVERIFY(!written.contains("allium_usage_refresh_failures_total"));
}

void MetricsExpositionTest::projectionAppearsOnceThereIsEnoughHistory() {
    QTemporaryDir folder;
    ManualClock clock(utc("2026-04-14T00:00:00Z"));
    HistoryStore store(folder.filePath(QStringLiteral("history.sqlite")), clock);
    QVERIFY2(store.open(), qPrintable(store.errorMessage()));
    const QString source = QStringLiteral("https://api.example");
    // developer_units heads for about 3.2 times its allocation; explorer_units barely moves.
    UsageSnapshot snapshot;
    for (int hour = 0; hour <= 12; hour += 4) {
        clock.setNow(utc("2026-04-14T00:00:00Z").addSecs(hour * 3600));
        snapshot = parsed(CannedUsageBodies::unitPlan(), clock.now());
        for (UnitUsage &unit : snapshot.units) {
            if (unit.key == QLatin1String("developer_units"))
                unit.consumed = 900'000 + hour * 10'000;
        }
        QVERIFY(store.record(source, snapshot));
    }
    OrganizationMetrics organization = documentedOrganization();
    organization.snapshot = snapshot;
    organization.forecasts = SnapshotForecasts::compute(&store, source, snapshot, clock);
    const std::optional<Forecast> developer =
        organization.forecasts.forUnit(QStringLiteral("developer_units"));
    QVERIFY(developer && developer->status() == Forecast::Status::RunsOut);

    const auto samples =
        samplesOf(MetricsExposition::write({organization}, MetricsFormat::PrometheusText));
    const QByteArray developerSeries = R"({organization="Production",unit="developer_units"})";
    QCOMPARE(
        samples.value(QByteArray("allium_usage_projected_consumed") + developerSeries).toDouble(),
        developer->projectedConsumed());
    QCOMPARE(samples
                 .value(QByteArray("allium_usage_projected_exhaustion_timestamp_seconds") +
                        developerSeries)
                 .toDouble(),
             double(developer->runOutAt().toMSecsSinceEpoch()) / 1000.0);
    // explorer_units stays within its allocation: a projection, but no exhaustion.
    const QByteArray explorerSeries = R"({organization="Production",unit="explorer_units"})";
    QVERIFY(samples.contains(QByteArray("allium_usage_projected_consumed") + explorerSeries));
    QVERIFY(!samples.contains(QByteArray("allium_usage_projected_exhaustion_timestamp_seconds") +
                              explorerSeries));

    // Without history (a first reading): no projection at all rather than a guess.
    const auto firstReading = samplesOf(
        MetricsExposition::write({documentedOrganization()}, MetricsFormat::PrometheusText));
    QVERIFY(seriesNamed(firstReading, "allium_usage_projected_consumed").isEmpty());
}

void MetricsExpositionTest::labelValuesAreEscaped() {
    OrganizationMetrics odd = documentedOrganization();
    odd.alias = QStringLiteral("Team \"Blue\"\\EU\nnight shift — Zürich");
    const QByteArray written = MetricsExposition::write({odd}, MetricsFormat::PrometheusText);
    QVERIFY2(written.contains(
                 R"(allium_usage_up{organization="Team \"Blue\"\\EU\nnight shift — Zürich"} 1)"),
             written.constData());
    QVERIFY(checkWith(QStringLiteral(ALLIUM_PROMTOOL),
                      {QStringLiteral("check"), QStringLiteral("metrics")}, written)
                .isEmpty());
}

void MetricsExpositionTest::severalOrganizationsAreLabelledApart() {
    OrganizationMetrics production = documentedOrganization();
    OrganizationMetrics legacy = documentedOrganization();
    legacy.alias = QStringLiteral("Legacy");
    legacy.snapshot = parsed(CannedUsageBodies::legacyCredits(), legacy.lastSuccessAt);
    const auto samples =
        samplesOf(MetricsExposition::write({production, legacy}, MetricsFormat::PrometheusText));
    QCOMPARE(samples.value(R"(allium_usage_consumed{organization="Legacy",unit="credits"})"),
             QByteArray("4321.5"));
    QVERIFY(
        !samples.contains(R"(allium_usage_consumed{organization="Production",unit="credits"})"));
    QCOMPARE(seriesNamed(samples, "allium_usage_up").size(), 2);
    QCOMPARE(seriesNamed(samples, "allium_usage_build_info").size(), 1);
}

void MetricsExpositionTest::openMetricsNamesFamiliesWithUnitsAndEnds() {
    const QByteArray written =
        MetricsExposition::write({documentedOrganization()}, MetricsFormat::OpenMetrics);
    QVERIFY(written.endsWith("\n# EOF\n"));
    QVERIFY(written.contains("# TYPE allium_usage_refresh_failures counter\n"));
    QVERIFY(written.contains(
        "allium_usage_refresh_failures_total{organization=\"Production\",reason=\"server\"} 0\n"));
    QVERIFY(written.contains("# TYPE allium_usage_build info\n"));
    QVERIFY(written.contains("# UNIT allium_usage_consumed_ratio ratio\n"));
    QVERIFY(
        written.contains("# UNIT allium_usage_allocation_period_end_timestamp_seconds seconds\n"));
    QVERIFY(!written.contains("# UNIT allium_usage_consumed "));
    // OpenMetrics escapes double quotes in HELP too.
    QVERIFY(!written.contains("\n\n"));
}

void MetricsExpositionTest::metricNamesFollowPrometheusRules() {
    const QByteArray openMetrics =
        MetricsExposition::write({documentedOrganization()}, MetricsFormat::OpenMetrics);
    for (const QByteArray &name : MetricsExposition::metricNames()) {
        // One prefix, snake case, and nothing that could name the key.
        QVERIFY2(QRegularExpression(QStringLiteral("^allium_usage_[a-z]+(_[a-z]+)*$"))
                     .match(QString::fromLatin1(name))
                     .hasMatch(),
                 name.constData());
        QVERIFY(!name.contains("key"));
        // _total only on the counter, whose OpenMetrics family says so.
        if (name.endsWith("_total"))
            QVERIFY(openMetrics.contains(QByteArray("# TYPE " + name.chopped(6) + " counter\n")));
        // Times in seconds since the epoch, ratios as 0..1.
        if (name.contains("timestamp"))
            QVERIFY(name.endsWith("_timestamp_seconds"));
    }
    QVERIFY(!openMetrics.contains("percent"));
}

void MetricsExpositionTest::addScenarios() {
    QTest::addColumn<QList<OrganizationMetrics>>("organizations");
    OrganizationMetrics stale = documentedOrganization();
    stale.lastFailure = UsageErrorKind::RateLimited;
    stale.failureCounts->insert(UsageErrorKind::RateLimited, 2);
    OrganizationMetrics waiting;
    waiting.alias = QStringLiteral("Waiting \"for\" the first\\reading");
    OrganizationMetrics trial = documentedOrganization();
    trial.alias = QStringLiteral("Trial");
    trial.snapshot = parsed(CannedUsageBodies::trialWithoutAllocation(), trial.lastSuccessAt);
    OrganizationMetrics unknown = documentedOrganization();
    unknown.alias = QStringLiteral("Later units");
    unknown.snapshot = parsed(CannedUsageBodies::unknownUnit(), unknown.lastSuccessAt);
    OrganizationMetrics over = documentedOrganization();
    over.alias = QStringLiteral("Over");
    over.snapshot = parsed(CannedUsageBodies::overAllocation(), over.lastSuccessAt);

    QTest::newRow("one organization") << QList<OrganizationMetrics>{documentedOrganization()};
    QTest::newRow("no organization") << QList<OrganizationMetrics>{};
    QTest::newRow("a stale reading") << QList<OrganizationMetrics>{stale};
    QTest::newRow("no reading yet") << QList<OrganizationMetrics>{waiting};
    QTest::newRow("five shapes side by side")
        << QList<OrganizationMetrics>{documentedOrganization(), waiting, trial, unknown, over};
}

void MetricsExpositionTest::promtoolAcceptsTheTextFormat_data() {
    addScenarios();
}

void MetricsExpositionTest::promtoolAcceptsTheTextFormat() {
    QFETCH(QList<OrganizationMetrics>, organizations);
    const QByteArray written =
        MetricsExposition::write(organizations, MetricsFormat::PrometheusText);
    // promtool also lints: naming, units, _total only on counters, HELP present.
    const QString problem =
        checkWith(QStringLiteral(ALLIUM_PROMTOOL),
                  {QStringLiteral("check"), QStringLiteral("metrics")}, written);
    QVERIFY2(problem.isEmpty(),
             qPrintable(problem + QLatin1Char('\n') + QString::fromUtf8(written)));
}

void MetricsExpositionTest::openMetricsParserAcceptsTheOpenMetricsFormat_data() {
    addScenarios();
}

void MetricsExpositionTest::openMetricsParserAcceptsTheOpenMetricsFormat() {
    QFETCH(QList<OrganizationMetrics>, organizations);
    const QByteArray written = MetricsExposition::write(organizations, MetricsFormat::OpenMetrics);
    const QString problem = checkWith(QStringLiteral(ALLIUM_PYTHON3),
                                      {QStringLiteral(ALLIUM_OPENMETRICS_CHECK)}, written);
    QVERIFY2(problem.isEmpty(),
             qPrintable(problem + QLatin1Char('\n') + QString::fromUtf8(written)));
}

QTEST_GUILESS_MAIN(MetricsExpositionTest)
#include "MetricsExpositionTest.moc"
