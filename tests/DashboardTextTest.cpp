// DashboardText: the header and status sentences, with time taken from a ManualClock.
#include "core/display/DashboardText.h"
#include "core/Clock.h"
#include "core/api/UsageSnapshot.h"

#include "SampleSnapshots.h"

#include <QTest>

namespace {

using SampleSnapshots::unit;
using SampleSnapshots::utc;

UsageSnapshot monthlySnapshot() {
    UsageSnapshot snapshot;
    snapshot.billingPeriodStart = utc(2026, 4, 1);
    snapshot.billingPeriodEnd = utc(2026, 5, 1);
    snapshot.allocationPeriodStart = utc(2026, 4, 1);
    snapshot.allocationPeriodEnd = utc(2026, 5, 1);
    snapshot.cadenceText = QStringLiteral("monthly");
    snapshot.units = {unit(QStringLiteral("developer_units"), 341523, 2000000),
                      unit(QStringLiteral("explorer_units"), 12.5, 100)};
    snapshot.receivedAt = utc(2026, 4, 24, 9, 30);
    return snapshot;
}

const QLocale english(QLocale::English, QLocale::UnitedKingdom);

} // namespace

class DashboardTextTest final : public QObject {
    Q_OBJECT

private slots:
    void cadenceIsNamedForPeople_data();
    void cadenceIsNamedForPeople();
    void periodsAreLocalDatesWithInclusiveEnd();
    void periodsFollowTheDisplayTimeZone();
    void countdownCountsFromTheInjectedClock_data();
    void countdownCountsFromTheInjectedClock();
    void endedPeriodIsSaidPlainly_data();
    void endedPeriodIsSaidPlainly();
    void periodsReadAsTheirFirstAndLastDay_data();
    void periodsReadAsTheirFirstAndLastDay();
    void trialCountsDownToTheBillingPeriodEnd();
    void updatedAgoFollowsTheClock_data();
    void updatedAgoFollowsTheClock();
    void nextRefreshRoundsUp_data();
    void nextRefreshRoundsUp();
    void summaryListsEveryUnit();
    void dateAndTimeIsToTheMinute_data();
    void dateAndTimeIsToTheMinute();
};

void DashboardTextTest::cadenceIsNamedForPeople_data() {
    QTest::addColumn<QString>("cadence");
    QTest::addColumn<QString>("expected");
    QTest::newRow("monthly") << QStringLiteral("monthly") << QStringLiteral("Monthly allocation");
    QTest::newRow("annual says consumption is cumulative")
        << QStringLiteral("annual")
        << QStringLiteral("Annual allocation — consumption is cumulative over the year");
    QTest::newRow("trial without cadence")
        << QString() << QStringLiteral("Trial: no periodic allocation");
    QTest::newRow("unknown word shown as sent")
        << QStringLiteral("quarterly") << QStringLiteral("Allocation: quarterly");
}

void DashboardTextTest::cadenceIsNamedForPeople() {
    QFETCH(QString, cadence);
    QFETCH(QString, expected);
    const ManualClock clock(utc(2026, 4, 24));
    UsageSnapshot snapshot = monthlySnapshot();
    snapshot.cadenceText = cadence;
    QCOMPARE(DashboardText(clock, english, QTimeZone::utc()).cadence(snapshot), expected);
}

void DashboardTextTest::periodsAreLocalDatesWithInclusiveEnd() {
    const ManualClock clock(utc(2026, 4, 24));
    const DashboardText text(clock, english, QTimeZone::utc());
    UsageSnapshot snapshot = monthlySnapshot();
    QCOMPARE(text.billingPeriod(snapshot), QStringLiteral("Billing period: 1–30 Apr 2026"));
    QCOMPARE(text.allocationPeriod(snapshot), QStringLiteral("Allocation period: 1–30 Apr 2026"));

    snapshot.allocationPeriodStart = {};
    snapshot.allocationPeriodEnd = {};
    QCOMPARE(text.allocationPeriod(snapshot), QString());
}

void DashboardTextTest::periodsFollowTheDisplayTimeZone() {
    const ManualClock clock(utc(2026, 4, 24));
    // In New York the period that starts at midnight UTC starts on the evening before.
    const DashboardText text(clock, english, QTimeZone("America/New_York"));
    QCOMPARE(text.billingPeriod(monthlySnapshot()),
             QStringLiteral("Billing period: 31 Mar – 30 Apr 2026"));
    QCOMPARE(text.resetCountdown(monthlySnapshot()), QStringLiteral("Resets in 7 days, on 30 Apr"));
}

void DashboardTextTest::countdownCountsFromTheInjectedClock_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");
    QTest::newRow("six and a half days")
        << utc(2026, 4, 24, 12) << QStringLiteral("Resets in 6 days, on 1 May");
    QTest::newRow("exactly two days")
        << utc(2026, 4, 29) << QStringLiteral("Resets in 2 days, on 1 May");
    QTest::newRow("hours under two days")
        << utc(2026, 4, 29, 20) << QStringLiteral("Resets in 28 hours, on 1 May");
    QTest::newRow("five hours") << utc(2026, 4, 30, 19)
                                << QStringLiteral("Resets in 5 hours, on 1 May");
    QTest::newRow("one hour") << utc(2026, 4, 30, 22, 30)
                              << QStringLiteral("Resets in 1 hour, on 1 May");
    QTest::newRow("minutes") << utc(2026, 4, 30, 23, 48)
                             << QStringLiteral("Resets in 12 minutes, on 1 May");
    QTest::newRow("seconds") << utc(2026, 4, 30, 23, 59, 30)
                             << QStringLiteral("Resets in 1 minute, on 1 May");
    // Once the period is over there is no countdown: endedPeriod() speaks instead.
    QTest::newRow("at the reset") << utc(2026, 5, 1) << QString();
    QTest::newRow("passed") << utc(2026, 5, 1, 0, 0, 1) << QString();
    QTest::newRow("a reset next year carries the year")
        << utc(2026, 12, 20) << QStringLiteral("Resets in 12 days, on 1 Jan 2027");
}

void DashboardTextTest::countdownCountsFromTheInjectedClock() {
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    ManualClock clock(utc(2020, 1, 1));
    const DashboardText text(clock, english, QTimeZone::utc());
    clock.setNow(now);
    UsageSnapshot snapshot = monthlySnapshot();
    if (now.date().month() == 12) { // the December period, reset on 1 Jan 2027
        snapshot.allocationPeriodStart = snapshot.billingPeriodStart = utc(2026, 12, 1);
        snapshot.allocationPeriodEnd = snapshot.billingPeriodEnd = utc(2027, 1, 1);
    }
    QCOMPARE(text.resetCountdown(snapshot), expected);
}

void DashboardTextTest::endedPeriodIsSaidPlainly_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");
    QTest::newRow("while it runs: nothing to say") << utc(2026, 4, 30, 23) << QString();
    QTest::newRow("just over")
        << utc(2026, 5, 1, 0, 0, 30)
        << QStringLiteral("The API reports the period 1–30 Apr 2026, which ended just now; the "
                          "figures may be out of date.");
    QTest::newRow("three days later")
        << utc(2026, 5, 4, 12)
        << QStringLiteral("The API reports the period 1–30 Apr 2026, which ended 3 days ago; the "
                          "figures may be out of date.");
    QTest::newRow("seven months later (the API still reports April in December)")
        << utc(2026, 12, 1, 9)
        << QStringLiteral("The API reports the period 1–30 Apr 2026, which ended 7 months ago; "
                          "the figures may be out of date.");
}

void DashboardTextTest::endedPeriodIsSaidPlainly() {
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    const ManualClock clock(now);
    QCOMPARE(DashboardText(clock, english, QTimeZone::utc()).endedPeriod(monthlySnapshot()),
             expected);
}

void DashboardTextTest::periodsReadAsTheirFirstAndLastDay_data() {
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a month") << utc(2026, 4, 1) << utc(2026, 5, 1)
                             << QStringLiteral("1–30 Apr 2026");
    QTest::newRow("a year") << utc(2026, 1, 1) << utc(2027, 1, 1)
                            << QStringLiteral("1 Jan – 31 Dec 2026");
    QTest::newRow("across a new year")
        << utc(2025, 12, 15) << utc(2026, 1, 15) << QStringLiteral("15 Dec 2025 – 14 Jan 2026");
    QTest::newRow("one day") << utc(2026, 4, 1) << utc(2026, 4, 2) << QStringLiteral("1 Apr 2026");
}

void DashboardTextTest::periodsReadAsTheirFirstAndLastDay() {
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QString, expected);
    const ManualClock clock(utc(2026, 4, 24));
    QCOMPARE(DashboardText(clock, english, QTimeZone::utc()).period(start, end), expected);
}

void DashboardTextTest::trialCountsDownToTheBillingPeriodEnd() {
    const ManualClock clock(utc(2026, 4, 28));
    UsageSnapshot trial = monthlySnapshot();
    trial.cadenceText.clear();
    trial.allocationPeriodStart = {};
    trial.allocationPeriodEnd = {};
    trial.billingPeriodEnd = utc(2026, 5, 2);
    QCOMPARE(DashboardText(clock, english, QTimeZone::utc()).resetCountdown(trial),
             QStringLiteral("Billing period ends in 4 days, on 2 May"));
}

void DashboardTextTest::updatedAgoFollowsTheClock_data() {
    QTest::addColumn<qint64>("secondsLater");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same moment") << qint64(0) << QStringLiteral("Updated just now");
    QTest::newRow("59 seconds") << qint64(59) << QStringLiteral("Updated just now");
    QTest::newRow("one minute") << qint64(60) << QStringLiteral("Updated 1 minute ago");
    QTest::newRow("two minutes") << qint64(150) << QStringLiteral("Updated 2 minutes ago");
    QTest::newRow("three hours") << qint64(3 * 3600 + 59) << QStringLiteral("Updated 3 hours ago");
    QTest::newRow("two days") << qint64(2 * 86400) << QStringLiteral("Updated 2 days ago");
}

void DashboardTextTest::updatedAgoFollowsTheClock() {
    QFETCH(qint64, secondsLater);
    QFETCH(QString, expected);
    const QDateTime received = utc(2026, 4, 24, 9, 30);
    ManualClock clock(received);
    const DashboardText text(clock, english, QTimeZone::utc());
    clock.advance(secondsLater);
    QCOMPARE(text.updatedAgo(received), expected);
}

void DashboardTextTest::nextRefreshRoundsUp_data() {
    QTest::addColumn<qint64>("secondsAhead");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds") << qint64(30) << QStringLiteral("Next refresh in 30 s");
    QTest::newRow("exactly one minute") << qint64(60) << QStringLiteral("Next refresh in 1 minute");
    QTest::newRow("ninety seconds") << qint64(90) << QStringLiteral("Next refresh in 2 minutes");
    QTest::newRow("due") << qint64(0) << QStringLiteral("Refreshing…");
}

void DashboardTextTest::nextRefreshRoundsUp() {
    QFETCH(qint64, secondsAhead);
    QFETCH(QString, expected);
    const ManualClock clock(utc(2026, 4, 24, 9, 30));
    const DashboardText text(clock, english, QTimeZone::utc());
    QCOMPARE(text.nextRefresh(clock.now().addSecs(secondsAhead)), expected);
    QCOMPARE(text.nextRefresh(QDateTime()), QString());
}

void DashboardTextTest::summaryListsEveryUnit() {
    const ManualClock clock(utc(2026, 4, 24, 12));
    UsageSnapshot snapshot = monthlySnapshot();
    snapshot.units.append(unit(QStringLiteral("credits"), 131.75, 100));
    snapshot.units.append(unit(QStringLiteral("sql_units"), 7, std::nullopt));
    const QString expected = QStringLiteral("Allium usage — Monthly allocation\n"
                                            "Billing period: 1–30 Apr 2026\n"
                                            "Allocation period: 1–30 Apr 2026\n"
                                            "Resets in 6 days, on 1 May\n"
                                            "Developer units: 341,523 of 2,000,000 (17.1 %)\n"
                                            "Explorer units: 12.5 of 100 (12.5 %)\n"
                                            "Credits: 131.75 of 100 (131.8 %) — over by 31.75\n"
                                            "Sql units: 7 used (no allocation)\n"
                                            "Captured 24 Apr 09:30\n");
    QCOMPARE(DashboardText(clock, english, QTimeZone::utc()).summary(snapshot), expected);
}

void DashboardTextTest::dateAndTimeIsToTheMinute_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");
    QTest::newRow("British, this year: no year")
        << english << utc(2026, 4, 24, 12) << QStringLiteral("24 Apr 09:30");
    QTest::newRow("C locale drops the seconds")
        << QLocale::c() << utc(2026, 4, 24, 12) << QStringLiteral("24 Apr 09:30");
    QTest::newRow("another year: with the year")
        << english << utc(2027, 1, 2) << QStringLiteral("24 Apr 2026 09:30");
}

void DashboardTextTest::dateAndTimeIsToTheMinute() {
    QFETCH(QLocale, locale);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    const ManualClock clock(now);
    QCOMPARE(
        DashboardText(clock, locale, QTimeZone::utc()).dateAndTime(utc(2026, 4, 24, 9, 30, 41)),
        expected);
}

QTEST_GUILESS_MAIN(DashboardTextTest)
#include "DashboardTextTest.moc"
