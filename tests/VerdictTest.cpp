// The dashboard's answer at a glance: which unit it speaks of (the one closest to running out) and
// the sentence it says, with its reason, for every state a reading can be in.
#include "core/forecast/Verdict.h"
#include "SampleSnapshots.h"
#include "core/Clock.h"
#include "core/display/UsageFormat.h"
#include "core/forecast/SnapshotForecasts.h"
#include "core/history/HistoryStore.h"

#include <QTest>

using SampleSnapshots::unit;
using SampleSnapshots::utc;

namespace {

// April 2026 with the units given, read at `at`.
UsageSnapshot april(const QDateTime &at, const QList<UnitUsage> &units) {
    UsageSnapshot snapshot = SampleSnapshots::monthly();
    snapshot.units = units;
    snapshot.receivedAt = at;
    return snapshot;
}

// Readings every six hours from 1 April to `now`, each unit growing evenly to what it has at now;
// the verdict of the last.
Verdict verdictAfterEvenUse(const QDateTime &now, const QList<UnitUsage> &units,
                            bool periodEnded = false) {
    const UsageSnapshot last = april(now, units);
    PeriodSeries series(HistoryStore::periodOf(last));
    const QDateTime start = utc(2026, 4, 1);
    const double span = double(start.secsTo(now));
    for (QDateTime at = start; at < now; at = at.addSecs(6 * 3600)) {
        QList<UnitUsage> then = units;
        for (UnitUsage &unit : then)
            unit.consumed = *unit.consumed * double(start.secsTo(at)) / span;
        series.addUnrecorded(april(at, then));
    }
    series.addUnrecorded(last);
    const ManualClock clock(now);
    const SnapshotForecasts forecasts = SnapshotForecasts::compute(series, last, clock);
    return Verdict::of(last, forecasts, UsageThresholds(), periodEnded, UsageFormat());
}

} // namespace

class VerdictTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theUnitClosestToRunningOutIsSpokenOf_data();
    void theUnitClosestToRunningOutIsSpokenOf();
    void onPacePastAThresholdSaysWhy();
    void nothingToSpeakOf();
};

void VerdictTest::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("TZ", "UTC");
}

void VerdictTest::theUnitClosestToRunningOutIsSpokenOf_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QList<UnitUsage>>("units");
    QTest::addColumn<bool>("periodEnded");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("sentence");

    const QDateTime midApril = utc(2026, 4, 20, 12);
    const UnitUsage developer = unit(QStringLiteral("developer_units"), 600000, 2000000);
    const UnitUsage explorer = unit(QStringLiteral("explorer_units"), 82, 100);
    QTest::newRow("one runs out: it, not the more used one")
        << midApril << QList<UnitUsage>{developer, explorer} << false
        << QStringLiteral("Explorer units") << QStringLiteral("82 %") << int(UsageLevel::Warning)
        << QStringLiteral("Projected to run out on 24 Apr, 7 days before the reset");
    QTest::newRow("on pace") << midApril << QList<UnitUsage>{developer} << false
                             << QStringLiteral("Developer units") << QStringLiteral("30 %")
                             << int(UsageLevel::Normal)
                             << QStringLiteral("On pace: about 46 % at reset");
    QTest::newRow("over the allocation comes first")
        << midApril << QList<UnitUsage>{explorer, unit(QStringLiteral("credits"), 13175, 10000)}
        << false << QStringLiteral("Credits") << QStringLiteral("132 %") << int(UsageLevel::Over)
        << QStringLiteral("Over the allocation by 3,175; about 203 % at reset at this pace");
    QTest::newRow("one reading: the forecast waits")
        << utc(2026, 4, 1, 1) << QList<UnitUsage>{developer} << false
        << QStringLiteral("Developer units") << QStringLiteral("30 %") << int(UsageLevel::Normal)
        << QStringLiteral("Forecast after 6 hours of readings");
    QTest::newRow("a trial has nothing to run out of")
        << midApril
        << QList<UnitUsage>{unit(QStringLiteral("developer_units"), 1500.25, std::nullopt)} << false
        << QStringLiteral("Developer units") << QStringLiteral("1,500.25 used")
        << int(UsageLevel::NoAllocation) << QStringLiteral("No allocation to run out of");
    QTest::newRow("an ended period projects nothing")
        << midApril << QList<UnitUsage>{explorer} << true << QStringLiteral("Explorer units")
        << QStringLiteral("82 %") << int(UsageLevel::Warning)
        << QStringLiteral("No forecast: the period has ended");
}

void VerdictTest::theUnitClosestToRunningOutIsSpokenOf() {
    QFETCH(QDateTime, now);
    QFETCH(QList<UnitUsage>, units);
    QFETCH(bool, periodEnded);
    QFETCH(QString, label);
    QFETCH(QString, figure);
    QFETCH(int, level);
    QFETCH(QString, sentence);

    const Verdict verdict = verdictAfterEvenUse(now, units, periodEnded);
    QCOMPARE(verdict.unitLabel, label);
    QCOMPARE(verdict.figure, figure);
    QCOMPARE(int(verdict.level), level);
    QCOMPARE(verdict.sentence, sentence);
    QCOMPARE(verdict.line(), QStringLiteral("%1 %2 · %3").arg(label, figure, sentence));
}

void VerdictTest::onPacePastAThresholdSaysWhy() {
    // 92 % with a day left, barely moving: within the allocation, but a red figure needs its
    // reason beside "on pace".
    const Verdict verdict = verdictAfterEvenUse(
        utc(2026, 4, 29, 12), {unit(QStringLiteral("developer_units"), 1840000, 2000000)});
    QCOMPARE(verdict.level, UsageLevel::Critical);
    QVERIFY2(verdict.sentence.startsWith(QLatin1String("On pace: about 9")),
             qPrintable(verdict.sentence));
    QVERIFY2(verdict.sentence.endsWith(
                 QLatin1String(", within the allocation but past the critical threshold (90 %)")),
             qPrintable(verdict.sentence));
}

void VerdictTest::nothingToSpeakOf() {
    const Verdict none = verdictAfterEvenUse(utc(2026, 4, 20), {});
    QVERIFY(none.unitKey.isEmpty());
    QCOMPARE(none.sentence, QStringLiteral("The API reported no units"));
    QVERIFY(none.line().isEmpty());
}

QTEST_GUILESS_MAIN(VerdictTest)
#include "VerdictTest.moc"
