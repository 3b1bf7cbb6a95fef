// The demo's past: hourly readings from the start of its period up to now (weeks of them even on
// the 1st of a month), each what the demo server would have answered then, and a UsageHistory
// that takes them only once.
#include "core/demo/DemoUsageBackfill.h"
#include "core/Clock.h"
#include "core/api/UsageParser.h"
#include "core/demo/DemoUsageGenerator.h"
#include "core/forecast/SnapshotForecasts.h"
#include "core/history/HistoryStore.h"
#include "core/history/UsageHistory.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

double developer(const UsageSnapshot &snapshot) {
    const UnitUsage *unit = snapshot.unit(QStringLiteral("developer_units"));
    return unit ? unit->consumed.value_or(-1.0) : -1.0;
}

} // namespace

class DemoUsageBackfillTest final : public QObject {
    Q_OBJECT

private slots:
    void oneReadingPerHourSinceThePeriodBegan_data();
    void oneReadingPerHourSinceThePeriodBegan();
    void eachReadingIsWhatTheDemoServerSaidThen();
    void historyTakesThePastOnceAndForecasts();
    void aPeriodRecordedFromPartWayIsFilledFromItsStart();
};

void DemoUsageBackfillTest::oneReadingPerHourSinceThePeriodBegan_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDateTime>("last");

    QTest::newRow("mid month, between hours")
        << utc(2026, 4, 14, 9, 30) << utc(2026, 4, 1) << 13 * 24 + 10 << utc(2026, 4, 14, 9);
    QTest::newRow("on the hour: now itself is the server's, not the past's")
        << utc(2026, 4, 14, 9) << utc(2026, 4, 1) << 13 * 24 + 9 << utc(2026, 4, 14, 8);
    QTest::newRow("the first instant of a month: the weeks since the 16th")
        << utc(2026, 5, 1) << utc(2026, 4, 16) << 15 * 24 << utc(2026, 4, 30, 23);
    QTest::newRow("the 1st of December, morning")
        << utc(2026, 12, 1, 8, 30) << utc(2026, 11, 16) << 15 * 24 + 9 << utc(2026, 12, 1, 8);
    QTest::newRow("the last hour of February")
        << utc(2026, 2, 28, 23, 59) << utc(2026, 2, 1) << 28 * 24 << utc(2026, 2, 28, 23);
}

void DemoUsageBackfillTest::oneReadingPerHourSinceThePeriodBegan() {
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, start);
    QFETCH(int, count);
    QFETCH(QDateTime, last);

    const QList<UsageSnapshot> readings = DemoUsageBackfill::readings(now);
    QCOMPARE(readings.size(), count);
    const QDateTime monthStart = start;
    QCOMPARE(readings.constFirst().receivedAt, monthStart);
    QCOMPARE(readings.constLast().receivedAt, last);
    for (int i = 1; i < readings.size(); ++i) {
        QCOMPARE(readings.at(i - 1).receivedAt.secsTo(readings.at(i).receivedAt), 3600);
        QVERIFY(developer(readings.at(i)) >= developer(readings.at(i - 1)));
        QCOMPARE(readings.at(i).allocationPeriodStart, monthStart);
    }
}

void DemoUsageBackfillTest::eachReadingIsWhatTheDemoServerSaidThen() {
    const QDateTime now = utc(2026, 4, 13, 17, 5);
    const QList<UsageSnapshot> readings = DemoUsageBackfill::readings(now, 6 * 3600);
    QCOMPARE(readings.size(), 12 * 4 + 3); // 00:00, 06:00, 12:00, 18:00; the 13th until 12:00
    for (const UsageSnapshot &reading : readings) {
        // From the 11th the server names April itself; before, the month from 16 March.
        if (reading.receivedAt < utc(2026, 4, 11))
            continue;
        const UsageParseResult then = UsageParser::parse(
            DemoUsageGenerator().responseBody(reading.receivedAt), reading.receivedAt);
        QVERIFY(then.ok());
        QVERIFY(reading.sameReadingAs(*then.snapshot));
    }
    QCOMPARE(readings.constFirst().allocationPeriodStart, utc(2026, 4, 1));
    // Early in a month the past is told in the period of now (the month from the 16th before),
    // which the server, asked on the 1st to the 10th, would also have named.
    const QDateTime early = utc(2026, 4, 3, 17, 5);
    const QList<UsageSnapshot> past = DemoUsageBackfill::readings(early, 6 * 3600);
    QCOMPARE(past.size(), 18 * 4 + 3); // from 16 March
    for (const UsageSnapshot &reading : past) {
        QCOMPARE(reading.allocationPeriodStart, utc(2026, 3, 16));
        const UsageParseResult then =
            UsageParser::parse(DemoUsageGenerator().responseBody(
                                   reading.receivedAt, DemoUsageGenerator::periodAround(early)),
                               reading.receivedAt);
        QVERIFY(then.ok());
        QVERIFY(reading.sameReadingAs(*then.snapshot));
    }
    QCOMPARE(developer(readings.constFirst()), 0.0);
}

void DemoUsageBackfillTest::historyTakesThePastOnceAndForecasts() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(utc(2026, 4, 14, 9, 30));
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")), clock);
    QVERIFY2(store.open(), qPrintable(store.errorMessage()));
    UsageHistory history(&store, clock);
    history.setSource(HistoryStore::demoSourceKey());

    const int firstRun = 13 * 24 + 10;
    QCOMPARE(history.recordEarlier(DemoUsageBackfill::readings(clock.now())), firstRun);
    QCOMPARE(history.recordEarlier(DemoUsageBackfill::readings(clock.now())), 0);
    QCOMPARE(history.latestSnapshot()->receivedAt, utc(2026, 4, 14, 9));

    // A later run fills in only the hours since: none twice, none missing.
    clock.setNow(utc(2026, 4, 14, 12, 45));
    QCOMPARE(history.recordEarlier(DemoUsageBackfill::readings(clock.now())), 3);
    const QList<HistoryPeriod> periods = history.storedPeriods();
    QCOMPARE(periods.size(), 1);
    QCOMPARE(history.readingsInPeriod(periods.constFirst(), std::nullopt).size(), firstRun + 3);

    // With the month's past behind it, the first live reading gets a forecast at once.
    const UsageParseResult live =
        UsageParser::parse(DemoUsageGenerator().responseBody(clock.now()), clock.now());
    QVERIFY(live.ok());
    history.record(*live.snapshot);
    const std::optional<Forecast> forecast =
        SnapshotForecasts::compute(history.series(periods.constFirst()), *live.snapshot, clock)
            .forUnit(QStringLiteral("developer_units"));
    QVERIFY(forecast);
    QCOMPARE(forecast->status(), Forecast::Status::OnTrack);
    // The generator ends the month at 72 % of the developer allocation; the projection, drawn
    // from the readings, lands near it.
    const double expected = DemoUsageGenerator::DeveloperShareAtMonthEnd * 100.0;
    QVERIFY2(qAbs(*forecast->projectedPercent() - expected) < 5.0,
             qPrintable(QString::number(*forecast->projectedPercent())));
}

void DemoUsageBackfillTest::aPeriodRecordedFromPartWayIsFilledFromItsStart() {
    // A demo that ran across the 11th recorded the new calendar period only from then on; the
    // next start fills in its first ten days, and nothing twice.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(utc(2026, 4, 11, 6));
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")), clock);
    QVERIFY2(store.open(), qPrintable(store.errorMessage()));
    UsageHistory history(&store, clock);
    history.setSource(HistoryStore::demoSourceKey());
    const UsageParseResult live =
        UsageParser::parse(DemoUsageGenerator().responseBody(clock.now()), clock.now());
    QVERIFY(live.ok());
    QVERIFY(history.record(*live.snapshot));

    QCOMPARE(history.recordEarlier(DemoUsageBackfill::readings(clock.now())), 10 * 24 + 6);
    QCOMPARE(history.recordEarlier(DemoUsageBackfill::readings(clock.now())), 0);
    const QList<HistoryPeriod> periods = history.storedPeriods();
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.constFirst().firstSeen, utc(2026, 4, 1));
    QCOMPARE(store.readingCount(HistoryStore::demoSourceKey(), periods.constFirst()),
             10 * 24 + 6 + 1);
}

QTEST_GUILESS_MAIN(DemoUsageBackfillTest)
#include "DemoUsageBackfillTest.moc"
