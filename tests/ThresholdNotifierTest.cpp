// Threshold notifications: once per threshold, per unit, per period, remembered across restarts
// (per source history key, so demo runs share one memory), again after the period resets, never
// for an ended period, and several units crossing in one refresh named in one notification.
// Time comes from a ManualClock.
#include "core/desktop/ThresholdNotifier.h"
#include "core/Clock.h"
#include "core/organizations/Organization.h"
#include "core/reading/ReadingSource.h"
#include "support/ScratchMount.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime april = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
const QDateTime may = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
const QDateTime june = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

UsageSnapshot reading(const QDateTime &start, const QDateTime &end, double developerConsumed,
                      double explorerConsumed = 0) {
    UsageSnapshot s;
    s.billingPeriodStart = start;
    s.billingPeriodEnd = end;
    s.allocationPeriodStart = start;
    s.allocationPeriodEnd = end;
    s.cadenceText = QStringLiteral("monthly");
    s.units = {UnitUsage{QStringLiteral("developer_units"), developerConsumed, 1000.0},
               UnitUsage{QStringLiteral("explorer_units"), explorerConsumed, 100.0}};
    s.receivedAt = start.addDays(10);
    return s;
}

QList<ThresholdNotification> notificationsOf(const QSignalSpy &spy) {
    QList<ThresholdNotification> list;
    for (const QList<QVariant> &args : spy)
        list.append(args.at(0).value<ThresholdNotification>());
    return list;
}

} // namespace

class ThresholdNotifierTest final : public QObject {
    Q_OBJECT

private:
    const QString scope = Organization::defaultId();
    QTemporaryDir m_dir;
    QString stateFile() const { return m_dir.filePath(QStringLiteral("notification-state.json")); }

private slots:
    void init() { QFile::remove(stateFile()); }

    void crossingEachThresholdNotifiesOnce_data() {
        QTest::addColumn<QList<double>>("readings");
        QTest::addColumn<QList<int>>("expectedLevels");
        QTest::newRow("below the warning threshold: nothing")
            << QList<double>{100, 500, 749} << QList<int>{};
        QTest::newRow("warning once, however many readings past it")
            << QList<double>{700, 750, 800, 850} << QList<int>{1};
        QTest::newRow("warning, then critical, then over allocation")
            << QList<double>{760, 900, 950, 1000, 1200} << QList<int>{1, 2, 3};
        QTest::newRow("a jump straight past critical says critical only")
            << QList<double>{100, 950, 960} << QList<int>{2};
        QTest::newRow("a jump straight past 100 % says over allocation only")
            << QList<double>{100, 1500} << QList<int>{3};
        QTest::newRow("exactly at a threshold counts as crossing it")
            << QList<double>{750} << QList<int>{1};
    }

    void crossingEachThresholdNotifiesOnce() {
        QFETCH(QList<double>, readings);
        QFETCH(QList<int>, expectedLevels);
        ManualClock clock(april.addDays(10));
        ThresholdNotifier notifier(clock, stateFile());
        QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
        for (double consumed : readings) {
            notifier.observe(scope, reading(april, may, consumed));
            clock.advance(3600);
        }
        QList<int> levels;
        for (const ThresholdNotification &n : notificationsOf(spy)) {
            QCOMPARE(n.unitKeys(), QStringList{QStringLiteral("developer_units")});
            QVERIFY(n.title.contains(QStringLiteral("Developer units")));
            QVERIFY(!n.body.isEmpty());
            levels.append(int(n.level));
        }
        QCOMPARE(levels, expectedLevels);
    }

    void unitsAreTrackedSeparately() {
        ManualClock clock(april.addDays(10));
        ThresholdNotifier notifier(clock, stateFile());
        QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
        notifier.observe(scope, reading(april, may, 800, 10));
        notifier.observe(scope, reading(april, may, 800, 80));
        const auto list = notificationsOf(spy);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).unitKeys(), QStringList{QStringLiteral("developer_units")});
        QCOMPARE(list.at(1).unitKeys(), QStringList{QStringLiteral("explorer_units")});
    }

    void configuredThresholdsAreUsed() {
        ManualClock clock(april.addDays(10));
        ThresholdNotifier notifier(clock, stateFile());
        notifier.setThresholds(50, 60);
        QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
        notifier.observe(scope, reading(april, may, 550));
        notifier.observe(scope, reading(april, may, 650));
        const auto list = notificationsOf(spy);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).level, ThresholdNotification::Level::Warning);
        QVERIFY(list.at(0).body.contains(QStringLiteral("50")));
        QCOMPARE(list.at(1).level, ThresholdNotification::Level::Critical);
    }

    void unitsWithoutAllocationNeverNotify() {
        ManualClock clock(april.addDays(10));
        ThresholdNotifier notifier(clock, stateFile());
        QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
        UsageSnapshot trial = reading(april, may, 0);
        trial.allocationPeriodStart = {};
        trial.allocationPeriodEnd = {};
        trial.units = {UnitUsage{QStringLiteral("developer_units"), 5e6, std::nullopt},
                       UnitUsage{QStringLiteral("credits"), 10, 0.0}};
        notifier.observe(scope, trial);
        QCOMPARE(spy.size(), 0);
    }

    void rememberedAcrossRestarts() {
        ManualClock clock(april.addDays(10));
        {
            ThresholdNotifier first(clock, stateFile());
            QSignalSpy spy(&first, &ThresholdNotifier::notificationDue);
            first.observe(scope, reading(april, may, 800));
            QCOMPARE(spy.size(), 1);
        }
        clock.advance(6 * 3600);
        {
            ThresholdNotifier second(clock, stateFile());
            QSignalSpy spy(&second, &ThresholdNotifier::notificationDue);
            second.observe(scope, reading(april, may, 820));
            QCOMPARE(spy.size(), 0);
            second.observe(scope, reading(april, may, 910));
            QCOMPARE(spy.size(), 1);
            QCOMPARE(notificationsOf(spy).at(0).level, ThresholdNotification::Level::Critical);
        }
        {
            ThresholdNotifier third(clock, stateFile());
            QSignalSpy spy(&third, &ThresholdNotifier::notificationDue);
            third.observe(scope, reading(april, may, 915));
            QCOMPARE(spy.size(), 0);
        }
    }

    void notifiesAgainAfterThePeriodResets() {
        ManualClock clock(april.addDays(20));
        ThresholdNotifier notifier(clock, stateFile());
        QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
        notifier.observe(scope, reading(april, may, 950));
        QCOMPARE(spy.size(), 1);

        clock.setNow(may.addDays(1));
        notifier.observe(scope, reading(may, june, 100)); // a fresh period starts low: nothing
        QCOMPARE(spy.size(), 1);
        clock.setNow(may.addDays(20));
        notifier.observe(scope, reading(may, june, 800));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(notificationsOf(spy).at(1).level, ThresholdNotification::Level::Warning);
    }

    void aRestartInTheNextPeriodNotifiesAgain() {
        ManualClock clock(april.addDays(20));
        {
            ThresholdNotifier notifier(clock, stateFile());
            notifier.observe(scope, reading(april, may, 950));
        }
        clock.setNow(may.addDays(25));
        ThresholdNotifier notifier(clock, stateFile());
        QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
        notifier.observe(scope, reading(may, june, 950));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(notificationsOf(spy).at(0).level, ThresholdNotification::Level::Critical);
    }

    void scopesAreRememberedApart() {
        ManualClock clock(april.addDays(10));
        ThresholdNotifier notifier(clock, stateFile());
        QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
        notifier.observe(QStringLiteral("http://127.0.0.1:4000"), reading(april, may, 800));
        notifier.observe(QStringLiteral("https://api.allium.so"), reading(april, may, 800));
        notifier.observe(QStringLiteral("https://api.allium.so"), reading(april, may, 800));
        QCOMPARE(spy.size(), 2);
    }

    void demoRunsOnAnyPortShareOneScope() {
        // The demo server listens on a new port every run; its readings are announced once.
        ManualClock clock(april.addDays(10));
        const QList<QPair<QString, int>> runs = {{QStringLiteral("http://127.0.0.1:40001"), 1},
                                                 {QStringLiteral("http://127.0.0.1:40002"), 0}};
        for (const auto &[serverUrl, expected] : runs) {
            ThresholdNotifier notifier(clock, stateFile());
            QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
            notifier.observe(
                ReadingSource::forDemo(QUrl(serverUrl), QStringLiteral("demo")).historyKey(),
                reading(april, may, 800));
            QCOMPARE(spy.size(), expected);
        }
    }

    void whatWasAnnouncedBeforeOrganizationsIsNotAnnouncedAgain() {
        // Before the upgrade the single key's readings were announced under its base URL.
        ManualClock clock(april.addDays(10));
        const QString earlier = QStringLiteral("https://api.allium.so");
        {
            ThresholdNotifier notifier(clock, stateFile());
            QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
            notifier.observe(earlier, reading(april, may, 800));
            QCOMPARE(spy.size(), 1);
        }
        ThresholdNotifier notifier(clock, stateFile());
        QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
        notifier.observe(scope, reading(april, may, 800), QString(), earlier);
        QCOMPARE(spy.size(), 0);
        // Still remembered under the organization, and still announced when it gets worse.
        notifier.observe(scope, reading(april, may, 950), QString(), earlier);
        QCOMPARE(spy.size(), 1);
        // Another organization is another matter.
        notifier.observe(QStringLiteral("3f9a0c1d2e4b"), reading(april, may, 800));
        QCOMPARE(spy.size(), 2);
    }

    void unitsCrossingTogetherAreAnnouncedTogether() {
        ManualClock clock(april.addDays(10));
        ThresholdNotifier notifier(clock, stateFile());
        QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
        // Developer units at 95 % (critical), explorer units at 120 % (over): one refresh.
        notifier.observe(scope, reading(april, may, 950, 120));
        QCOMPARE(spy.size(), 1);
        const ThresholdNotification n = notificationsOf(spy).at(0);
        QCOMPARE(n.unitKeys(), (QStringList{QStringLiteral("developer_units"),
                                            QStringLiteral("explorer_units")}));
        QCOMPARE(n.level, ThresholdNotification::Level::OverAllocation);
        QCOMPARE(n.title, QStringLiteral("2 units past their thresholds"));
        QVERIFY2(n.body.contains(QStringLiteral("Developer units at 95 %, past the critical "
                                                "threshold of 90 %.")),
                 qPrintable(n.body));
        QVERIFY2(n.body.contains(QStringLiteral("Explorer units over the allocation: 120 % used.")),
                 qPrintable(n.body));
        // Each is remembered: the next refresh announces neither again.
        notifier.observe(scope, reading(april, may, 960, 121));
        QCOMPARE(spy.size(), 1);
    }

    void anEndedPeriodIsNeverAnnouncedAgain() {
        // December, and the API still reports April, over its allocation: no notification at
        // this start, nor at the next ones.
        ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        for (int start = 0; start < 3; ++start) {
            ThresholdNotifier notifier(clock, stateFile());
            QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
            notifier.observe(scope, reading(april, may, 1500, 150));
            QCOMPARE(spy.size(), 0);
            clock.advance(3600);
        }
    }

    void stateFileFolderIsCreatedWhenMissing() {
        const QString nested = m_dir.filePath(QStringLiteral("fresh/data/notification-state.json"));
        ManualClock clock(april.addDays(10));
        {
            ThresholdNotifier notifier(clock, nested);
            notifier.observe(scope, reading(april, may, 800));
        }
        QVERIFY(QFile::exists(nested));
        ThresholdNotifier again(clock, nested);
        QSignalSpy spy(&again, &ThresholdNotifier::notificationDue);
        again.observe(scope, reading(april, may, 800));
        QCOMPARE(spy.size(), 0);
    }

    void stateOfEarlierVersionsIsReadOnceAndReplaced() {
        // What an earlier version left: QSettings' INI beside the new file, one unit warned.
        const QString legacy = m_dir.filePath(QStringLiteral("notification-state.ini"));
        {
            QSettings ini(legacy, QSettings::IniFormat);
            const QString id = QString::fromLatin1(
                QCryptographicHash::hash((scope + QStringLiteral("\ndeveloper_units")).toUtf8(),
                                         QCryptographicHash::Sha1)
                    .toHex());
            ini.setValue(QStringLiteral("units/%1/period").arg(id), april.toString(Qt::ISODate));
            ini.setValue(QStringLiteral("units/%1/periodEnd").arg(id), may);
            ini.setValue(QStringLiteral("units/%1/level").arg(id), 1);
        }
        ManualClock clock(april.addDays(10));
        ThresholdNotifier notifier(clock, stateFile());
        QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
        notifier.observe(scope, reading(april, may, 800)); // already told: warning
        QCOMPARE(spy.size(), 0);
        notifier.observe(scope, reading(april, may, 950));
        QCOMPARE(spy.size(), 1);
        QVERIFY(QFile::exists(stateFile()));
        QVERIFY(!QFile::exists(legacy)); // its facts now live in the new file
    }

    void aFullDiskStillNotifiesAndSaysTheStateWasNotSaved() {
        ScratchMount disk;
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.problem()));
        const QString path = disk.filePath(QStringLiteral("notification-state.json"));
        ManualClock clock(april.addDays(10));
        ThresholdNotifier notifier(clock, path);
        QSignalSpy spy(&notifier, &ThresholdNotifier::notificationDue);
        notifier.observe(scope, reading(april, may, 800));
        QCOMPARE(spy.size(), 1);
        QVERIFY(notifier.saveError().isEmpty());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray before = saved.readAll();
        saved.close();

        QVERIFY(disk.fill());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "Cannot write .*: No space left on device")));
        notifier.observe(scope, reading(april, may, 950));
        QCOMPARE(spy.size(), 2); // the person is told all the same
        QVERIFY2(notifier.saveError().contains(QStringLiteral("No space left on device")),
                 qPrintable(notifier.saveError()));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), before); // the previous state is whole
    }

    void stateFileHoldsNoUnitNamesOrAmounts() {
        ManualClock clock(april.addDays(10));
        {
            ThresholdNotifier notifier(clock, stateFile());
            notifier.observe(scope, reading(april, may, 987));
        }
        QFile file(stateFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains("developer_units"));
        QVERIFY(!text.contains("987"));
    }
};

QTEST_GUILESS_MAIN(ThresholdNotifierTest)
#include "ThresholdNotifierTest.moc"
