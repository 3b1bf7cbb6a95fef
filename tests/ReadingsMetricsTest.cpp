// What the exporter says about each organization, taken from real readings (OrganizationReadings
// against loopback APIs, a real history file): figures labelled by the organization's name, a
// reading restored from the history exported with up 0 until a refresh confirms it, failures
// counted by kind (every kind present from the start), a missing key written as a configuration
// failure, and the freshness rule /healthz relies on.
#include "core/metrics/ReadingsMetrics.h"
#include "SampleSnapshots.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "core/organizations/OrganizationReadings.h"
#include "core/reading/CurrentReading.h"
#include "core/reading/ReadingState.h"
#include "support/CannedUsageBodies.h"
#include "support/QuickOrganizations.h"
#include "support/ScriptedUsageApi.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

using QuickOrganizations::organization;

class ReadingsMetricsTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    ScriptedUsageApi m_api;

    std::unique_ptr<OrganizationReadings> readings() {
        auto readings = std::make_unique<OrganizationReadings>(m_store.get(), Clock::system());
        readings->setServiceTimings(QuickOrganizations::timings());
        readings->setRequestSpacing(milliseconds(50));
        readings->setOrganizations(
            {organization(QStringLiteral("p1"), QStringLiteral("Production"), m_api.baseUrl())});
        return readings;
    }

private slots:
    void init() {
        QFile::remove(m_dir.filePath(QStringLiteral("history.sqlite")));
        m_store = std::make_unique<HistoryStore>(m_dir.filePath(QStringLiteral("history.sqlite")),
                                                 Clock::system());
        QVERIFY(m_store->open());
        m_api.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
    }
    void cleanup() { m_store.reset(); }

    void aReadingIsExportedUnderTheOrganizationsNameAndIsFresh() {
        auto organizations = readings();
        ReadingsMetrics metrics(*organizations, Clock::system());
        organizations->setKey(QStringLiteral("p1"), QStringLiteral("key-production"));
        CurrentReading *reading = organizations->reading(QStringLiteral("p1"));
        QTRY_VERIFY_WITH_TIMEOUT(reading->state().freshness == ReadingState::Freshness::Current,
                                 5'000);
        const QList<OrganizationMetrics> collected = metrics.collect();
        QCOMPARE(collected.size(), 1);
        const OrganizationMetrics &production = collected.constFirst();
        QCOMPARE(production.alias, QStringLiteral("Production"));
        QCOMPARE(*production.snapshot->unit(QStringLiteral("developer_units"))->consumed, 341523.0);
        QVERIFY(production.isUp());
        QVERIFY(production.fresh);
        QCOMPARE(production.lastSuccessAt, reading->state().receivedAt());
        QVERIFY(production.failureCounts.has_value());
        QVERIFY(production.failureCounts->isEmpty());
    }

    void aRestoredReadingIsDownUntilARefreshConfirmsIt() {
        // Recorded by an earlier run; this run's first refresh is still on its way.
        QVERIFY(m_store->record(QStringLiteral("p1"), SampleSnapshots::monthly()));
        HttpResponse slow = ScriptedUsageApi::ok(CannedUsageBodies::unitPlan());
        slow.delay = 500ms;
        m_api.setFallback(slow);
        auto organizations = readings();
        ReadingsMetrics metrics(*organizations, Clock::system());
        organizations->setKey(QStringLiteral("p1"), QStringLiteral("key-production"));
        OrganizationMetrics restored = metrics.collect().constFirst();
        QVERIFY(restored.snapshot.has_value());
        QVERIFY(restored.awaitingFirstRefresh);
        QVERIFY(!restored.isUp());
        QVERIFY(!restored.fresh);
        QTRY_VERIFY_WITH_TIMEOUT(metrics.collect().constFirst().isUp(), 5'000);
        QVERIFY(metrics.collect().constFirst().fresh);
    }

    void failedRefreshesAreCountedByKind() {
        m_api.enqueue(ScriptedUsageApi::status(401, "Invalid API key"));
        auto organizations = readings();
        ReadingsMetrics metrics(*organizations, Clock::system());
        QSignalSpy failed(organizations.get(), &OrganizationReadings::refreshFailed);
        organizations->setKey(QStringLiteral("p1"), QStringLiteral("key-production"));
        QVERIFY(failed.wait(5'000));
        OrganizationMetrics production = metrics.collect().constFirst();
        QCOMPARE(production.failureCounts->value(UsageErrorKind::Unauthorized), 1u);
        QCOMPARE(production.failureCounts->value(UsageErrorKind::Network), 0u);
        QCOMPARE(production.lastFailure, std::optional(UsageErrorKind::Unauthorized));
        QVERIFY(!production.isUp());
        QVERIFY(!production.fresh);
        // The next refresh succeeds; the count stays, as a counter does.
        QVERIFY(organizations->reading(QStringLiteral("p1"))->refreshNow());
        QTRY_VERIFY_WITH_TIMEOUT(metrics.collect().constFirst().isUp(), 5'000);
        QCOMPARE(metrics.collect().constFirst().failureCounts->value(UsageErrorKind::Unauthorized),
                 1u);
    }

    void anOrganizationWithoutAKeyIsDownForItsConfiguration() {
        const int requestsBefore = m_api.requestCount();
        auto organizations = readings();
        ReadingsMetrics metrics(*organizations, Clock::system());
        metrics.setKeyMissing(QStringLiteral("p1"), true);
        const OrganizationMetrics production = metrics.collect().constFirst();
        QCOMPARE(production.lastFailure, std::optional(UsageErrorKind::Configuration));
        QVERIFY(!production.snapshot);
        QVERIFY(!production.fresh);
        metrics.setKeyMissing(QStringLiteral("p1"), false);
        QCOMPARE(metrics.collect().constFirst().lastFailure, std::nullopt);
        QCOMPARE(m_api.requestCount(), requestsBefore);
    }

    void freshnessFollowsTheReadingAndItsAge_data() {
        QTest::addColumn<int>("freshness"); // ReadingState::Freshness
        QTest::addColumn<qint64>("ageSeconds");
        QTest::addColumn<bool>("fresh");
        // Refreshed every 5 minutes: fresh up to two intervals and the retries' 5 minutes.
        QTest::newRow("current, just read") << int(ReadingState::Freshness::Current) << 0ll << true;
        QTest::newRow("current, 15 min old")
            << int(ReadingState::Freshness::Current) << 900ll << true;
        QTest::newRow("current, 15 min 1 s old")
            << int(ReadingState::Freshness::Current) << 901ll << false;
        QTest::newRow("restored, just read")
            << int(ReadingState::Freshness::Restored) << 0ll << false;
        QTest::newRow("stale") << int(ReadingState::Freshness::Stale) << 0ll << false;
        QTest::newRow("none") << int(ReadingState::Freshness::None) << 0ll << false;
    }

    void freshnessFollowsTheReadingAndItsAge() {
        QFETCH(int, freshness);
        QFETCH(qint64, ageSeconds);
        QFETCH(bool, fresh);
        const QDateTime now = QDateTime(QDate(2026, 4, 12), QTime(12, 0), Qt::UTC);
        ReadingState state;
        if (freshness != int(ReadingState::Freshness::None)) {
            state.snapshot = SampleSnapshots::monthly();
            state.snapshot->receivedAt = now.addSecs(-ageSeconds);
        }
        state.freshness = ReadingState::Freshness(freshness);
        QCOMPARE(ReadingsMetrics::isFresh(state, 5min, now), fresh);
    }
};

QTEST_GUILESS_MAIN(ReadingsMetricsTest)
#include "ReadingsMetricsTest.moc"
