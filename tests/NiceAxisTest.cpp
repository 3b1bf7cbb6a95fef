// The value axis of the over-time chart: from zero to just above the data, in round steps.
#include "core/display/NiceAxis.h"

#include <QTest>

class NiceAxisTest final : public QObject {
    Q_OBJECT

private slots:
    void roundStepsJustAboveTheData_data();
    void roundStepsJustAboveTheData();
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

QTEST_GUILESS_MAIN(NiceAxisTest)
#include "NiceAxisTest.moc"
