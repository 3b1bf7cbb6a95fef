// The value axis of the over-time chart: from zero to just above the data, in round steps.
#include "core/display/NiceAxis.h"

#include <QTest>

class NiceAxisTest final : public QObject {
    Q_OBJECT

private slots:
    void roundStepsJustAboveTheData_data();
    void roundStepsJustAboveTheData();
    void percentAxisKeepsAFewLinesHoweverFarOver_data();
    void percentAxisKeepsAFewLinesHoweverFarOver();
};

void NiceAxisTest::roundStepsJustAboveTheData_data() {
    QTest::addColumn<double>("highest");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<int>("decimals");

    QTest::newRow("a 2,000,000 allocation with a little room")
        << 2100000.0 << 2500000.0 << 500000.0 << 6 << 0;
    QTest::newRow("exactly on a step stays there") << 2000000.0 << 2000000.0 << 500000.0 << 5 << 0;
    QTest::newRow("100 explorer units and a bit") << 105.0 << 125.0 << 25.0 << 6 << 0;
    QTest::newRow("a fraction of a unit") << 0.7 << 0.8 << 0.2 << 5 << 1;
    QTest::newRow("binary noise does not add a step")
        << 0.30000000000000004 << 0.3 << 0.1 << 4 << 1;
    QTest::newRow("nothing yet: one unit") << 0.0 << 1.0 << 0.2 << 6 << 1;
    QTest::newRow("steps of 2.5 show their half") << 11.0 << 12.5 << 2.5 << 6 << 1;
}

void NiceAxisTest::roundStepsJustAboveTheData() {
    QFETCH(double, highest);
    QFETCH(double, maximum);
    QFETCH(double, step);
    QFETCH(int, ticks);
    QFETCH(int, decimals);

    const NiceAxis axis = NiceAxis::fromZeroTo(highest);
    QCOMPARE(axis.maximum(), maximum);
    QCOMPARE(axis.step(), step);
    QCOMPARE(axis.tickCount(), ticks);
    QCOMPARE(axis.decimals(), decimals);
    QVERIFY(axis.maximum() >= highest - 1e-9);
}

void NiceAxisTest::percentAxisKeepsAFewLinesHoweverFarOver_data() {
    QTest::addColumn<double>("highest");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<double>("step");

    QTest::newRow("well within: up to 100 % and a little room") << 17.1 << 125.0 << 25.0;
    QTest::newRow("just over") << 104.0 << 125.0 << 25.0;
    QTest::newRow("a third over") << 131.75 << 150.0 << 50.0;
    QTest::newRow("2,100 %: six lines, not 85") << 2100.0 << 2500.0 << 500.0;
    QTest::newRow("a million percent") << 1e6 << 1.25e6 << 2.5e5;
    QTest::newRow("nonsense reads as nothing over") << qQNaN() << 125.0 << 25.0;
}

void NiceAxisTest::percentAxisKeepsAFewLinesHoweverFarOver() {
    QFETCH(double, highest);
    QFETCH(double, maximum);
    QFETCH(double, step);

    const NiceAxis axis = NiceAxis::forPercent(highest);
    QCOMPARE(axis.maximum(), maximum);
    QCOMPARE(axis.step(), step);
    QVERIFY(axis.tickCount() <= 7);
    QVERIFY(axis.maximum() > 100.0); // the 100 % line never on the top edge
}

QTEST_GUILESS_MAIN(NiceAxisTest)
#include "NiceAxisTest.moc"
