// Time from now in words, the one wording of every countdown and age: whole units, never rounded
// up, so the window, the tray and the --once table say the same at the same moment.
#include "core/display/RelativeTime.h"

#include <QTest>

namespace {

QDateTime utc(int month, int day, int hour = 0, int minute = 0, int second = 0) {
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second), Qt::UTC);
}

const QDateTime reset = utc(5, 1);

} // namespace

class RelativeTimeTest final : public QObject {
    Q_OBJECT

private slots:
    void untilCountsWholeUnitsLeft_data() {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("expected");
        QTest::newRow("six and a half days: six, never seven") << utc(4, 24, 12) << "in 6 days";
        QTest::newRow("two days exactly") << utc(4, 29) << "in 2 days";
        QTest::newRow("47 hours") << utc(4, 29, 1) << "in 47 hours";
        QTest::newRow("two hours") << utc(4, 30, 22) << "in 2 hours";
        QTest::newRow("one hour and a half") << utc(4, 30, 22, 30) << "in 1 hour";
        QTest::newRow("45 minutes") << utc(4, 30, 23, 15) << "in 45 minutes";
        QTest::newRow("one minute") << utc(4, 30, 23, 59) << "in 1 minute";
        QTest::newRow("seconds count as a minute") << utc(4, 30, 23, 59, 50) << "in 1 minute";
        QTest::newRow("at the moment: nothing to count") << reset << "";
        QTest::newRow("after it") << utc(5, 2) << "";
    }

    void untilCountsWholeUnitsLeft() {
        QFETCH(QDateTime, now);
        QFETCH(QString, expected);
        QCOMPARE(RelativeTime::until(now, reset), expected);
    }

    void soonRoundsMinutesUp_data() {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << qint64(12) << "in 12 s";
        QTest::newRow("a minute") << qint64(60) << "in 1 minute";
        QTest::newRow("ninety seconds: 2 minutes, never 1") << qint64(90) << "in 2 minutes";
        QTest::newRow("ten minutes") << qint64(600) << "in 10 minutes";
        QTest::newRow("a day") << qint64(86400) << "in 24 hours";
        QTest::newRow("now") << qint64(0) << "";
    }

    void soonRoundsMinutesUp() {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(RelativeTime::soon(reset, reset.addSecs(seconds)), expected);
    }

    void agoCountsWholeUnitsPassed_data() {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same moment") << reset << "just now";
        QTest::newRow("59 seconds") << reset.addSecs(59) << "just now";
        QTest::newRow("a minute") << reset.addSecs(60) << "1 minute ago";
        QTest::newRow("three hours") << reset.addSecs(3 * 3600 + 59) << "3 hours ago";
        QTest::newRow("a day and a half") << reset.addSecs(36 * 3600) << "1 day ago";
        QTest::newRow("59 days") << reset.addDays(59) << "59 days ago";
        QTest::newRow("seven months (April's end in December)") << utc(12, 1, 9) << "7 months ago";
        QTest::newRow("two years") << reset.addYears(2) << "2 years ago";
        QTest::newRow("a moment still to come") << reset.addSecs(-30) << "just now";
    }

    void agoCountsWholeUnitsPassed() {
        QFETCH(QDateTime, now);
        QFETCH(QString, expected);
        QCOMPARE(RelativeTime::ago(reset, now), expected);
    }
};

QTEST_GUILESS_MAIN(RelativeTimeTest)
#include "RelativeTimeTest.moc"
