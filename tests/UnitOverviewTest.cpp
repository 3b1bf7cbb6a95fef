// What each unit's card says: figures shortened where large and exact for the tooltip and copy,
// where the bar and the forecast's mark go, the unit's forecast and its daily rate.
#include "core/display/UnitOverview.h"
#include "SampleSnapshots.h"
#include "core/Clock.h"
#include "core/display/UsageFormat.h"
#include "core/forecast/SnapshotForecasts.h"
#include "core/history/HistoryStore.h"

#include <QTest>

using SampleSnapshots::unit;
using SampleSnapshots::utc;

namespace {

UsageSnapshot april(const QDateTime &at, const QList<UnitUsage> &units) {
    UsageSnapshot snapshot = SampleSnapshots::monthly();
    snapshot.units = units;
    snapshot.receivedAt = at;
    return snapshot;
}

QList<UnitOverview> cards(const QList<UnitUsage> &units, bool withHistory,
                          bool periodEnded = false) {
    const QDateTime now = utc(2026, 4, 20, 12);
    const UsageSnapshot last = april(now, units);
    PeriodSeries series(HistoryStore::periodOf(last));
    if (withHistory) {
        // Even use from the 1st.
        const QDateTime start = utc(2026, 4, 1);
        for (QDateTime at = start; at < now; at = at.addSecs(6 * 3600)) {
            QList<UnitUsage> then = units;
            for (UnitUsage &unit : then) {
                if (unit.consumed)
                    unit.consumed =
                        *unit.consumed * double(start.secsTo(at)) / double(start.secsTo(now));
            }
            series.addUnrecorded(april(at, then));
        }
    }
    series.addUnrecorded(last);
    const ManualClock clock(now);
    return UnitOverview::of(last, SnapshotForecasts::compute(series, last, clock),
                            UsageThresholds(), periodEnded, UsageFormat());
}

} // namespace

class UnitOverviewTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void largeFiguresAreShortAndExactOnHover();
    void theForecastMarksTheEndOfThePeriod();
    void unitsWithoutAFigureOrAnAllocationSaySo();
    void overTheAllocationSaysByHowMuch();
    void anEndedPeriodProjectsNothing();
};

void UnitOverviewTest::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("TZ", "UTC");
}

void UnitOverviewTest::largeFiguresAreShortAndExactOnHover() {
    const QList<UnitOverview> units =
        cards({unit(QStringLiteral("developer_units"), 1193499, 2000000)}, false);
    QCOMPARE(units.size(), 1);
    const UnitOverview &card = units.constFirst();
    QCOMPARE(card.label, QStringLiteral("Developer units"));
    QCOMPARE(card.figure, QStringLiteral("59.7 %"));
    QCOMPARE(card.amounts, QStringLiteral("1.19 M of 2 M"));
    QCOMPARE(card.exactAmounts, QStringLiteral("1,193,499 of 2,000,000 (59.7 %)"));
    QCOMPARE(card.level, UsageLevel::Normal);
    QCOMPARE(card.percent, std::optional<double>(59.67495));
    QCOMPARE(card.forecast, QStringLiteral("Forecast after 6 hours of readings"));
    QVERIFY(!card.projectedPercent); // nothing to mark yet
    QVERIFY(card.rate.isEmpty());
    QVERIFY(card.description.contains(card.exactAmounts));
}

void UnitOverviewTest::theForecastMarksTheEndOfThePeriod() {
    const UnitOverview card =
        cards({unit(QStringLiteral("developer_units"), 600000, 2000000)}, true).constFirst();
    QCOMPARE(card.forecast, QStringLiteral("On pace: about 46 % at reset"));
    QVERIFY(card.projectedPercent);
    QVERIFY(qAbs(*card.projectedPercent - 46.15) < 0.1);
    // 600,000 in 19.5 days.
    QCOMPARE(card.rate, QStringLiteral("about 30.8 K a day"));
    QVERIFY(card.description.contains(card.rate));
}

void UnitOverviewTest::unitsWithoutAFigureOrAnAllocationSaySo() {
    UnitUsage notReported = unit(QStringLiteral("explorer_units"), 0, 100);
    notReported.consumed.reset();
    const QList<UnitOverview> units =
        cards({unit(QStringLiteral("developer_units"), 1500.25, std::nullopt), notReported}, true);
    QCOMPARE(units.at(0).figure, QStringLiteral("1,500.25 used"));
    QCOMPARE(units.at(0).amounts, QStringLiteral("no allocation"));
    QCOMPARE(units.at(0).level, UsageLevel::NoAllocation);
    QVERIFY(!units.at(0).percent);
    QVERIFY(units.at(0).forecast.isEmpty());
    QCOMPARE(units.at(1).figure, QStringLiteral("not reported"));
    QCOMPARE(units.at(1).amounts, QStringLiteral("allocation 100"));
    QCOMPARE(units.at(1).exactAmounts, QStringLiteral("consumption not reported (allocation 100)"));
}

void UnitOverviewTest::overTheAllocationSaysByHowMuch() {
    const UnitOverview card =
        cards({unit(QStringLiteral("explorer_units"), 131.75, 100)}, false).constFirst();
    QCOMPARE(card.level, UsageLevel::Over);
    QCOMPARE(card.figure, QStringLiteral("131.8 %"));
    QCOMPARE(card.overBy, QStringLiteral("over by 31.75"));
    QCOMPARE(card.amounts, QStringLiteral("131.75 of 100"));
}

void UnitOverviewTest::anEndedPeriodProjectsNothing() {
    const UnitOverview card =
        cards({unit(QStringLiteral("developer_units"), 600000, 2000000)}, true, true).constFirst();
    QCOMPARE(card.forecast, QStringLiteral("No forecast: the period has ended"));
    QVERIFY(!card.projectedPercent);
    QVERIFY(card.rate.isEmpty());
}

QTEST_GUILESS_MAIN(UnitOverviewTest)
#include "UnitOverviewTest.moc"
