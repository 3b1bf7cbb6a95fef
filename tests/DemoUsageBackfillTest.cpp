// The demo's past: hourly readings from the start of the month up to now, each what the demo
// server would have answered then, and a UsageHistory that takes them only once.
#include "core/demo/DemoUsageBackfill.h"
#include "core/Clock.h"
#include "core/api/UsageParser.h"
#include "core/demo/DemoUsageGenerator.h"
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
    void oneReadingPerHourSinceTheMonthBegan_data();
    void oneReadingPerHourSinceTheMonthBegan();
    void eachReadingIsWhatTheDemoServerSaidThen();
    void historyTakesThePastOnceAndForecasts();
};

void DemoUsageBackfillTest::oneReadingPerHourSinceTheMonthBegan_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDateTime>("last");

    QTest::newRow("mid month, between hours")
        << utc(2026, 4, 14, 9, 30) << 13 * 24 + 10 << utc(2026, 4, 14, 9);
    QTest::newRow("on the hour: now itself is the server's, not the past's")
        << utc(2026, 4, 14, 9) << 13 * 24 + 9 << utc(2026, 4, 14, 8);
    QTest::newRow("the first instant of a month has no past")
        << utc(2026, 5, 1) << 0 << QDateTime();
    QTest::newRow("the last hour of February")
        << utc(2026, 2, 28, 23, 59) << 28 * 24 << utc(2026, 2, 28, 23);
}

void DemoUsageBackfillTest::oneReadingPerHourSinceTheMonthBegan() {
    QFETCH(QDateTime, now);
    QFETCH(int, count);
    QFETCH(QDateTime, last);

    const QList<UsageSnapshot> readings = DemoUsageBackfill::readings(now);
    QCOMPARE(readings.size(), count);
    if (count == 0)
        return;
    const QDateTime monthStart(QDate(now.date().year(), now.date().month(), 1), QTime(0, 0),
                               Qt::UTC);
    QCOMPARE(readings.constFirst().receivedAt, monthStart);
    QCOMPARE(readings.constLast().receivedAt, last);
    for (int i = 1; i < readings.size(); ++i) {
        QCOMPARE(readings.at(i - 1).receivedAt.secsTo(readings.at(i).receivedAt), 3600);
        QVERIFY(developer(readings.at(i)) >= developer(readings.at(i - 1)));
        QCOMPARE(readings.at(i).allocationPeriodStart, monthStart);
    }
}

void DemoUsageBackfillTest::eachReadingIsWhatTheDemoServerSaidThen() {
    const QList<UsageSnapshot> readings =
        DemoUsageBackfill::readings(utc(2026, 4, 3, 17, 5), 6 * 3600);
    QCOMPARE(readings.size(), 4 + 4 + 3); // 00:00, 06:00, 12:00, 18:00; the 3rd until 12:00
    for (const UsageSnapshot &reading : readings) {
        const UsageParseResult then = UsageParser::parse(
            DemoUsageGenerator().responseBody(reading.receivedAt), reading.receivedAt);
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
    const QList<HistoryPeriod> periods = history.periods(std::nullopt);
    QCOMPARE(periods.size(), 1);
    QCOMPARE(history.readingsInPeriod(periods.constFirst(), std::nullopt).size(), firstRun + 3);

    // With the month's past behind it, the first live reading gets a forecast at once.
    const UsageParseResult live =
        UsageParser::parse(DemoUsageGenerator().responseBody(clock.now()), clock.now());
    QVERIFY(live.ok());
    history.record(*live.snapshot);
    const std::optional<Forecast> forecast =
        history.forecastsFor(*live.snapshot).forUnit(QStringLiteral("developer_units"));
    QVERIFY(forecast);
    QCOMPARE(forecast->status(), Forecast::Status::OnTrack);
    // The generator ends the month at 72 % of the developer allocation; the projection, drawn
    // from the readings, lands near it.
    const double expected = DemoUsageGenerator::DeveloperShareAtMonthEnd * 100.0;
    QVERIFY2(qAbs(*forecast->projectedPercent() - expected) < 5.0,
             qPrintable(QString::number(*forecast->projectedPercent())));
}

QTEST_GUILESS_MAIN(DemoUsageBackfillTest)
#include "DemoUsageBackfillTest.moc"
