// What the tray says at a glance: the look, the gauge level of the most-consumed unit and the
// tooltip, for each state the service can be in.
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

class TrayStatusTest final : public QObject {
    Q_OBJECT

private slots:
    void lookFollowsTheServiceState_data() {
        QTest::addColumn<bool>("hasKey");
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

    void lookFollowsTheServiceState() {
        QFETCH(bool, hasKey);
        QFETCH(bool, withSnapshot);
        QFETCH(bool, withError);
        QFETCH(int, expected);
        const ManualClock clock(now);
        TrayStatus::Input input;
        input.hasKey = hasKey;
        if (withSnapshot)
            input.snapshot = snapshot(341'523, 12.5);
        if (withError)
            input.error = failure();
        const TrayStatus status = TrayStatus::from(input, clock);
        QCOMPARE(int(status.look), expected);
        QVERIFY(status.toolTip.startsWith(QStringLiteral("Allium Usage")));
        QCOMPARE(status.toolTip.contains(QStringLiteral("The API key was rejected.")), withError);
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
        TrayStatus::Input input;
        input.hasKey = true;
        input.snapshot = snapshot(developer, explorer);
        const TrayStatus status = TrayStatus::from(input, clock);
        QCOMPARE(status.percent, percent);
        QCOMPARE(int(status.level), level);
    }

    void toolTipListsUnitsResetAndLastUpdate() {
        const ManualClock clock(now);
        TrayStatus::Input input;
        input.hasKey = true;
        input.snapshot = snapshot(341'523, 12.5);
        const QStringList lines = TrayStatus::from(input, clock).toolTip.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Allium Usage"));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("Developer units: 17.1")),
                 qPrintable(lines.value(1)));
        QVERIFY2(lines.value(2).startsWith(QStringLiteral("Explorer units: 12.5")),
                 qPrintable(lines.value(2)));
        QVERIFY2(lines.value(3).contains(QStringLiteral("Resets in 5 days")),
                 qPrintable(lines.value(3)));
        QCOMPARE(lines.value(4), QStringLiteral("Updated 2 minutes ago"));
    }

    void unitWithoutAllocationShowsConsumedOnly() {
        const ManualClock clock(now);
        TrayStatus::Input input;
        input.hasKey = true;
        UsageSnapshot trial = snapshot(0, 0);
        trial.allocationPeriodStart = {};
        trial.allocationPeriodEnd = {};
        trial.units = {UnitUsage{QStringLiteral("developer_units"), 4321, std::nullopt}};
        input.snapshot = trial;
        const TrayStatus status = TrayStatus::from(input, clock);
        QCOMPARE(status.level, UsageLevel::NoAllocation);
        QVERIFY2(status.toolTip.contains(QStringLiteral("Developer units: 4,321 used")),
                 qPrintable(status.toolTip));
    }

    void demoDataIsLabelled() {
        const ManualClock clock(now);
        TrayStatus::Input input;
        input.hasKey = true;
        input.demo = true;
        QVERIFY(TrayStatus::from(input, clock)
                    .toolTip.startsWith(QStringLiteral("Allium Usage (demo data)")));
    }

    void noKeySaysWhatToDo() {
        const ManualClock clock(now);
        QVERIFY(TrayStatus::from({}, clock).toolTip.contains(QStringLiteral("Settings")));
    }
};

QTEST_GUILESS_MAIN(TrayStatusTest)
#include "TrayStatusTest.moc"
