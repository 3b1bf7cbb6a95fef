// /healthz for people and probes: healthy only while every organization's last good reading is
// fresh; otherwise the text names each one that is not, its age and the latest failure.
#include "core/metrics/HealthReport.h"
#include "core/Clock.h"

#include <QTest>

namespace {

const QDateTime now = QDateTime(QDate(2026, 4, 14), QTime(12, 0), Qt::UTC);

OrganizationMetrics organization(const char *alias, bool fresh, qint64 ageSeconds = -1) {
    OrganizationMetrics metrics;
    metrics.alias = QString::fromUtf8(alias);
    metrics.fresh = fresh;
    if (ageSeconds >= 0) {
        metrics.snapshot = UsageSnapshot();
        metrics.lastSuccessAt = now.addSecs(-ageSeconds);
    }
    return metrics;
}

} // namespace

class HealthReportTest final : public QObject {
    Q_OBJECT

private slots:
    void healthyWhenEveryReadingIsFresh();
    void namesEachOrganizationThatIsNotFresh();
    void noReadingYetIsUnhealthy();
    void noOrganizationIsUnhealthy();
    void anAliasCannotStartALineOfItsOwn();
};

void HealthReportTest::healthyWhenEveryReadingIsFresh() {
    const ManualClock clock(now);
    const HealthReport report = HealthReport::of(
        {organization("Production", true, 30), organization("Staging", true, 200)}, clock);
    QVERIFY(report.healthy);
    QCOMPARE(report.text, QByteArray("ok: every organization's reading is fresh\n"
                                     "Production: fresh, last good reading 30 s ago "
                                     "(2026-04-14T11:59:30Z)\n"
                                     "Staging: fresh, last good reading 3 min ago "
                                     "(2026-04-14T11:56:40Z)\n"));
}

void HealthReportTest::namesEachOrganizationThatIsNotFresh() {
    const ManualClock clock(now);
    OrganizationMetrics staging = organization("Staging", false, 3 * 3600);
    staging.lastFailure = UsageErrorKind::Server;
    const HealthReport report =
        HealthReport::of({organization("Production", true, 30), staging}, clock);
    QVERIFY(!report.healthy);
    QVERIFY2(report.text.startsWith("unhealthy: not fresh: Staging\n"), report.text.constData());
    QVERIFY2(
        report.text.contains("Staging: stale, last good reading 3 h ago (2026-04-14T09:00:00Z), "
                             "latest refresh failed: server\n"),
        report.text.constData());
}

void HealthReportTest::noReadingYetIsUnhealthy() {
    const ManualClock clock(now);
    OrganizationMetrics waiting = organization("Staging", false);
    waiting.lastFailure = UsageErrorKind::Unauthorized;
    const HealthReport report = HealthReport::of({waiting}, clock);
    QVERIFY(!report.healthy);
    QVERIFY2(report.text.contains("Staging: no reading yet, latest refresh failed: unauthorized\n"),
             report.text.constData());
}

void HealthReportTest::noOrganizationIsUnhealthy() {
    const ManualClock clock(now);
    const HealthReport report = HealthReport::of({}, clock);
    QVERIFY(!report.healthy);
    QCOMPARE(report.text, QByteArray("unhealthy: no organization is configured\n"));
}

void HealthReportTest::anAliasCannotStartALineOfItsOwn() {
    const ManualClock clock(now);
    const HealthReport report = HealthReport::of(
        {organization("Prod\nok: every organization's reading is fresh", false, 10)}, clock);
    QVERIFY(!report.text.contains("\nok:"));
    QCOMPARE(report.text.count('\n'), 2);
}

QTEST_GUILESS_MAIN(HealthReportTest)
#include "HealthReportTest.moc"
