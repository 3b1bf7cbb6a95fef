// The unit cards' grid: one column below 700 pixels, otherwise as many as fit in rows as even as
// the columns allow; cards kept by unit key across updates (a focused card keeps its focus), gone
// units' cards removed, and Tab going through the cards as they are read.
#include "app/dashboard/UnitCardGrid.h"

#include "app/dashboard/UnitCard.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {

QList<UnitOverview> units(int count) {
    QList<UnitOverview> list;
    for (int i = 0; i < count; ++i) {
        UnitOverview unit;
        unit.key = QStringLiteral("unit_%1").arg(i);
        unit.label = QStringLiteral("Unit %1").arg(i);
        unit.percent = 10.0 * i;
        unit.level = UsageLevel::Normal;
        unit.figure = QStringLiteral("%1 %").arg(10 * i);
        list << unit;
    }
    return list;
}

} // namespace

class UnitCardGridTest final : public QObject {
    Q_OBJECT

private slots:
    void columnsFollowTheWidth_data();
    void columnsFollowTheWidth();
    void cardsAreKeptByUnitAcrossUpdates();
    void aUnitThatIsGoneLosesItsCard();
    void withoutUnitsTheGridSaysSo();
    void tabGoesAlongEachRow();
    void choosingACardIsSignalled();
};

void UnitCardGridTest::columnsFollowTheWidth_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("columns");
    QTest::newRow("one unit, wide") << 1 << 1200 << 1;
    QTest::newRow("two units below 700 px: one column") << 2 << 690 << 1;
    QTest::newRow("two units at 700 px: side by side") << 2 << 700 << 2;
    QTest::newRow("three units, narrow: one column") << 3 << 420 << 1;
    QTest::newRow("eight units, narrow: one column") << 8 << 600 << 1;
}

void UnitCardGridTest::columnsFollowTheWidth() {
    QFETCH(int, count);
    QFETCH(int, width);
    QFETCH(int, columns);
    UnitCardGrid grid;
    grid.setUnits(units(count), UsageThresholds());
    grid.resize(width, 400);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QCOMPARE(grid.columns(), columns);
    // Every card fits the width it was given: nothing cut off at the right.
    for (const UnitCard *card : grid.cards())
        QVERIFY2(card->geometry().right() < grid.width(), qPrintable(card->unitKey()));
}

void UnitCardGridTest::cardsAreKeptByUnitAcrossUpdates() {
    UnitCardGrid grid;
    grid.resize(1000, 400);
    grid.setUnits(units(3), UsageThresholds());
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    const QList<UnitCard *> before = grid.cards();
    before.at(1)->setFocus();
    grid.setSelectedUnit(QStringLiteral("unit_1"));

    QList<UnitOverview> changed = units(3);
    changed[1].figure = QStringLiteral("99 %");
    grid.setUnits(changed, UsageThresholds());
    QCOMPARE(grid.cards(), before);
    QCOMPARE(grid.card(QStringLiteral("unit_1"))->overview().figure, QStringLiteral("99 %"));
    QVERIFY(grid.card(QStringLiteral("unit_1"))->isSelected());
    QVERIFY(!grid.card(QStringLiteral("unit_0"))->isSelected());
    QCOMPARE(QApplication::focusWidget(), before.at(1));
}

void UnitCardGridTest::aUnitThatIsGoneLosesItsCard() {
    UnitCardGrid grid;
    grid.setUnits(units(3), UsageThresholds());
    const QPointer<UnitCard> last = grid.card(QStringLiteral("unit_2"));
    grid.setUnits(units(2), UsageThresholds());
    QCOMPARE(grid.cards().size(), 2);
    QVERIFY(!last);
    QVERIFY(!grid.card(QStringLiteral("unit_2")));
}

void UnitCardGridTest::withoutUnitsTheGridSaysSo() {
    UnitCardGrid grid;
    grid.setUnits({}, UsageThresholds());
    grid.show();
    const auto *placeholder = grid.findChild<QLabel *>();
    QVERIFY(placeholder && placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("The API reported no units for this period."));
    grid.setUnits(units(1), UsageThresholds());
    QVERIFY(!placeholder->isVisible());
}

void UnitCardGridTest::tabGoesAlongEachRow() {
    UnitCardGrid grid;
    grid.resize(1400, 600);
    grid.setUnits(units(4), UsageThresholds());
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&grid));
    grid.cards().constFirst()->setFocus();
    for (int i = 1; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), grid.cards().at(i));
    }
}

void UnitCardGridTest::choosingACardIsSignalled() {
    UnitCardGrid grid;
    grid.setUnits(units(2), UsageThresholds());
    grid.show();
    QSignalSpy activated(&grid, &UnitCardGrid::unitActivated);
    QTest::keyClick(grid.cards().at(1), Qt::Key_Return);
    QTest::mouseClick(grid.cards().at(0), Qt::LeftButton);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("unit_1"));
    QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("unit_0"));
}

QTEST_MAIN(UnitCardGridTest)
#include "UnitCardGridTest.moc"
