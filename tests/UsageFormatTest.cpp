// UsageFormat: amounts, percentages and unit lines as people read them, in their locale.
#include "core/display/UsageFormat.h"
#include "core/api/UsageSnapshot.h"

#include "SampleSnapshots.h"

#include <QTest>

using SampleSnapshots::unit;

class UsageFormatTest final : public QObject {
    Q_OBJECT

private slots:
    void amountsAreGroupedAndTrimmed_data();
    void amountsAreGroupedAndTrimmed();
    void percentHasOneDecimal_data();
    void percentHasOneDecimal();
    void compactAmountsKeepThreeDigits_data();
    void compactAmountsKeepThreeDigits();
    void headlinePercentIsWholeFromTen_data();
    void headlinePercentIsWholeFromTen();
    void unitLineFollowsTheLocale();
    void overByOnlyBeyondTheAllocation();
    void zeroAllocationIsSaidPlainly();
    void levelRangeNamesTheThresholds_data();
    void levelRangeNamesTheThresholds();
};

void UsageFormatTest::amountsAreGroupedAndTrimmed_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("whole number, English") << english << 2000000.0 << QStringLiteral("2,000,000");
    QTest::newRow("whole number, German") << german << 2000000.0 << QStringLiteral("2.000.000");
    QTest::newRow("one decimal kept") << english << 12.5 << QStringLiteral("12.5");
    QTest::newRow("two decimals kept") << english << 31.75 << QStringLiteral("31.75");
    QTest::newRow("rounded to two decimals") << english << 0.125 << QStringLiteral("0.13");
    QTest::newRow("decimal comma, German") << german << 4321.5 << QStringLiteral("4.321,5");
    QTest::newRow("zero") << english << 0.0 << QStringLiteral("0");
    QTest::newRow("negative remaining") << english << -31.75 << QStringLiteral("-31.75");
    // The C locale (LC_ALL=C in CI) would drop the separators; people still get them.
    QTest::newRow("C locale still groups") << QLocale::c() << 341523.0 << QStringLiteral("341,523");
}

void UsageFormatTest::amountsAreGroupedAndTrimmed() {
    QFETCH(QLocale, locale);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(UsageFormat(locale).amount(value), expected);
}

void UsageFormatTest::percentHasOneDecimal_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rounds to one decimal") << 17.07615 << QStringLiteral("17.1 %");
    QTest::newRow("keeps a trailing zero") << 14.0 << QStringLiteral("14.0 %");
    QTest::newRow("over one hundred") << 131.75 << QStringLiteral("131.8 %");
    QTest::newRow("nothing used") << 0.0 << QStringLiteral("0.0 %");
    QTest::newRow("a little, never 0.0 %") << 0.0004 << QStringLiteral("< 0.1 %");
    QTest::newRow("just enough for a tenth") << 0.05 << QStringLiteral("0.1 %");
    QTest::newRow("short of the allocation, never 100.0 %") << 99.97 << QStringLiteral("99.9 %");
    QTest::newRow("exactly the allocation") << 100.0 << QStringLiteral("100.0 %");
    QTest::newRow("just past it, never 100.0 %") << 100.02 << QStringLiteral("> 100.0 %");
}

void UsageFormatTest::compactAmountsKeepThreeDigits_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);

    QTest::newRow("small stays exact") << english << 4321.5 << QStringLiteral("4,321.5");
    QTest::newRow("ten thousand") << english << 10000.0 << QStringLiteral("10 K");
    QTest::newRow("thousands") << english << 341523.0 << QStringLiteral("342 K");
    QTest::newRow("millions") << english << 1193499.0 << QStringLiteral("1.19 M");
    QTest::newRow("a round allocation") << english << 2000000.0 << QStringLiteral("2 M");
    QTest::newRow("rounding up a scale: 1 M, never 1,000 K")
        << english << 999950.0 << QStringLiteral("1 M");
    QTest::newRow("billions") << english << 45600000000.0 << QStringLiteral("45.6 B");
    QTest::newRow("the issue's trillion") << english << 1234567890123.5 << QStringLiteral("1.23 T");
    QTest::newRow("beyond trillions") << english << 4.2e15 << QStringLiteral("4,200 T");
    QTest::newRow("negative") << english << -2500000.0 << QStringLiteral("-2.5 M");
    QTest::newRow("German words") << german << 1193499.0 << QStringLiteral("1,19 M");
}

void UsageFormatTest::compactAmountsKeepThreeDigits() {
    QFETCH(QLocale, locale);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(UsageFormat(locale).compactAmount(value), expected);
}

void UsageFormatTest::headlinePercentIsWholeFromTen_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole from ten") << 82.4 << QStringLiteral("82 %");
    QTest::newRow("a decimal below ten") << 7.54 << QStringLiteral("7.5 %");
    QTest::newRow("never 0 for some use") << 0.01 << QStringLiteral("< 0.1 %");
    QTest::newRow("never 100 short of it") << 99.6 << QStringLiteral("99 %");
    QTest::newRow("the allocation") << 100.0 << QStringLiteral("100 %");
    QTest::newRow("never 100 past it") << 100.3 << QStringLiteral("100.3 %");
    QTest::newRow("far over") << 2100.4 << QStringLiteral("2,100 %");
}

void UsageFormatTest::headlinePercentIsWholeFromTen() {
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(UsageFormat(QLocale(QLocale::English, QLocale::UnitedStates)).headlinePercent(value),
             expected);
}

void UsageFormatTest::percentHasOneDecimal() {
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(UsageFormat(QLocale(QLocale::English, QLocale::UnitedStates)).percent(value),
             expected);
}

void UsageFormatTest::unitLineFollowsTheLocale() {
    const UnitUsage developer = unit(QStringLiteral("developer_units"), 341523, 2000000);
    QCOMPARE(UsageFormat(QLocale(QLocale::English, QLocale::UnitedStates)).unitLine(developer),
             QStringLiteral("Developer units: 341,523 of 2,000,000 (17.1 %)"));
    QCOMPARE(UsageFormat(QLocale(QLocale::German, QLocale::Germany)).unitLine(developer),
             QStringLiteral("Developer units: 341.523 of 2.000.000 (17,1 %)"));
}

void UsageFormatTest::overByOnlyBeyondTheAllocation() {
    const UsageFormat format(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(format.overBy(unit(QStringLiteral("explorer_units"), 131.75, 100)),
             QStringLiteral("over by 31.75"));
    QCOMPARE(format.overBy(unit(QStringLiteral("explorer_units"), 100, 100)), QString());
    QCOMPARE(format.overBy(unit(QStringLiteral("explorer_units"), 12.5, 100)), QString());
    QCOMPARE(format.overBy(unit(QStringLiteral("explorer_units"), 12.5, std::nullopt)), QString());
}

void UsageFormatTest::zeroAllocationIsSaidPlainly() {
    const UsageFormat format(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(format.unitLine(unit(QStringLiteral("credits"), 5, 0)),
             QStringLiteral("Credits: 5 used (allocation is 0)"));
    QCOMPARE(format.unitLine(unit(QStringLiteral("credits"), 5, std::nullopt)),
             QStringLiteral("Credits: 5 used (no allocation)"));
}

void UsageFormatTest::levelRangeNamesTheThresholds_data() {
    QTest::addColumn<int>("level");
    QTest::addColumn<double>("warning");
    QTest::addColumn<double>("critical");
    QTest::addColumn<QString>("expected");

    QTest::newRow("normal, default thresholds")
        << int(UsageLevel::Normal) << 75.0 << 90.0 << QStringLiteral("Normal: below 75 %");
    QTest::newRow("warning, default thresholds")
        << int(UsageLevel::Warning) << 75.0 << 90.0 << QStringLiteral("Warning: 75 % to 90 %");
    QTest::newRow("critical, default thresholds")
        << int(UsageLevel::Critical) << 75.0 << 90.0 << QStringLiteral("Critical: 90 % to 100 %");
    QTest::newRow("over allocation")
        << int(UsageLevel::Over) << 75.0 << 90.0 << QStringLiteral("Over allocation: above 100 %");
    QTest::newRow("thresholds the person set")
        << int(UsageLevel::Warning) << 60.0 << 85.5 << QStringLiteral("Warning: 60 % to 85.5 %");
}

void UsageFormatTest::levelRangeNamesTheThresholds() {
    QFETCH(int, level);
    QFETCH(double, warning);
    QFETCH(double, critical);
    QFETCH(QString, expected);
    UsageThresholds thresholds;
    thresholds.warningPercent = warning;
    thresholds.criticalPercent = critical;
    const UsageFormat format(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(format.levelRange(UsageLevel(level), thresholds), expected);
}

QTEST_GUILESS_MAIN(UsageFormatTest)
#include "UsageFormatTest.moc"
