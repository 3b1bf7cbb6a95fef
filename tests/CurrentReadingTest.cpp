// CurrentReading, the one owner of the current reading, through the real service, real loopback
// servers and a real history file: readings are recorded and restored, a new key or base URL
// refreshes at once and never shows the previous source's figures, transient failures are retried
// quietly until they settle, an ended period is flagged, and several readings share one store.
#include "core/reading/CurrentReading.h"
#include "core/Clock.h"
#include "core/api/UsageParser.h"
#include "core/demo/DemoUsageServer.h"
#include "support/CannedUsageBodies.h"
#include "support/LiveReading.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QDateTime utc(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

UsageSnapshot parsed(const QByteArray &body, const QDateTime &at) {
    return *UsageParser::parse(body, at).snapshot;
}

double consumed(const ReadingState &state, const char *unit) {
    const UnitUsage *found = state.snapshot ? state.snapshot->unit(QLatin1String(unit)) : nullptr;
    return found ? found->consumed.value_or(-1) : -1;
}

} // namespace

class CurrentReadingTest final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aRefreshIsRecordedWithItsForecast();
    void aRefreshSaysChangedWhenItStartsAndWhenItEnds();
    void theLastRecordedReadingIsRestoredAtStartWithItsAge();
    void aKeyFixedAfterA401IsTriedAtOnce();
    void anotherOrganizationClearsThePreviousFiguresAndRefreshesAtOnce();
    void anAnswerForThePreviousSourceIsNeverShown();
    void theSameSourceAgainChangesNothing();
    void transientFailuresAreRetriedQuietlyUntilTheySettle();
    void theServiceRetriesByItself();
    void aBadResponseKeepsTheLastGoodReading();
    void anEndedPeriodIsFlaggedWithThatPeriod();
    void clearingTheSourceDropsEverything();
    void demoReadingsAreKeptApartAndTheMonthIsFilledIn();
    void worksWithoutAHistory();
    void severalReadingsShareOneStore();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    const ReadingState &state() const { return m_live->reading().state(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LiveReading> m_live;
};

void CurrentReadingTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(utc("2026-04-14T09:30:00Z"));
    m_live = std::make_unique<LiveReading>(*m_clock, storePath());
    QVERIFY(m_live->api().isListening());
    QVERIFY(m_live->store().isOpen());
}

void CurrentReadingTest::cleanup() {
    m_live.reset();
    m_clock.reset();
    m_dir.reset();
}

void CurrentReadingTest::aRefreshIsRecordedWithItsForecast() {
    QSignalSpy received(&m_live->reading(), &CurrentReading::readingReceived);
    QSignalSpy history(&m_live->reading(), &CurrentReading::historyChanged);
    QVERIFY(m_live->start());
    QCOMPARE(received.size(), 1);
    QVERIFY(history.size() >= 1);
    QCOMPARE(state().freshness, ReadingState::Freshness::Current);
    QCOMPARE(state().receivedAt(), m_clock->now());
    QCOMPARE(m_live->api().lastRequest().header("X-API-KEY"), QByteArray("test-key"));

    const auto latest = m_live->store().latestSnapshot(m_live->historyKey());
    QVERIFY(latest);
    QCOMPARE(latest->unit(QStringLiteral("developer_units"))->consumed, std::optional(341523.0));
    QCOMPARE(m_live->reading().forecasts().summaryText(),
             QStringLiteral("Developer units: Forecast after 6 hours of readings"));
    QCOMPARE(m_live->reading().periods().size(), 1);
}

void CurrentReadingTest::aRefreshSaysChangedWhenItStartsAndWhenItEnds() {
    // Every listener draws all it shows at changed(): the service's end of a request (no longer
    // busy, the next refresh's time) and the reading it brings are said once, together.
    QVERIFY(m_live->start());
    QSignalSpy changed(&m_live->reading(), &CurrentReading::changed);
    QVERIFY(m_live->serve(CannedUsageBodies::unitPlan()));
    QTest::qWait(50); // anything said later comes now
    QCOMPARE(changed.size(), 2);
    QVERIFY(!state().busy);
    QVERIFY(state().nextRefreshAt.isValid());
}

void CurrentReadingTest::theLastRecordedReadingIsRestoredAtStartWithItsAge() {
    QVERIFY(m_live->store().record(
        m_live->historyKey(), parsed(CannedUsageBodies::unitPlan(), utc("2026-04-14T08:00:00Z"))));
    m_live->api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
    m_live->reading().setSource(m_live->source());
    // At once, before the refresh that is already on its way returns.
    QVERIFY(state().busy);
    QCOMPARE(state().freshness, ReadingState::Freshness::Restored);
    QCOMPARE(state().receivedAt(), utc("2026-04-14T08:00:00Z"));
    QCOMPARE(consumed(state(), "developer_units"), 341523.0);
    QVERIFY(!m_live->reading()
                 .chartData(QStringLiteral("developer_units"),
                            m_live->reading().periods().constFirst(), 400)
                 .consumption.isEmpty());

    QVERIFY(m_live->waitUntilIdle());
    QCOMPARE(state().freshness, ReadingState::Freshness::Current);
    QCOMPARE(consumed(state(), "credits"), 4321.5);
}

void CurrentReadingTest::aKeyFixedAfterA401IsTriedAtOnce() {
    m_live->api().enqueue(ScriptedUsageApi::status(401, "Invalid API key"));
    QVERIFY(m_live->start());
    QCOMPARE(state().error->kind, UsageErrorKind::Unauthorized);
    QCOMPARE(state().errorStatus, ReadingState::ErrorStatus::Settled);
    // The service would wait the whole refresh interval (5 minutes) before trying again.
    QVERIFY(m_clock->now().secsTo(state().nextRefreshAt) >= 4 * 60);

    m_live->reading().setSource(
        ReadingSource::forOrganization(LiveReading::organizationId(), QStringLiteral("Live"),
                                       m_live->api().baseUrl(), QStringLiteral("fixed-key")));
    // The old 401 is gone at once, and the request is on its way.
    QVERIFY(!state().error);
    QVERIFY(state().busy);
    QVERIFY(m_live->waitUntilIdle());
    QCOMPARE(m_live->api().requestCount(), 2);
    QCOMPARE(m_live->api().lastRequest().header("X-API-KEY"), QByteArray("fixed-key"));
    QCOMPARE(state().freshness, ReadingState::Freshness::Current);
}

void CurrentReadingTest::anotherOrganizationClearsThePreviousFiguresAndRefreshesAtOnce() {
    QVERIFY(m_live->start()); // the unit plan from the first server
    ScriptedUsageApi other;
    QVERIFY(other.isListening());
    other.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
    const ReadingSource next =
        ReadingSource::forOrganization(QStringLiteral("other"), QStringLiteral("Other"),
                                       other.baseUrl(), QStringLiteral("other-key"));

    QSignalSpy changed(&m_live->reading(), &CurrentReading::changed);
    m_live->reading().setSource(next);
    // Nothing of the first organization's figures survives the switch, not even for a moment.
    QVERIFY(!state().snapshot);
    QCOMPARE(state().freshness, ReadingState::Freshness::None);
    QVERIFY(state().busy);
    QVERIFY(changed.size() >= 1);
    QVERIFY(m_live->waitUntilIdle());
    QCOMPARE(other.requestCount(), 1);
    QCOMPARE(consumed(state(), "credits"), 4321.5);
    QCOMPARE(consumed(state(), "developer_units"), -1.0);

    // Back to the first organization: its own last reading comes back at once, restored.
    m_live->api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::annualAllocation()));
    m_live->reading().setSource(m_live->source());
    QCOMPARE(state().freshness, ReadingState::Freshness::Restored);
    QCOMPARE(consumed(state(), "developer_units"), 341523.0);
    QVERIFY(m_live->waitUntilIdle());
    QCOMPARE(consumed(state(), "developer_units"), 9000000.0);
}

void CurrentReadingTest::anAnswerForThePreviousSourceIsNeverShown() {
    HttpResponse slow = ScriptedUsageApi::ok(CannedUsageBodies::unitPlan());
    slow.delay = std::chrono::milliseconds(400);
    m_live->api().enqueue(slow);
    m_live->reading().setSource(m_live->source());
    QVERIFY(state().busy);

    ScriptedUsageApi other;
    other.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
    QSignalSpy received(&m_live->reading(), &CurrentReading::readingReceived);
    m_live->reading().setSource(ReadingSource::forOrganization(
        QStringLiteral("other"), QStringLiteral("Other"), other.baseUrl(), LiveReading::testKey()));
    QVERIFY(m_live->waitUntilIdle());
    QTest::qWait(600); // long after the first server would have answered
    QCOMPARE(received.size(), 1);
    QCOMPARE(consumed(state(), "credits"), 4321.5);
    QCOMPARE(consumed(state(), "developer_units"), -1.0);
    QVERIFY(!m_live->store().latestSnapshot(m_live->historyKey()));
}

void CurrentReadingTest::theSameSourceAgainChangesNothing() {
    QVERIFY(m_live->start());
    QSignalSpy changed(&m_live->reading(), &CurrentReading::changed);
    m_live->reading().setSource(m_live->source());
    QTest::qWait(100);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_live->api().requestCount(), 1);
}

void CurrentReadingTest::transientFailuresAreRetriedQuietlyUntilTheySettle() {
    QVERIFY(m_live->start());
    for (int failure = 1; failure <= 3; ++failure) {
        QVERIFY(m_live->serve(ScriptedUsageApi::status(503)));
        QCOMPARE(state().failuresInARow, failure);
        const bool settled = failure == 3; // as many as the command line tries
        QCOMPARE(state().errorStatus, settled ? ReadingState::ErrorStatus::Settled
                                              : ReadingState::ErrorStatus::Retrying);
        QCOMPARE(state().freshness,
                 settled ? ReadingState::Freshness::Stale : ReadingState::Freshness::Current);
        QCOMPARE(state().retryAt().isValid(), !settled);
        QCOMPARE(consumed(state(), "developer_units"), 341523.0);
    }
    QVERIFY(m_live->serve(CannedUsageBodies::unitPlan()));
    QCOMPARE(state().errorStatus, ReadingState::ErrorStatus::None);
    QCOMPARE(state().failuresInARow, 0);
    // Anything that retrying cannot fix settles at once.
    QVERIFY(m_live->serve(ScriptedUsageApi::status(500)));
    QCOMPARE(state().errorStatus, ReadingState::ErrorStatus::Settled);
}

void CurrentReadingTest::theServiceRetriesByItself() {
    UsageServiceTimings timings;
    timings.backoffInitial = std::chrono::milliseconds(50);
    timings.backoffMaximum = std::chrono::milliseconds(100);
    m_live->reading().setServiceTimings(timings);
    m_live->api().enqueue(ScriptedUsageApi::status(503));
    QVERIFY(m_live->start());
    QCOMPARE(state().errorStatus, ReadingState::ErrorStatus::Retrying);
    QTRY_COMPARE_WITH_TIMEOUT(state().freshness, ReadingState::Freshness::Current, 5'000);
    QCOMPARE(m_live->api().requestCount(), 2);
    QVERIFY(!state().error);
}

void CurrentReadingTest::aBadResponseKeepsTheLastGoodReading() {
    QVERIFY(m_live->start());
    QVERIFY(m_live->serve(CannedUsageBodies::withoutConsumedAmounts()));
    QCOMPARE(state().error->kind, UsageErrorKind::InvalidResponse);
    QVERIFY(state().error->message.contains(QStringLiteral("consumed_amounts: missing")));
    QCOMPARE(state().errorStatus, ReadingState::ErrorStatus::Settled);
    QCOMPARE(consumed(state(), "developer_units"), 341523.0);
    QVERIFY(state().isStale());
}

void CurrentReadingTest::anEndedPeriodIsFlaggedWithThatPeriod() {
    m_clock->setNow(utc("2026-12-01T09:00:00Z"));
    QVERIFY(m_live->start()); // the server still reports April
    QVERIFY(state().periodEnded);
    QCOMPARE(state().periodStart, utc("2026-04-01T00:00:00Z"));
    QCOMPARE(state().periodEnd, utc("2026-05-01T00:00:00Z"));
    // The figures are still the latest the API gave: current, but of an ended period.
    QCOMPARE(state().freshness, ReadingState::Freshness::Current);
}

void CurrentReadingTest::clearingTheSourceDropsEverything() {
    QVERIFY(m_live->start());
    m_live->reading().clearSource();
    QVERIFY(!state().hasSource);
    QVERIFY(!state().snapshot);
    QVERIFY(!state().busy);
    QVERIFY(m_live->reading().periods().isEmpty());
    QVERIFY(!m_live->reading().refreshNow());
}

void CurrentReadingTest::demoReadingsAreKeptApartAndTheMonthIsFilledIn() {
    QVERIFY(m_live->store().record(
        m_live->historyKey(), parsed(CannedUsageBodies::unitPlan(), utc("2026-04-14T08:00:00Z"))));
    const int monthSoFar = 13 * 24 + 10; // hourly from 1 Apr 00:00 to 14 Apr 09:00
    for (int run = 1; run <= 2; ++run) {
        DemoUsageServer demo(*m_clock);
        QVERIFY(demo.start());
        CurrentReading reading(&m_live->store(), *m_clock);
        reading.setSource(ReadingSource::forDemo(demo.baseUrl(), DemoUsageServer::apiKey()));
        // The demo's own last reading (its filled-in last hour, then the first run's live one),
        // never the real API's.
        QCOMPARE(reading.historyKey(), HistoryStore::demoSourceKey());
        QCOMPARE(reading.state().freshness, ReadingState::Freshness::Restored);
        QCOMPARE(reading.state().receivedAt(),
                 run == 1 ? utc("2026-04-14T09:00:00Z") : utc("2026-04-14T09:30:00Z"));
        QVERIFY(reading.state().demo);
        const HistoryPeriod april = reading.periods().constFirst();
        QCOMPARE(reading.chartData(QStringLiteral("developer_units"), april, 2000).sourcePointCount,
                 monthSoFar + (run - 1));

        QSignalSpy received(&reading, &CurrentReading::readingReceived);
        QVERIFY(received.wait(5'000));
        // The live reading joins the past (once: a second start adds no copies of either).
        QCOMPARE(reading.chartData(QStringLiteral("developer_units"), april, 2000).sourcePointCount,
                 monthSoFar + 1);
        QVERIFY2(reading.forecasts().summaryText().startsWith(
                     QLatin1String("Developer units: On pace: about")),
                 qPrintable(reading.forecasts().summaryText()));
    }
    // ... and the demo's made-up month stays out of the real API's history.
    QCOMPARE(m_live->store().readingsBetween(m_live->historyKey(), {}, {}).size(), 1);
}

void CurrentReadingTest::worksWithoutAHistory() {
    LiveReading headless(*m_clock, QString());
    QVERIFY(headless.api().isListening());
    QVERIFY(headless.start());
    QCOMPARE(headless.reading().state().freshness, ReadingState::Freshness::Current);
    QVERIFY(!headless.reading().isHistoryOpen());
    QCOMPARE(headless.reading().periods().size(), 1); // the current reading's own period
}

void CurrentReadingTest::severalReadingsShareOneStore() {
    ScriptedUsageApi other;
    other.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
    CurrentReading second(&m_live->store(), *m_clock);
    QSignalSpy received(&second, &CurrentReading::readingReceived);
    second.setSource(ReadingSource::forOrganization(QStringLiteral("second"),
                                                    QStringLiteral("Second"), other.baseUrl(),
                                                    QStringLiteral("second-key")));
    QVERIFY(m_live->start());
    QVERIFY(received.size() == 1 || received.wait(5'000));

    const QString secondKey = QStringLiteral("second");
    QCOMPARE(m_live->store()
                 .latestSnapshot(m_live->historyKey())
                 ->unit(QStringLiteral("developer_units"))
                 ->consumed,
             std::optional(341523.0));
    QCOMPARE(m_live->store().latestSnapshot(secondKey)->unit(QStringLiteral("credits"))->consumed,
             std::optional(4321.5));
    QCOMPARE(m_live->store().readingsBetween(secondKey, {}, {}).size(), 1);
}

QTEST_GUILESS_MAIN(CurrentReadingTest)
#include "CurrentReadingTest.moc"
