// What the detail chart says where the pointer or the arrow keys rest: the nearest reading, or past
// the last one the projection, in words.
#include "core/display/ChartReadout.h"
#include "core/Clock.h"
#include "core/display/DashboardText.h"

#include <QTest>

namespace {

QDateTime utc(int day, int hour = 0) {
    return QDateTime(QDate(2026, 4, day), QTime(hour, 0), Qt::UTC);
}

double ms(const QDateTime &at) {
    return double(at.toMSecsSinceEpoch());
}

// Readings at noon on the 10th, 11th and 12th; a projection from the last to the reset.
TrendChartData april(bool withAllocation) {
    TrendChartData data;
    data.consumption = {
        {ms(utc(10, 12)), 1000000}, {ms(utc(11, 12)), 1100000}, {ms(utc(12, 12)), 1193499}};
    data.projection = {data.consumption.constLast(),
                       {ms(QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC)), 1440000}};
    data.xMinimum = qint64(ms(utc(1)));
    data.xMaximum = qint64(data.projection.constLast().x());
    if (withAllocation)
        data.allocated = 2000000.0;
    return data;
}

} // namespace

class ChartReadoutTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theNearestReadingIsRead();
    void aPercentChartReadsInAmountsToo();
    void pastTheLastReadingTheProjectionSpeaks();
    void arrowKeysStepFromReadingToReading();
    void anEmptyChartSaysNothing();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<DashboardText> m_text;
};

void ChartReadoutTest::initTestCase() {
    m_clock = std::make_unique<ManualClock>(utc(12, 13));
    m_text = std::make_unique<DashboardText>(
        *m_clock, QLocale(QLocale::English, QLocale::UnitedKingdom), QTimeZone::utc());
}

void ChartReadoutTest::theNearestReadingIsRead() {
    const std::optional<ChartReadout> readout =
        ChartReadout::at(april(true), ms(utc(11, 10)), *m_text);
    QVERIFY(readout);
    QCOMPARE(readout->point, QPointF(ms(utc(11, 12)), 1100000));
    QVERIFY(!readout->projected);
    QCOMPARE(readout->title, QStringLiteral("11 Apr 12:00"));
    QCOMPARE(readout->value, QStringLiteral("1,100,000 (55.0 %)"));
    // Without an allocation, the amount alone.
    QCOMPARE(ChartReadout::at(april(false), ms(utc(10, 1)), *m_text)->value,
             QStringLiteral("1,000,000"));
}

void ChartReadoutTest::aPercentChartReadsInAmountsToo() {
    const TrendChartData percent = april(true).asPercentOfAllocation();
    QVERIFY(percent.inPercent);
    QCOMPARE(percent.consumption.at(1).y(), 55.0);
    const std::optional<ChartReadout> readout = ChartReadout::at(percent, ms(utc(11, 10)), *m_text);
    QCOMPARE(readout->point, QPointF(ms(utc(11, 12)), 55.0));
    QCOMPARE(readout->value, QStringLiteral("1,100,000 (55.0 %)"));
    QCOMPARE(ChartReadout::at(percent, ms(utc(30, 23)) + 7200000.0, *m_text)->value,
             QStringLiteral("about 1.44 M (72 %)"));
}

void ChartReadoutTest::pastTheLastReadingTheProjectionSpeaks() {
    const std::optional<ChartReadout> midway =
        ChartReadout::at(april(true), ms(utc(22, 6)), *m_text);
    QVERIFY(midway && midway->projected);
    QCOMPARE(midway->title, QStringLiteral("Projected for 22 Apr 06:00"));
    QVERIFY(midway->point.y() > 1193499 && midway->point.y() < 1440000);
    QVERIFY2(midway->value.startsWith(QLatin1String("about 1.3")), qPrintable(midway->value));
    const std::optional<ChartReadout> end =
        ChartReadout::at(april(true), ms(utc(30, 23)) + 7200000.0, *m_text);
    QCOMPARE(end->title, QStringLiteral("Projected at the reset"));
    QCOMPARE(end->value, QStringLiteral("about 1.44 M (72 %)"));
    // Just past the last reading, the reading is still nearer.
    QVERIFY(!ChartReadout::at(april(true), ms(utc(12, 13)), *m_text)->projected);
}

void ChartReadoutTest::arrowKeysStepFromReadingToReading() {
    const TrendChartData data = april(true);
    std::optional<ChartReadout> at = ChartReadout::step(data, ms(utc(10, 12)), 1, *m_text);
    QCOMPARE(at->point.x(), ms(utc(11, 12)));
    at = ChartReadout::step(data, at->point.x(), 1, *m_text);
    QCOMPARE(at->point.x(), ms(utc(12, 12)));
    at = ChartReadout::step(data, at->point.x(), 1, *m_text);
    QVERIFY(at->projected); // then the reset
    at = ChartReadout::step(data, at->point.x(), -1, *m_text);
    QCOMPARE(at->point.x(), ms(utc(12, 12)));
    // The first reading is as far left as it goes.
    QCOMPARE(ChartReadout::step(data, ms(utc(10, 12)), -1, *m_text)->point.x(), ms(utc(10, 12)));
}

void ChartReadoutTest::anEmptyChartSaysNothing() {
    QVERIFY(!ChartReadout::at(TrendChartData(), 0, *m_text));
    QVERIFY(!ChartReadout::step(TrendChartData(), 0, 1, *m_text));
}

QTEST_GUILESS_MAIN(ChartReadoutTest)
#include "ChartReadoutTest.moc"
