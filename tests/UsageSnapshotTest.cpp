// The snapshot value type: unit labels, remaining, percentage, the most consumed unit, the next
// reset and what counts as the same reading.
#include "core/api/UsageSnapshot.h"
#include "SampleSnapshots.h"
#include "core/api/UsageNumber.h"

#include <QTest>

using namespace SampleSnapshots;

class UsageSnapshotTest final : public QObject {
    Q_OBJECT

private slots:
    void labelsUnits_data();
    void labelsUnits();
    void computesRemainingAndPercent_data();
    void computesRemainingAndPercent();
    void remainingHasNoBinaryNoise_data();
    void remainingHasNoBinaryNoise();
    void readsTheCadenceWord_data();
    void readsTheCadenceWord();
    void findsTheMostConsumedUnit_data();
    void findsTheMostConsumedUnit();
    void resetsAtTheEndOfTheAllocationPeriodElseTheBillingPeriod();
    void findsUnitsByKey();
    void comparesReadingsWithoutTheCaptureTime_data();
    void comparesReadingsWithoutTheCaptureTime();
};

void UsageSnapshotTest::labelsUnits_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");

    QTest::newRow("developer units") << "developer_units"
                                     << "Developer units";
    QTest::newRow("explorer units") << "explorer_units"
                                    << "Explorer units";
    QTest::newRow("legacy credits") << "credits"
                                    << "Credits";
    QTest::newRow("unknown unit from its key") << "sql_units"
                                               << "Sql units";
    QTest::newRow("repeated underscores collapse") << "__ai__tokens_"
                                                   << "Ai tokens";
    QTest::newRow("single word") << "queries"
                                 << "Queries";
    QTest::newRow("escape sequences are shown, not obeyed") << "\x1b]0;owned\x07_units"
                                                            << "\\x1B]0;owned\\x07 units";
    QTest::newRow("only underscores keep the key") << "__"
                                                   << "__";
}

void UsageSnapshotTest::labelsUnits() {
    QFETCH(QString, key);
    QFETCH(QString, label);

    QCOMPARE(UnitUsage::labelForKey(key), label);
    QCOMPARE(unit(key, 0, std::nullopt).label(), label);
}

void UsageSnapshotTest::computesRemainingAndPercent_data() {
    QTest::addColumn<double>("consumed");
    QTest::addColumn<std::optional<double>>("allocated");
    QTest::addColumn<std::optional<double>>("remaining");
    QTest::addColumn<std::optional<double>>("percent");

    QTest::newRow("part used") << 341523.0 << std::optional<double>(2000000)
                               << std::optional<double>(1658477) << std::optional<double>(17.07615);
    QTest::newRow("nothing used") << 0.0 << std::optional<double>(100) << std::optional<double>(100)
                                  << std::optional<double>(0);
    QTest::newRow("overspent: negative remaining, over 100 %")
        << 150.0 << std::optional<double>(100) << std::optional<double>(-50)
        << std::optional<double>(150);
    QTest::newRow("no allocation: neither")
        << 12.0 << std::optional<double>() << std::optional<double>() << std::optional<double>();
    QTest::newRow("zero allocation: neither")
        << 12.0 << std::optional<double>(0) << std::optional<double>() << std::optional<double>();
    // 12 / 5e-324 is infinite: that is no percentage (CSV, JSON and the table all show none).
    QTest::newRow("denormal allocation: a remainder, but no percentage")
        << 12.0 << std::optional<double>(5e-324) << std::optional<double>(5e-324 - 12.0)
        << std::optional<double>();
}

void UsageSnapshotTest::computesRemainingAndPercent() {
    QFETCH(double, consumed);
    QFETCH(std::optional<double>, allocated);
    QFETCH(std::optional<double>, remaining);
    QFETCH(std::optional<double>, percent);

    const UnitUsage usage = unit(QStringLiteral("credits"), consumed, allocated);

    QCOMPARE(usage.remaining().has_value(), remaining.has_value());
    QCOMPARE(usage.percentUsed().has_value(), percent.has_value());
    if (remaining)
        QCOMPARE(*usage.remaining(), *remaining);
    if (percent)
        QCOMPARE(*usage.percentUsed(), *percent);
}

void UsageSnapshotTest::remainingHasNoBinaryNoise_data() {
    QTest::addColumn<double>("consumed");
    QTest::addColumn<double>("allocated");
    QTest::addColumn<QString>("remaining");

    QTest::newRow("tenths") << 0.1 << 0.3 << "0.2";
    QTest::newRow("hundredths against a whole allocation") << 45.55 << 100.0 << "54.45";
    QTest::newRow("overspent by a fraction") << 100.7 << 100.0 << "-0.7";
    QTest::newRow("mixed precision") << 12.345 << 100.5 << "88.155";
    QTest::newRow("beyond exact integers: plain difference")
        << 1234567890123.5 << 1e16 << "9998765432109876";
}

void UsageSnapshotTest::remainingHasNoBinaryNoise() {
    QFETCH(double, consumed);
    QFETCH(double, allocated);
    QFETCH(QString, remaining);

    const UnitUsage usage = unit(QStringLiteral("credits"), consumed, allocated);

    QCOMPARE(UsageNumber::toPlainText(*usage.remaining()), remaining);
}

void UsageSnapshotTest::readsTheCadenceWord_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cadence");

    QTest::newRow("monthly") << "monthly" << int(AllocationCadence::Monthly);
    QTest::newRow("annual") << "annual" << int(AllocationCadence::Annual);
    QTest::newRow("null on a trial") << "" << int(AllocationCadence::None);
    QTest::newRow("a word added later") << "quarterly" << int(AllocationCadence::Unknown);
}

void UsageSnapshotTest::readsTheCadenceWord() {
    QFETCH(QString, text);
    QFETCH(int, cadence);

    UsageSnapshot snapshot = monthly();
    snapshot.cadenceText = text;

    QCOMPARE(int(snapshot.cadence()), cadence);
}

void UsageSnapshotTest::findsTheMostConsumedUnit_data() {
    QTest::addColumn<QList<UnitUsage>>("units");
    QTest::addColumn<QString>("mostConsumed");

    QTest::newRow("highest percentage, not highest amount")
        << QList<UnitUsage>{unit(QStringLiteral("developer_units"), 341523, 2000000),
                            unit(QStringLiteral("explorer_units"), 90, 100)}
        << "explorer_units";
    QTest::newRow("units without allocation are skipped")
        << QList<UnitUsage>{unit(QStringLiteral("ai_units"), 5000, std::nullopt),
                            unit(QStringLiteral("credits"), 10, 100)}
        << "credits";
    QTest::newRow("zero allocation is skipped")
        << QList<UnitUsage>{unit(QStringLiteral("ai_units"), 5, 0),
                            unit(QStringLiteral("credits"), 1, 100)}
        << "credits";
    QTest::newRow("first of equals wins")
        << QList<UnitUsage>{unit(QStringLiteral("a_units"), 5, 10),
                            unit(QStringLiteral("b_units"), 50, 100)}
        << "a_units";
    QTest::newRow("trial: none") << QList<UnitUsage>{unit(QStringLiteral("developer_units"), 5,
                                                          std::nullopt)}
                                 << "";
    QTest::newRow("no units: none") << QList<UnitUsage>{} << "";
}

void UsageSnapshotTest::findsTheMostConsumedUnit() {
    QFETCH(QList<UnitUsage>, units);
    QFETCH(QString, mostConsumed);

    UsageSnapshot snapshot = monthly();
    snapshot.units = units;
    const UnitUsage *most = snapshot.mostConsumedUnit();

    QCOMPARE(most ? most->key : QString(), mostConsumed);
}

void UsageSnapshotTest::resetsAtTheEndOfTheAllocationPeriodElseTheBillingPeriod() {
    UsageSnapshot annual = monthly();
    annual.allocationPeriodStart = utc(2026, 1, 1);
    annual.allocationPeriodEnd = utc(2027, 1, 1);
    QVERIFY(annual.hasAllocationPeriod());
    QCOMPARE(annual.periodStart(), utc(2026, 1, 1));
    QCOMPARE(annual.periodEnd(), utc(2027, 1, 1));

    UsageSnapshot trial = monthly();
    trial.allocationPeriodStart = QDateTime();
    trial.allocationPeriodEnd = QDateTime();
    QVERIFY(!trial.hasAllocationPeriod());
    QCOMPARE(trial.periodStart(), utc(2026, 4, 1));
    QCOMPARE(trial.periodEnd(), utc(2026, 5, 1));
}

void UsageSnapshotTest::findsUnitsByKey() {
    const UsageSnapshot snapshot = monthly();

    QVERIFY(snapshot.unit(QStringLiteral("explorer_units")));
    QCOMPARE(snapshot.unit(QStringLiteral("explorer_units"))->consumed, std::optional(12.5));
    QCOMPARE(snapshot.unit(QStringLiteral("credits")), nullptr);
}

void UsageSnapshotTest::comparesReadingsWithoutTheCaptureTime_data() {
    QTest::addColumn<UsageSnapshot>("other");
    QTest::addColumn<bool>("same");

    UsageSnapshot later = monthly();
    later.receivedAt = later.receivedAt.addSecs(300);
    QTest::newRow("captured later, same figures") << later << true;

    UsageSnapshot moreConsumed = monthly();
    moreConsumed.units[0].consumed = *moreConsumed.units[0].consumed + 1;
    QTest::newRow("more consumed") << moreConsumed << false;

    UsageSnapshot newAllocation = monthly();
    newAllocation.units[1].allocated = 200;
    QTest::newRow("allocation changed") << newAllocation << false;

    UsageSnapshot allocationDropped = monthly();
    allocationDropped.units[1].allocated.reset();
    QTest::newRow("allocation dropped") << allocationDropped << false;

    UsageSnapshot nextMonth = monthly();
    nextMonth.billingPeriodStart = utc(2026, 5, 1);
    nextMonth.billingPeriodEnd = utc(2026, 6, 1);
    QTest::newRow("next billing period") << nextMonth << false;

    UsageSnapshot annual = monthly();
    annual.cadenceText = QStringLiteral("annual");
    QTest::newRow("cadence changed") << annual << false;

    UsageSnapshot notReported = monthly();
    notReported.units[1].consumed.reset();
    QTest::newRow("consumption no longer reported") << notReported << false;

    UsageSnapshot extraUnit = monthly();
    extraUnit.units.append(unit(QStringLiteral("sql_units"), 0, std::nullopt));
    QTest::newRow("a unit added") << extraUnit << false;
}

void UsageSnapshotTest::comparesReadingsWithoutTheCaptureTime() {
    QFETCH(UsageSnapshot, other);
    QFETCH(bool, same);

    QCOMPARE(monthly().sameReadingAs(other), same);
    QCOMPARE(other.sameReadingAs(monthly()), same);
}

QTEST_GUILESS_MAIN(UsageSnapshotTest)
#include "UsageSnapshotTest.moc"
