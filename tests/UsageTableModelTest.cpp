// UsageTableModel: the rows, texts, raw numbers and levels the dashboard shows, and the model
// signals it sends as units change.
#include "core/display/UsageTableModel.h"

#include "SampleSnapshots.h"
#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <QTest>

namespace {

using SampleSnapshots::unit;

UsageSnapshot snapshotOf(const QList<UnitUsage> &units) {
    UsageSnapshot snapshot;
    snapshot.billingPeriodStart = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    snapshot.billingPeriodEnd = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
    snapshot.cadenceText = QStringLiteral("monthly");
    snapshot.units = units;
    return snapshot;
}

QStringList keysOf(const UsageTableModel &model) {
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, 0).data(UsageTableModel::UnitKeyRole).toString();
    return keys;
}

} // namespace

class UsageTableModelTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void cellsAreFormattedForPeople_data();
    void cellsAreFormattedForPeople();
    void rawRoleGivesNumbersAndNullWithoutAllocation();
    void levelFollowsThresholds_data();
    void levelFollowsThresholds();
    void changingThresholdsUpdatesLevelsWithoutReset();
    void newUnitIsInsertedInKeyOrder();
    void vanishedUnitIsRemoved();
    void unchangedUnitSetOnlyEmitsDataChanged();
    void identicalSnapshotEmitsNothing();
    void switchingPlanShapesReplacesRowsThroughInsertAndRemove();
};

void UsageTableModelTest::cellsAreFormattedForPeople_data() {
    QTest::addColumn<UnitUsage>("unit");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("unitLine");
    QTest::addColumn<QString>("overBy");

    QTest::newRow("developer units of a unit plan")
        << unit(QStringLiteral("developer_units"), 341523, 2000000)
        << QStringList{QStringLiteral("Developer units"), QStringLiteral("341,523"),
                       QStringLiteral("2,000,000"), QStringLiteral("1,658,477"),
                       QStringLiteral("17.1 %")}
        << QStringLiteral("Developer units: 341,523 of 2,000,000 (17.1 %)") << QString();
    QTest::newRow("fractional explorer units")
        << unit(QStringLiteral("explorer_units"), 12.5, 100)
        << QStringList{QStringLiteral("Explorer units"), QStringLiteral("12.5"),
                       QStringLiteral("100"), QStringLiteral("87.5"), QStringLiteral("12.5 %")}
        << QStringLiteral("Explorer units: 12.5 of 100 (12.5 %)") << QString();
    QTest::newRow("legacy credits")
        << unit(QStringLiteral("credits"), 4321.5, 10000)
        << QStringList{QStringLiteral("Credits"), QStringLiteral("4,321.5"),
                       QStringLiteral("10,000"), QStringLiteral("5,678.5"),
                       QStringLiteral("43.2 %")}
        << QStringLiteral("Credits: 4,321.5 of 10,000 (43.2 %)") << QString();
    QTest::newRow("over allocation")
        << unit(QStringLiteral("explorer_units"), 131.75, 100)
        << QStringList{QStringLiteral("Explorer units"), QStringLiteral("131.75"),
                       QStringLiteral("100"), QStringLiteral("-31.75"), QStringLiteral("131.8 %")}
        << QStringLiteral("Explorer units: 131.75 of 100 (131.8 %)")
        << QStringLiteral("over by 31.75");
    QTest::newRow("trial unit without allocation")
        << unit(QStringLiteral("developer_units"), 5120, std::nullopt)
        << QStringList{QStringLiteral("Developer units"), QStringLiteral("5,120"), QString(),
                       QString(), QString()}
        << QStringLiteral("Developer units: 5,120 used (no allocation)") << QString();
    QTest::newRow("unknown unit added later")
        << unit(QStringLiteral("sql_units"), 7, 50)
        << QStringList{QStringLiteral("Sql units"), QStringLiteral("7"), QStringLiteral("50"),
                       QStringLiteral("43"), QStringLiteral("14.0 %")}
        << QStringLiteral("Sql units: 7 of 50 (14.0 %)") << QString();
}

void UsageTableModelTest::cellsAreFormattedForPeople() {
    QFETCH(UnitUsage, unit);
    QFETCH(QStringList, cells);
    QFETCH(QString, unitLine);
    QFETCH(QString, overBy);

    UsageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshotOf({unit}));

    QCOMPARE(model.rowCount(), 1);
    QStringList shown;
    for (int column = 0; column < model.columnCount(); ++column)
        shown << model.index(0, column).data().toString();
    QCOMPARE(shown, cells);
    QCOMPARE(model.index(0, 0).data(UsageTableModel::UnitLineRole).toString(), unitLine);
    QCOMPARE(model.index(0, 0).data(UsageTableModel::OverByRole).toString(), overBy);
}

void UsageTableModelTest::rawRoleGivesNumbersAndNullWithoutAllocation() {
    UsageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshotOf({unit(QStringLiteral("developer_units"), 341523, 2000000),
                                  unit(QStringLiteral("explorer_units"), 12.5, std::nullopt)}));

    const auto raw = [&model](int row, int column) {
        return model.index(row, column).data(UsageTableModel::RawValueRole);
    };
    QCOMPARE(raw(0, UsageTableModel::LabelColumn).toString(), QStringLiteral("developer_units"));
    QCOMPARE(raw(0, UsageTableModel::ConsumedColumn).toDouble(), 341523.0);
    QCOMPARE(raw(0, UsageTableModel::AllocatedColumn).toDouble(), 2000000.0);
    QCOMPARE(raw(0, UsageTableModel::RemainingColumn).toDouble(), 1658477.0);
    QCOMPARE(raw(0, UsageTableModel::PercentColumn).toDouble(), 341523.0 / 2000000.0 * 100.0);
    QCOMPARE(raw(1, UsageTableModel::ConsumedColumn).toDouble(), 12.5);
    QVERIFY(!raw(1, UsageTableModel::AllocatedColumn).isValid());
    QVERIFY(!raw(1, UsageTableModel::RemainingColumn).isValid());
    QVERIFY(!raw(1, UsageTableModel::PercentColumn).isValid());
    QVERIFY(model.index(0, 0).data(UsageTableModel::HasAllocationRole).toBool());
    QVERIFY(!model.index(1, 0).data(UsageTableModel::HasAllocationRole).toBool());
}

void UsageTableModelTest::levelFollowsThresholds_data() {
    QTest::addColumn<double>("consumed");
    QTest::addColumn<std::optional<double>>("allocated");
    QTest::addColumn<UsageLevel>("level");

    QTest::newRow("well below the warning")
        << 10.0 << std::optional<double>(100) << UsageLevel::Normal;
    QTest::newRow("just below the warning")
        << 74.9 << std::optional<double>(100) << UsageLevel::Normal;
    QTest::newRow("at the warning") << 75.0 << std::optional<double>(100) << UsageLevel::Warning;
    QTest::newRow("at the critical") << 90.0 << std::optional<double>(100) << UsageLevel::Critical;
    QTest::newRow("exactly all of it")
        << 100.0 << std::optional<double>(100) << UsageLevel::Critical;
    QTest::newRow("beyond the allocation")
        << 100.5 << std::optional<double>(100) << UsageLevel::Over;
    QTest::newRow("no allocation") << 50.0 << std::optional<double>() << UsageLevel::NoAllocation;
    QTest::newRow("zero allocation")
        << 50.0 << std::optional<double>(0) << UsageLevel::NoAllocation;
}

void UsageTableModelTest::levelFollowsThresholds() {
    QFETCH(double, consumed);
    QFETCH(std::optional<double>, allocated);
    QFETCH(UsageLevel, level);

    UsageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshotOf({unit(QStringLiteral("credits"), consumed, allocated)}));
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.index(0, column).data(UsageTableModel::LevelRole).toInt(), int(level));
}

void UsageTableModelTest::changingThresholdsUpdatesLevelsWithoutReset() {
    UsageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshotOf({unit(QStringLiteral("credits"), 60, 100)}));
    QCOMPARE(model.index(0, 0).data(UsageTableModel::LevelRole).toInt(), int(UsageLevel::Normal));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setThresholds({50.0, 80.0});

    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(0, 0).data(UsageTableModel::LevelRole).toInt(), int(UsageLevel::Warning));
}

void UsageTableModelTest::newUnitIsInsertedInKeyOrder() {
    UsageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshotOf({unit(QStringLiteral("developer_units"), 1, 10),
                                  unit(QStringLiteral("explorer_units"), 1, 10)}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSnapshot(snapshotOf({unit(QStringLiteral("developer_units"), 1, 10),
                                  unit(QStringLiteral("explorer_units"), 1, 10),
                                  unit(QStringLiteral("ai_units"), 3, std::nullopt)}));

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(keysOf(model),
             (QStringList{QStringLiteral("ai_units"), QStringLiteral("developer_units"),
                          QStringLiteral("explorer_units")}));
}

void UsageTableModelTest::vanishedUnitIsRemoved() {
    UsageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshotOf({unit(QStringLiteral("developer_units"), 1, 10),
                                  unit(QStringLiteral("explorer_units"), 1, 10)}));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSnapshot(snapshotOf({unit(QStringLiteral("explorer_units"), 2, 10)}));

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(keysOf(model), QStringList{QStringLiteral("explorer_units")});
    QCOMPARE(model.index(0, UsageTableModel::ConsumedColumn).data().toString(),
             QStringLiteral("2"));
}

void UsageTableModelTest::unchangedUnitSetOnlyEmitsDataChanged() {
    UsageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshotOf({unit(QStringLiteral("developer_units"), 1, 10),
                                  unit(QStringLiteral("explorer_units"), 1, 10)}));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSnapshot(snapshotOf({unit(QStringLiteral("developer_units"), 1, 10),
                                  unit(QStringLiteral("explorer_units"), 9.5, 10)}));

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
    QCOMPARE(model.index(1, 0).data(UsageTableModel::LevelRole).toInt(), int(UsageLevel::Critical));
}

void UsageTableModelTest::identicalSnapshotEmitsNothing() {
    UsageTableModel model;
    const UsageSnapshot snapshot = snapshotOf({unit(QStringLiteral("credits"), 4321.5, 10000)});
    model.setSnapshot(snapshot);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.setSnapshot(snapshot);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(layout.count(), 0);
}

void UsageTableModelTest::switchingPlanShapesReplacesRowsThroughInsertAndRemove() {
    UsageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshotOf({unit(QStringLiteral("credits"), 4321.5, 10000)}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setSnapshot(snapshotOf({unit(QStringLiteral("developer_units"), 1, 10),
                                  unit(QStringLiteral("explorer_units"), 1, 10)}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(keysOf(model),
             (QStringList{QStringLiteral("developer_units"), QStringLiteral("explorer_units")}));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(UsageTableModelTest)
#include "UsageTableModelTest.moc"
