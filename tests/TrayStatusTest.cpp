// What the tray says at a glance: the look, the gauge level of the most-consumed unit and the
// tooltip, for each state the current reading can be in; with several organizations, the worst
// of them on the gauge and a line for each, a failing one hiding none of the others.
#include "core/desktop/TrayStatus.h"
#include "core/Clock.h"

#include <QTest>

namespace {

const QDateTime now = QDateTime(QDate(2026, 4, 25), QTime(12, 0), Qt::UTC);

UsageSnapshot snapshot(double developer, double explorer) {
    UsageSnapshot s;
    s.billingPeriodStart = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    s.billingPeriodEnd = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
    s.allocationPeriodStart = s.billingPeriodStart;
    s.allocationPeriodEnd = s.billingPeriodEnd;
    s.cadenceText = QStringLiteral("monthly");
    s.units = {UnitUsage{QStringLiteral("developer_units"), developer, 2'000'000.0},
               UnitUsage{QStringLiteral("explorer_units"), explorer, 100.0}};
    s.receivedAt = now.addSecs(-120);
    return s;
}

UsageError failure() {
    UsageError e;
    e.kind = UsageErrorKind::Unauthorized;
    e.httpStatus = 401;
    e.message = QStringLiteral("The API key was rejected.");
    return e;
}

} // namespace

// The reading's state as CurrentReading would hand it out.
ReadingState state(bool hasSource, bool withSnapshot, bool settledError) {
    ReadingState state;
    state.hasSource = hasSource;
    if (withSnapshot) {
        state.snapshot = snapshot(341'523, 12.5);
        state.freshness =
            settledError ? ReadingState::Freshness::Stale : ReadingState::Freshness::Current;
        state.periodStart = state.snapshot->periodStart();
        state.periodEnd = state.snapshot->periodEnd();
    }
    if (settledError) {
        state.error = failure();
        state.errorStatus = ReadingState::ErrorStatus::Settled;
    }
    return state;
}

TrayStatus statusOf(const ReadingState &state, const Clock &clock) {
    return TrayStatus::from(state, UsageThresholds(), QString(), clock);
}

TrayStatus::Input organization(const QString &name, const ReadingState &state) {
    return TrayStatus::Input{name.toLower(), name, state, QString()};
}

// An organization with a current reading of `developer` of 2,000,000 developer units.
TrayStatus::Input reading(const QString &name, double developer) {
    ReadingState current = state(true, true, false);
    current.snapshot = snapshot(developer, 1.0);
    return organization(name, current);
}

TrayStatus statusOf(const QList<TrayStatus::Input> &organizations, const Clock &clock) {
    return TrayStatus::from(organizations, UsageThresholds(), clock);
}

class TrayStatusTest final : public QObject {
    Q_OBJECT

private slots:
    void lookFollowsTheReadingState_data() {
        QTest::addColumn<bool>("hasSource");
        QTest::addColumn<bool>("withSnapshot");
        QTest::addColumn<bool>("withError");
        QTest::addColumn<int>("expected");
        QTest::newRow("no key, nothing yet")
            << false << false << false << int(TrayStatus::Look::NoKey);
        QTest::newRow("key, waiting for the first reading")
            << true << false << false << int(TrayStatus::Look::Loading);
        QTest::newRow("key, first refresh failed")
            << true << false << true << int(TrayStatus::Look::Error);
        QTest::newRow("a current reading") << true << true << false << int(TrayStatus::Look::Usage);
        QTest::newRow("a reading, then a failure")
            << true << true << true << int(TrayStatus::Look::Stale);
    }

    void lookFollowsTheReadingState() {
        QFETCH(bool, hasSource);
        QFETCH(bool, withSnapshot);
        QFETCH(bool, withError);
        QFETCH(int, expected);
        const ManualClock clock(now);
        const TrayStatus status = statusOf(state(hasSource, withSnapshot, withError), clock);
        QCOMPARE(int(status.look), expected);
        QVERIFY(status.toolTip.startsWith(QStringLiteral("Allium Usage")));
        QCOMPARE(status.toolTip.contains(QStringLiteral("The API key was rejected.")), withError);
    }

    void aQuietRetryIsNoAlarm() {
        // The first 503: retried in 12 s by itself. No stale look, no "failed", just the retry.
        const ManualClock clock(now);
        ReadingState retrying = state(true, true, false);
        retrying.error = failure();
        retrying.error->kind = UsageErrorKind::Server;
        retrying.error->httpStatus = 503;
        retrying.errorStatus = ReadingState::ErrorStatus::Retrying;
        retrying.failuresInARow = 1;
        retrying.nextRefreshAt = now.addSecs(12);
        const TrayStatus status = statusOf(retrying, clock);
        QCOMPARE(status.look, TrayStatus::Look::Usage);
        QVERIFY2(status.toolTip.endsWith(QStringLiteral("\nRetrying in 12 s")),
                 qPrintable(status.toolTip));
        QVERIFY(!status.toolTip.contains(QStringLiteral("failed")));
    }

    void anEndedPeriodLooksStaleAndSaysSo() {
        const ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        ReadingState ended = state(true, true, false);
        ended.periodEnded = true;
        const TrayStatus status = statusOf(ended, clock);
        QCOMPARE(status.look, TrayStatus::Look::Stale);
        QVERIFY2(status.toolTip.contains(QStringLiteral("which ended 7 months ago")),
                 qPrintable(status.toolTip));
        QVERIFY(!status.toolTip.contains(QStringLiteral("Resets")));
    }

    void gaugeShowsTheMostConsumedUnit_data() {
        QTest::addColumn<double>("developer");
        QTest::addColumn<double>("explorer");
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("level");
        QTest::newRow("developer units lead")
            << 1'600'000.0 << 10.0 << 80.0 << int(UsageLevel::Warning);
        QTest::newRow("explorer units lead")
            << 100'000.0 << 95.0 << 95.0 << int(UsageLevel::Critical);
        QTest::newRow("low") << 100'000.0 << 12.5 << 12.5 << int(UsageLevel::Normal);
        QTest::newRow("over") << 2'500'000.0 << 10.0 << 125.0 << int(UsageLevel::Over);
    }

    void gaugeShowsTheMostConsumedUnit() {
        QFETCH(double, developer);
        QFETCH(double, explorer);
        QFETCH(double, percent);
        QFETCH(int, level);
        const ManualClock clock(now);
        ReadingState reading = state(true, true, false);
        reading.snapshot = snapshot(developer, explorer);
        const TrayStatus status = statusOf(reading, clock);
        QCOMPARE(status.percent, percent);
        QCOMPARE(int(status.level), level);
    }

    void toolTipListsUnitsResetAndLastUpdate() {
        const ManualClock clock(now);
        const QStringList lines =
            statusOf(state(true, true, false), clock).toolTip.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Allium Usage"));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("Developer units: 17.1")),
                 qPrintable(lines.value(1)));
        QVERIFY2(lines.value(2).startsWith(QStringLiteral("Explorer units: 12.5")),
                 qPrintable(lines.value(2)));
        // The window's words: whole days left, never rounded up.
        QVERIFY2(lines.value(3).startsWith(QStringLiteral("Resets in 5 days")),
                 qPrintable(lines.value(3)));
        QCOMPARE(lines.value(4), QStringLiteral("Updated 2 minutes ago"));
    }

    void unitWithoutAllocationShowsConsumedOnly() {
        const ManualClock clock(now);
        ReadingState trial = state(true, true, false);
        trial.snapshot->allocationPeriodStart = {};
        trial.snapshot->allocationPeriodEnd = {};
        trial.snapshot->units = {UnitUsage{QStringLiteral("developer_units"), 4321.0, std::nullopt},
                                 UnitUsage{QStringLiteral("explorer_units"), std::nullopt, 100.0}};
        const TrayStatus status = statusOf(trial, clock);
        QCOMPARE(status.level, UsageLevel::NoAllocation);
        QVERIFY2(status.toolTip.contains(QStringLiteral("Developer units: 4,321 used")),
                 qPrintable(status.toolTip));
        QVERIFY2(status.toolTip.contains(QStringLiteral("Explorer units: not reported")),
                 qPrintable(status.toolTip));
        // No allocation period: the trial's billing period ends, nothing "resets".
        QVERIFY2(status.toolTip.contains(QStringLiteral("Billing period ends in 5 days")),
                 qPrintable(status.toolTip));
    }

    void demoDataIsLabelled() {
        const ManualClock clock(now);
        ReadingState demo = state(true, false, false);
        demo.demo = true;
        QVERIFY(
            statusOf(demo, clock).toolTip.startsWith(QStringLiteral("Allium Usage (demo data)")));
    }

    void theGaugeShowsTheWorstOrganization_data() {
        QTest::addColumn<QList<double>>("developer"); // per organization, of 2,000,000
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("level");
        QTest::newRow("the second is worse")
            << QList<double>{200'000, 1'900'000, 1'000'000} << 95.0 << int(UsageLevel::Critical);
        QTest::newRow("the first is worse")
            << QList<double>{1'600'000, 200'000} << 80.0 << int(UsageLevel::Warning);
        QTest::newRow("over beats critical")
            << QList<double>{1'900'000, 2'100'000} << 105.0 << int(UsageLevel::Over);
        QTest::newRow("the highest of two normal ones")
            << QList<double>{200'000, 600'000} << 30.0 << int(UsageLevel::Normal);
    }

    void theGaugeShowsTheWorstOrganization() {
        QFETCH(QList<double>, developer);
        QFETCH(double, percent);
        QFETCH(int, level);
        const ManualClock clock(now);
        QList<TrayStatus::Input> organizations;
        for (int i = 0; i < developer.size(); ++i)
            organizations.append(reading(QStringLiteral("Org %1").arg(i), developer.at(i)));
        const TrayStatus status = statusOf(organizations, clock);
        QCOMPARE(status.look, TrayStatus::Look::Usage);
        QCOMPARE(status.percent, percent);
        QCOMPARE(int(status.level), level);
        QVERIFY(!status.someNotCurrent);
        QCOMPARE(status.organizations.size(), developer.size());
    }

    void eachOrganizationIsListedInOrderWithItsTopFigure() {
        const ManualClock clock(now);
        const TrayStatus status = statusOf({reading(QStringLiteral("Production"), 1'600'000),
                                            reading(QStringLiteral("Staging"), 200'000)},
                                           clock);
        const QStringList lines = status.toolTip.split(QLatin1Char('\n'));
        QCOMPARE(lines, (QStringList{QStringLiteral("Allium Usage"),
                                     QStringLiteral("Production — Developer units 80.0 %"),
                                     QStringLiteral("Staging — Developer units 10.0 %")}));
        QCOMPARE(status.organizations.at(0).id, QStringLiteral("production"));
        QCOMPARE(status.organizations.at(0).menuText(),
                 QStringLiteral("Production — Developer units 80.0 %"));
        QCOMPARE(status.organizations.at(0).level, UsageLevel::Warning);
        QCOMPARE(status.organizations.at(1).level, UsageLevel::Normal);
    }

    void aFailingOrganizationHidesNoneOfTheOthers() {
        const ManualClock clock(now);
        const TrayStatus status =
            statusOf({organization(QStringLiteral("Broken"), state(true, false, true)),
                      reading(QStringLiteral("Production"), 1'600'000),
                      organization(QStringLiteral("New"), state(false, false, false))},
                     clock);
        // The gauge is Production's; the badge says that something else needs a look.
        QCOMPARE(status.look, TrayStatus::Look::Usage);
        QCOMPARE(status.level, UsageLevel::Warning);
        QCOMPARE(status.percent, 80.0);
        QVERIFY(status.someNotCurrent);
        QVERIFY2(status.toolTip.contains(
                     QStringLiteral("Broken — Refresh failed: API key rejected (HTTP 401)")),
                 qPrintable(status.toolTip));
        QVERIFY2(status.toolTip.contains(QStringLiteral("Production — Developer units 80.0 %")),
                 qPrintable(status.toolTip));
        QVERIFY2(status.toolTip.contains(QStringLiteral("New — No API key")),
                 qPrintable(status.toolTip));
        QCOMPARE(status.organizations.at(0).look, TrayStatus::Look::Error);
        QCOMPARE(status.organizations.at(2).look, TrayStatus::Look::NoKey);
    }

    void oldFiguresSayTheyAreNotCurrent() {
        const ManualClock clock(now);
        // Staging's refresh failed for good: its 95 % is the worst, and old.
        ReadingState stale = state(true, true, true);
        stale.snapshot = snapshot(1'900'000, 1.0);
        const TrayStatus status = statusOf({reading(QStringLiteral("Production"), 200'000),
                                            organization(QStringLiteral("Staging"), stale)},
                                           clock);
        QCOMPARE(status.look, TrayStatus::Look::Stale);
        QCOMPARE(status.level, UsageLevel::Critical);
        QVERIFY(status.someNotCurrent);
        const TrayStatus::OrganizationLine &staging = status.organizations.at(1);
        QVERIFY2(staging.note.startsWith(QStringLiteral("Stale: last updated")),
                 qPrintable(staging.note));
        QCOMPARE(staging.menuText(),
                 QStringLiteral("Staging — Developer units 95.0 % (not current)"));
        QVERIFY(status.organizations.at(0).note.isEmpty());
        QVERIFY2(
            status.toolTip.contains(QStringLiteral("Staging — Developer units 95.0 % — Stale: ")),
            qPrintable(status.toolTip));
    }

    void withoutFiguresTheLookSaysWhatTheOrganizationsAreDoing_data() {
        QTest::addColumn<bool>("firstHasKey");
        QTest::addColumn<bool>("firstFailed");
        QTest::addColumn<int>("expected");
        QTest::newRow("no keys") << false << false << int(TrayStatus::Look::NoKey);
        QTest::newRow("one is loading") << true << false << int(TrayStatus::Look::Loading);
        QTest::newRow("one failed") << true << true << int(TrayStatus::Look::Error);
    }

    void withoutFiguresTheLookSaysWhatTheOrganizationsAreDoing() {
        QFETCH(bool, firstHasKey);
        QFETCH(bool, firstFailed);
        QFETCH(int, expected);
        const ManualClock clock(now);
        const TrayStatus status =
            statusOf({organization(QStringLiteral("A"), state(firstHasKey, false, firstFailed)),
                      organization(QStringLiteral("B"), state(false, false, false))},
                     clock);
        QCOMPARE(int(status.look), expected);
        QCOMPARE(status.organizations.size(), 2);
    }

    void aSingleOrganizationLooksAsEver() {
        const ManualClock clock(now);
        const ReadingState current = state(true, true, false);
        const TrayStatus alone =
            statusOf({organization(QStringLiteral("Production"), current)}, clock);
        const TrayStatus single = statusOf(current, clock);
        QCOMPARE(alone.toolTip, single.toolTip);
        QCOMPARE(alone.look, single.look);
        QCOMPARE(alone.percent, single.percent);
        QVERIFY(alone.organizations.isEmpty());
        QCOMPARE(statusOf(QList<TrayStatus::Input>(), clock).look, TrayStatus::Look::NoKey);
    }

    void noKeySaysWhatToDo() {
        const ManualClock clock(now);
        QVERIFY(statusOf(ReadingState(), clock).toolTip.contains(QStringLiteral("Settings")));
    }
};

QTEST_GUILESS_MAIN(TrayStatusTest)
#include "TrayStatusTest.moc"
