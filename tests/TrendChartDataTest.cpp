// What the trend chart is given to draw: thinned consumption, allocation line and projection.
#include "core/history/TrendChartData.h"
#include "core/Clock.h"

#include <QTest>

namespace {

QDateTime utc(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

const HistoryPeriod april{
    utc("2026-04-01T00:00:00Z"), utc("2026-05-01T00:00:00Z"), QStringLiteral("monthly"), {}, {}};

// Five-minute readings from the period start, rising by `step` each time.
UsageSeries readings(int count, double step, std::optional<double> allocated) {
    UsageSeries series;
    for (int i = 0; i < count; ++i)
        series.append({april.start.addSecs(qint64(i) * 300), i * step, allocated});
    return series;
}

} // namespace

class TrendChartDataTest final : public QObject {
    Q_OBJECT

private slots:
    void theChartSpansThePeriodWithTheAllocationLine();
    void consumptionIsThinnedToThePixelWidth();
    void theProjectionRunsFromTheLastReadingToThePeriodEnd();
    void anEarlierPeriodOrTooLittleHistoryHasNoProjection();
    void aUnitWithoutAllocationHasNoAllocationLine();
    void oneReadingOverTheAllocationDrawsNoFlatProjection();
    void todayIsMarkedOnlyWithinThePeriod();
};

void TrendChartDataTest::theChartSpansThePeriodWithTheAllocationLine() {
    const TrendChartData data = TrendChartData::build(readings(10, 100, 5000), april, {}, 600);
    QCOMPARE(data.xMinimum, april.start.toMSecsSinceEpoch());
    QCOMPARE(data.xMaximum, april.end.toMSecsSinceEpoch());
    QCOMPARE(data.consumption.size(), 10);
    QCOMPARE(data.consumption.constLast(),
             QPointF(double(april.start.addSecs(9 * 300).toMSecsSinceEpoch()), 900));
    QCOMPARE(data.allocationLine.size(), 2);
    QCOMPARE(data.allocationLine.at(0), QPointF(double(data.xMinimum), 5000));
    QCOMPARE(data.allocationLine.at(1), QPointF(double(data.xMaximum), 5000));
    QVERIFY(data.yMaximum > 5000);
    QVERIFY(data.projection.isEmpty());
}

void TrendChartDataTest::consumptionIsThinnedToThePixelWidth() {
    const TrendChartData data = TrendChartData::build(readings(8640, 1, 10000), april, {}, 700);
    QCOMPARE(data.sourcePointCount, 8640);
    QCOMPARE(data.consumption.size(), 700);
}

void TrendChartDataTest::theProjectionRunsFromTheLastReadingToThePeriodEnd() {
    const UsageSeries series = readings(12 * 24 * 2, 10, 1000000); // two days
    const ManualClock clock(series.constLast().time());
    const Forecast forecast = Forecast::compute(series, 1000000.0, april, clock);
    QVERIFY(forecast.hasProjection());

    const TrendChartData data = TrendChartData::build(series, april, forecast, 800);
    QCOMPARE(data.projection.size(), 2);
    QCOMPARE(data.projection.at(0), data.consumption.constLast());
    QCOMPARE(data.projection.at(1).x(), double(april.end.toMSecsSinceEpoch()));
    QCOMPARE(data.projection.at(1).y(), forecast.projectedConsumed());
    QVERIFY(data.yMaximum >= forecast.projectedConsumed());
}

void TrendChartDataTest::anEarlierPeriodOrTooLittleHistoryHasNoProjection() {
    const UsageSeries series = readings(3, 10, 1000);
    const ManualClock clock(series.constLast().time());
    const Forecast forecast = Forecast::compute(series, 1000.0, april, clock);
    QCOMPARE(forecast.status(), Forecast::Status::NotEnoughHistory);
    QVERIFY(TrendChartData::build(series, april, forecast, 800).projection.isEmpty());
    QVERIFY(TrendChartData::build(readings(500, 1, 1000), april, std::nullopt, 800)
                .projection.isEmpty());
}

void TrendChartDataTest::aUnitWithoutAllocationHasNoAllocationLine() {
    const TrendChartData data =
        TrendChartData::build(readings(20, 3, std::nullopt), april, std::nullopt, 800);
    QVERIFY(data.allocationLine.isEmpty());
    QCOMPARE(data.yMaximum, 57 * 1.05);
    const TrendChartData empty = TrendChartData::build({}, april, std::nullopt, 800);
    QVERIFY(empty.consumption.isEmpty());
    QCOMPARE(empty.yMaximum, 1.0);
}

void TrendChartDataTest::oneReadingOverTheAllocationDrawsNoFlatProjection() {
    // Over the allocation is known from one reading; where it goes is not.
    const UsageSeries one{{april.start.addDays(3), 1500.0, 1000.0}};
    const ManualClock clock(april.start.addDays(3));
    const Forecast forecast = Forecast::compute(one, 1000.0, april, clock);
    QCOMPARE(forecast.status(), Forecast::Status::OverAllocation);
    QVERIFY(!forecast.hasFittedRate());
    const TrendChartData data = TrendChartData::build(one, april, forecast, 800);
    QVERIFY(data.projection.isEmpty());
    QCOMPARE(data.consumption.size(), 1);
    QCOMPARE(data.allocated, std::optional<double>(1000.0));
    QCOMPARE(data.percentOf(1500.0), std::optional<double>(150.0));
}

void TrendChartDataTest::todayIsMarkedOnlyWithinThePeriod() {
    const UsageSeries series = readings(10, 1, 100);
    const QDateTime within = april.start.addDays(10);
    QCOMPARE(TrendChartData::build(series, april, std::nullopt, 800, within).now,
             within.toMSecsSinceEpoch());
    QCOMPARE(TrendChartData::build(series, april, std::nullopt, 800, april.end.addDays(3)).now, 0);
    QCOMPARE(TrendChartData::build(series, april, std::nullopt, 800).now, 0);
}

QTEST_GUILESS_MAIN(TrendChartDataTest)
#include "TrendChartDataTest.moc"
