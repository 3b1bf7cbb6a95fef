// The detail chart's time axis: ticks on whole hours, midnights, Mondays or month starts, as many
// as fit, labelled in the display time zone.
#include "core/display/TimeTicks.h"

#include <QTest>

namespace {

QDateTime utc(int year, int month, int day, int hour = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

QStringList labels(const QList<TimeTick> &ticks) {
    QStringList result;
    for (const TimeTick &tick : ticks)
        result << tick.label;
    return result;
}

QStringList words(std::initializer_list<const char *> items) {
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

const QLocale english(QLocale::English, QLocale::UnitedStates);

} // namespace

class TimeTicksTest final : public QObject {
    Q_OBJECT

private slots:
    void ticksFallOnRoundMoments_data();
    void ticksFallOnRoundMoments();
    void anAnnualPeriodIsTickedAtMonthStarts();
    void neverMoreThanFit();
    void ticksFollowTheDisplayTimeZone();
    void fittingCountsLabelsAndGaps();
};

void TimeTicksTest::ticksFallOnRoundMoments_data() {
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("a month, wide: Mondays") << utc(2026, 4, 1) << utc(2026, 5, 1) << 6
                                            << words({"6 Apr", "13 Apr", "20 Apr", "27 Apr"});
    QTest::newRow("a month from the 16th, narrow: every 10 days, not one month name")
        << utc(2026, 11, 16) << utc(2026, 12, 16) << 3 << words({"21 Nov", "1 Dec", "11 Dec"});
    QTest::newRow("a 31-day month, every 5 days: the 31st gives way to the next month's first")
        << utc(2026, 12, 1) << utc(2027, 1, 1) << 8
        << words({"1 Dec", "6 Dec", "11 Dec", "16 Dec", "21 Dec", "26 Dec", "1 Jan"});
    QTest::newRow("February, every 5 days: the 26th stays three days before March")
        << utc(2026, 2, 1) << utc(2026, 3, 1) << 7
        << words({"1 Feb", "6 Feb", "11 Feb", "16 Feb", "21 Feb", "26 Feb", "1 Mar"});
    QTest::newRow("a week, wide: every day")
        << utc(2026, 4, 1) << utc(2026, 4, 8) << 8
        << words({"1 Apr", "2 Apr", "3 Apr", "4 Apr", "5 Apr", "6 Apr", "7 Apr", "8 Apr"});
    QTest::newRow("half a day: hours, midnight as its date")
        << utc(2026, 4, 14, 18) << utc(2026, 4, 15, 6) << 5
        << words({"18:00", "21:00", "15 Apr", "03:00", "06:00"});
    QTest::newRow("a quarter: month starts")
        << utc(2026, 4, 1) << utc(2026, 7, 1) << 4 << words({"Apr", "May", "Jun", "Jul"});
    QTest::newRow("no span, no ticks") << utc(2026, 4, 1) << utc(2026, 4, 1) << 6 << QStringList{};
}

void TimeTicksTest::ticksFallOnRoundMoments() {
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(int, maxTicks);
    QFETCH(QStringList, expected);
    QCOMPARE(labels(TimeTicks::between(start, end, maxTicks, english, QTimeZone::utc())), expected);
}

void TimeTicksTest::anAnnualPeriodIsTickedAtMonthStarts() {
    // Not 15 Mar, 27 May, 8 Aug: the first of a month, the year on January.
    const QList<TimeTick> wide =
        TimeTicks::between(utc(2026, 1, 1), utc(2027, 1, 1), 13, english, QTimeZone::utc());
    QCOMPARE(labels(wide), words({"Jan 2026", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                  "Sep", "Oct", "Nov", "Dec", "Jan 2027"}));
    for (const TimeTick &tick : wide) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(tick.msecs, Qt::UTC).date();
        QCOMPARE(date.day(), 1);
    }
    const QList<TimeTick> narrow =
        TimeTicks::between(utc(2026, 1, 1), utc(2027, 1, 1), 5, english, QTimeZone::utc());
    QCOMPARE(labels(narrow), words({"Jan 2026", "Apr", "Jul", "Oct", "Jan 2027"}));
    // An annual period that does not begin on the 1st still ticks on month starts.
    const QList<TimeTick> offset =
        TimeTicks::between(utc(2026, 3, 15), utc(2027, 3, 15), 7, english, QTimeZone::utc());
    QCOMPARE(labels(offset), words({"May", "Jul", "Sep", "Nov", "Jan 2027", "Mar"}));
}

void TimeTicksTest::neverMoreThanFit() {
    for (int fit = 1; fit <= 12; ++fit) {
        const QList<TimeTick> ticks =
            TimeTicks::between(utc(2026, 4, 1), utc(2026, 5, 1), fit, english, QTimeZone::utc());
        QVERIFY2(ticks.size() <= fit, qPrintable(QString::number(fit)));
        QVERIFY(!ticks.isEmpty() || fit < 2);
    }
}

void TimeTicksTest::ticksFollowTheDisplayTimeZone() {
    // Midnight in Berlin is 22:00 UTC in summer: the tick is there, labelled with the Berlin date.
    const QTimeZone berlin("Europe/Berlin");
    const QList<TimeTick> ticks =
        TimeTicks::between(utc(2026, 6, 1), utc(2026, 6, 4), 4, english, berlin);
    QCOMPARE(labels(ticks), words({"2 Jun", "3 Jun", "4 Jun"}));
    QCOMPARE(ticks.constFirst().msecs, utc(2026, 6, 1, 22).toMSecsSinceEpoch());
}

void TimeTicksTest::fittingCountsLabelsAndGaps() {
    QCOMPARE(TimeTicks::fitting(900, 10), 10); // 7 characters and a gap of 2, at 10 px each
    QCOMPARE(TimeTicks::fitting(100, 10), 2);  // never fewer than both ends
}

QTEST_GUILESS_MAIN(TimeTicksTest)
#include "TimeTicksTest.moc"
