// The shown period's readings in CurrentReading: read once per source or period (in the
// background when the period is long), then only the rows each refresh adds, and the forecasts
// and the charts drawn from that one copy, never from a read of their own.
#include "core/Clock.h"
#include "core/api/UsageParser.h"
#include "core/reading/CurrentReading.h"
#include "support/CannedUsageBodies.h"
#include "support/LiveReading.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QDateTime utc(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

const QString developer = QStringLiteral("developer_units");

// The documented unit plan (April 2026) with developer units at `consumed`, read at `at`.
UsageSnapshot planAt(const QDateTime &at, double consumed) {
    UsageSnapshot snapshot = *UsageParser::parse(CannedUsageBodies::unitPlan(), at).snapshot;
    for (UnitUsage &unit : snapshot.units) {
        if (unit.key == developer)
            unit.consumed = consumed;
    }
    return snapshot;
}

} // namespace

class CurrentReadingSeriesTest final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aRefreshReadsOnlyTheRowsItAdds();
    void theForecastsAndTheChartsShareTheOneSeries();
    void aLongPeriodIsReadInTheBackgroundAndNothingIsSaidMeanwhile();
    void aReadingThatArrivesDuringTheBackgroundReadIsNotLost();
    void aNewPeriodIsReadAfresh();
    void heldWorkWaitsForTheRelease();

private:
    // A day of half-hourly April readings before now, recorded as the app would have.
    void recordADay();
    CurrentReading &reading() { return m_live->reading(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LiveReading> m_live;
};

void CurrentReadingSeriesTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(utc("2026-04-14T09:30:00Z"));
    m_live = std::make_unique<LiveReading>(*m_clock, m_dir->filePath(QStringLiteral("h.sqlite")));
    QVERIFY(m_live->store().isOpen());
}

void CurrentReadingSeriesTest::cleanup() {
    m_live.reset();
    m_clock.reset();
    m_dir.reset();
}

void CurrentReadingSeriesTest::recordADay() {
    const QDateTime start = m_clock->now().addDays(-1);
    for (int i = 0; i < 48; ++i) {
        QVERIFY(m_live->store().record(m_live->historyKey(),
                                       planAt(start.addSecs(1800 * i), 300000.0 + 1000.0 * i)));
    }
    // The API goes on from there.
    m_live->api().setFallback(
        ScriptedUsageApi::ok(CannedUsageBodies::of(planAt(m_clock->now(), 350000.0))));
}

void CurrentReadingSeriesTest::aRefreshReadsOnlyTheRowsItAdds() {
    recordADay();
    QVERIFY(m_live->start());
    const int reads = m_live->store().periodSeriesReads();
    const int updates = m_live->store().seriesUpdates();
    QCOMPARE(reading().periodReads(), 1);
    for (int i = 1; i <= 5; ++i) {
        m_clock->setNow(m_clock->now().addSecs(300));
        QVERIFY(m_live->serve(CannedUsageBodies::of(planAt(m_clock->now(), 400000.0 + i))));
    }
    // Five refreshes: no read of the whole period, one small read of the new rows each.
    QCOMPARE(m_live->store().periodSeriesReads(), reads);
    QCOMPARE(m_live->store().seriesUpdates(), updates + 5);
    QCOMPARE(reading().periodReads(), 1);
    QCOMPARE(reading().currentSeries().unit(developer),
             m_live->store().unitSeries(m_live->historyKey(), reading().periods().constFirst(),
                                        developer));
}

void CurrentReadingSeriesTest::theForecastsAndTheChartsShareTheOneSeries() {
    recordADay();
    QVERIFY(m_live->start());
    const int reads = m_live->store().periodSeriesReads();
    const HistoryPeriod april = reading().periods().constFirst();
    // The detail chart, the cards' trend lines and the forecast: no read of their own.
    const TrendChartData detail = reading().chartData(developer, april, 800);
    const TrendChartData sparkline = reading().chartData(developer, april, 60);
    QCOMPARE(m_live->store().periodSeriesReads(), reads);
    QCOMPARE(detail.sourcePointCount, int(reading().currentSeries().unit(developer).size()));
    QVERIFY(sparkline.consumption.size() <= 60);
    const std::optional<Forecast> forecast = reading().forecasts().forUnit(developer);
    QVERIFY(forecast && forecast->hasFittedRate());
    QCOMPARE(forecast->readingCount(), int(reading().currentSeries().unit(developer).size()));
    QVERIFY(!detail.projection.isEmpty());
}

void CurrentReadingSeriesTest::aLongPeriodIsReadInTheBackgroundAndNothingIsSaidMeanwhile() {
    recordADay();
    reading().setReadInPlaceAtMost(10);
    m_live->api().enqueue(ScriptedUsageApi::status(500, "busy")); // keep the restored reading
    QSignalSpy history(&reading(), &CurrentReading::historyChanged);
    reading().setSource(m_live->source());
    // The restored figures at once; the forecasts only once the period has been read.
    QVERIFY(reading().state().snapshot);
    QVERIFY(reading().state().historyLoading);
    QVERIFY(reading().forecasts().isEmpty());
    QVERIFY(QTest::qWaitFor([this] { return !reading().state().historyLoading; }, 10'000));
    QVERIFY(history.size() >= 2);
    QVERIFY(!reading().forecasts().isEmpty());
    QCOMPARE(reading().currentSeries().rowCount(), 48);
    QCOMPARE(reading().periodReads(), 1);
    QCOMPARE(m_live->store().periodSeriesReads(), 0); // not in this thread
}

void CurrentReadingSeriesTest::aReadingThatArrivesDuringTheBackgroundReadIsNotLost() {
    recordADay();
    reading().setReadInPlaceAtMost(10);
    m_live->api().enqueue(
        ScriptedUsageApi::ok(CannedUsageBodies::of(planAt(m_clock->now(), 500000.0))));
    reading().setSource(m_live->source());
    QVERIFY(m_live->waitUntilIdle());
    // Whichever came first, the read or the reading, the series holds both.
    const UsageSeries series = reading().currentSeries().unit(developer);
    QCOMPARE(series.size(), 49);
    QCOMPARE(series.constLast().consumed, 500000.0);
    QCOMPARE(series, m_live->store().unitSeries(m_live->historyKey(),
                                                reading().periods().constFirst(), developer));
}

void CurrentReadingSeriesTest::aNewPeriodIsReadAfresh() {
    recordADay();
    QVERIFY(m_live->start());
    // The API moves on to May: the chart and the forecast start from May's one reading.
    m_clock->setNow(utc("2026-05-01T00:10:00Z"));
    UsageSnapshot may = planAt(m_clock->now(), 10.0);
    may.allocationPeriodStart = may.billingPeriodStart = utc("2026-05-01T00:00:00Z");
    may.allocationPeriodEnd = may.billingPeriodEnd = utc("2026-06-01T00:00:00Z");
    QVERIFY(m_live->serve(CannedUsageBodies::of(may)));
    QCOMPARE(reading().periods().size(), 2);
    QVERIFY(reading().currentSeries().isFor(reading().periods().constFirst()));
    QCOMPARE(reading().currentSeries().unit(developer).size(), 1);
    QCOMPARE(reading().periodReads(), 2);
    QVERIFY(reading()
                .chartData(developer, reading().periods().constFirst(), 800)
                .projection.isEmpty()); // one reading: no flat "projected" line
}

void CurrentReadingSeriesTest::heldWorkWaitsForTheRelease() {
    // March, an earlier period, then a day of April: two periods, and April long enough to be
    // read in the background.
    UsageSnapshot march = planAt(utc("2026-03-20T12:00:00Z"), 5.0);
    march.allocationPeriodStart = march.billingPeriodStart = utc("2026-03-01T00:00:00Z");
    march.allocationPeriodEnd = march.billingPeriodEnd = utc("2026-04-01T00:00:00Z");
    QVERIFY(m_live->store().record(m_live->historyKey(), march));
    recordADay();
    reading().setReadInPlaceAtMost(10);
    reading().holdWork(true);
    QSignalSpy history(&reading(), &CurrentReading::historyChanged);
    reading().setSource(m_live->source());
    // The restored figures at once; nothing sent, nothing read, only the shown period listed.
    QVERIFY(reading().state().snapshot);
    QVERIFY(reading().state().historyLoading);
    QCOMPARE(reading().periods().size(), 1);
    QTest::qWait(300);
    QCOMPARE(m_live->api().requestCount(), 0);
    QCOMPARE(reading().periodReads(), 0);
    QVERIFY(reading().state().historyLoading);
    QVERIFY(reading().forecasts().isEmpty());

    const qsizetype told = history.size();
    reading().holdWork(false);
    // March is listed at once; the request and the background read follow.
    QCOMPARE(reading().periods().size(), 2);
    QVERIFY(history.size() > told);
    QTRY_COMPARE_WITH_TIMEOUT(m_live->api().requestCount(), 1, 5'000);
    QVERIFY(m_live->waitUntilIdle());
    QCOMPARE(reading().periodReads(), 1);
    QCOMPARE(reading().currentSeries().rowCount(), 49); // the day and the API's answer
    QVERIFY(!reading().forecasts().isEmpty());
}

QTEST_GUILESS_MAIN(CurrentReadingSeriesTest)
#include "CurrentReadingSeriesTest.moc"
