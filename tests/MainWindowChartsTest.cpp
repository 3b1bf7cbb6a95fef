// The dashboard's charts as views of the current reading, driven through the real service and the
// scripted loopback API: the periods read alike in the header and the picker, the detail chart
// follows the verdict's unit until a card is chosen, is drawn in percent of the allocation with the
// projection and earlier periods, its legend says only what is drawn, its percent axis stays a
// handful of ticks however far over, and Export history sits beside the snapshot export.
#include "LiveWindow.h"
#include "SampleSnapshots.h"
#include "app/charts/DetailChartView.h"
#include "app/dashboard/OrganizationDashboard.h"
#include "app/dashboard/UnitCard.h"
#include "app/dashboard/UnitCardGrid.h"
#include "app/dashboard/UnitDetailPanel.h"
#include "support/CannedUsageBodies.h"

#include <QComboBox>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {

const QDateTime aprilTwentyFourth(QDate(2026, 4, 24), QTime(12, 0), Qt::UTC);

} // namespace

class MainWindowChartsTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void periodsReadAlikeInTheHeaderAndThePeriodPicker();
    void detailChartFollowsTheVerdictsUnitUntilACardIsChosen();
    void detailChartDrawsAllocationProjectionAndEarlierPeriods();
    void legendSaysOnlyWhatIsDrawn();
    void percentAxisStaysAHandfulOfTicksFarOverAllocation();
    void exportHistorySitsBesideTheSnapshotExport();

private:
    void showBody(const QByteArray &body) { QVERIFY(m_w->show(body)); }
    QString labelText(const char *name) const { return m_w->labelText(name); }
    const DetailChartView *trendChart() const { return m_w->window->detailPanel()->chartView(); }
    QString shownUnit() const { return m_w->window->detailPanel()->unitKey(); }
    UnitCard *card(const QString &key) const {
        return m_w->window->dashboard()->cards()->card(key);
    }

    std::unique_ptr<LiveWindow> m_w;
};

void MainWindowChartsTest::initTestCase() {
    LiveWindow::prepareApplication(QStringLiteral("MainWindowChartsTest"));
}

void MainWindowChartsTest::init() {
    m_w = std::make_unique<LiveWindow>(aprilTwentyFourth);
    QVERIFY(m_w->live.api().isListening());
}

void MainWindowChartsTest::cleanup() {
    m_w.reset();
}

void MainWindowChartsTest::periodsReadAlikeInTheHeaderAndThePeriodPicker() {
    showBody(CannedUsageBodies::unitPlan()); // April 2026; the API's end is 1 May, exclusive
    QCOMPARE(labelText("periodsLabel"),
             QStringLiteral("Billing period: 1–30 Apr 2026  ·  Allocation period: 1–30 Apr 2026"));
    const QComboBox *picker = m_w->window->detailPanel()->periodPicker();
    QCOMPARE(picker->count(), 1);
    QCOMPARE(picker->currentText(), QStringLiteral("1–30 Apr 2026"));
}

void MainWindowChartsTest::detailChartFollowsTheVerdictsUnitUntilACardIsChosen() {
    showBody(CannedUsageBodies::unitPlan()); // developer 17.1 %, explorer 12.5 %
    QCOMPARE(shownUnit(), QStringLiteral("developer_units"));
    QVERIFY(card(QStringLiteral("developer_units"))->isSelected());
    QCOMPARE(m_w->window->detailPanel()->title(), QStringLiteral("Developer units over time"));
    // In percent of the allocation, so that every unit reads on one scale.
    QCOMPARE(trendChart()->data().consumption.size(), 1);
    QCOMPARE(trendChart()->data().consumption.at(0).y(), 341523.0 / 2000000.0 * 100.0);
    QCOMPARE(trendChart()->data().allocationLine.size(), 2);
    QCOMPARE(trendChart()->data().allocationLine.at(1).y(), 100.0);

    m_w->clock.advance(3600);
    showBody(CannedUsageBodies::overAllocation()); // explorer 131.75 %: the verdict's unit now
    QCOMPARE(shownUnit(), QStringLiteral("explorer_units"));
    QCOMPARE(trendChart()->data().consumption.size(), 2);
    QCOMPARE(trendChart()->data().consumption.at(1).y(), 131.75);
    QVERIFY(!card(QStringLiteral("developer_units"))->isSelected());

    // A card chosen with the keyboard stays chosen across refreshes.
    UnitCard *developer = card(QStringLiteral("developer_units"));
    developer->setFocus();
    QTest::keyClick(developer, Qt::Key_Space);
    QCOMPARE(shownUnit(), QStringLiteral("developer_units"));
    QVERIFY(developer->isSelected());
    showBody(CannedUsageBodies::overAllocation());
    QCOMPARE(shownUnit(), QStringLiteral("developer_units"));
    // And so does one chosen with the mouse.
    QTest::mouseClick(card(QStringLiteral("explorer_units")), Qt::LeftButton);
    QCOMPARE(shownUnit(), QStringLiteral("explorer_units"));
}

void MainWindowChartsTest::detailChartDrawsAllocationProjectionAndEarlierPeriods() {
    using SampleSnapshots::utc;
    // March, then April at a steady pace: 341,523 developer units by now (24 Apr 12:00), so
    // 30/23.5 of that, 435,987 or 21.8 % of 2,000,000, by the reset.
    UsageSnapshot march = SampleSnapshots::monthly();
    march.billingPeriodStart = march.allocationPeriodStart = utc(2026, 3, 1);
    march.billingPeriodEnd = march.allocationPeriodEnd = utc(2026, 4, 1);
    march.receivedAt = utc(2026, 3, 31, 12);
    QVERIFY(m_w->live.store().record(m_w->live.historyKey(), march));
    const QDateTime aprilFirst = utc(2026, 4, 1);
    const double perSecond = 341523.0 / double(aprilFirst.secsTo(aprilTwentyFourth));
    for (QDateTime at = aprilFirst; at < aprilTwentyFourth; at = at.addSecs(6 * 3600)) {
        UsageSnapshot april = SampleSnapshots::monthly();
        april.units = {SampleSnapshots::unit(QStringLiteral("developer_units"),
                                             perSecond * double(aprilFirst.secsTo(at)), 2000000),
                       SampleSnapshots::unit(QStringLiteral("explorer_units"), 1, 100)};
        april.receivedAt = at;
        QVERIFY(m_w->live.store().record(m_w->live.historyKey(), april));
    }
    showBody(CannedUsageBodies::unitPlan());

    const TrendChartData &data = trendChart()->data();
    QCOMPARE(data.sourcePointCount, 23 * 4 + 2 + 1);
    QCOMPARE(data.xMinimum, aprilFirst.toMSecsSinceEpoch());
    QCOMPARE(data.xMaximum, utc(2026, 5, 1).toMSecsSinceEpoch());
    QCOMPARE(data.allocationLine.size(), 2);
    // The projection runs from the last reading to the reset, and "today" is marked.
    QCOMPARE(data.projection.size(), 2);
    QCOMPARE(data.projection.at(0),
             QPointF(double(aprilTwentyFourth.toMSecsSinceEpoch()), 341523.0 / 20000.0));
    QCOMPARE(data.projection.at(1).x(), double(utc(2026, 5, 1).toMSecsSinceEpoch()));
    QCOMPARE(data.now, aprilTwentyFourth.toMSecsSinceEpoch());
    // The card says the same forecast, with the mark on its bar where the projection ends.
    const UnitOverview &developer = card(QStringLiteral("developer_units"))->overview();
    QCOMPARE(developer.forecast, QStringLiteral("On pace: about 22 % at reset"));
    QVERIFY(developer.projectedPercent);
    QCOMPARE(qRound(*developer.projectedPercent), 22);

    // The period picker reaches March, without a projection there.
    QComboBox *periods = m_w->window->detailPanel()->periodPicker();
    QCOMPARE(periods->count(), 2);
    QCOMPARE(periods->currentIndex(), 0);
    periods->setCurrentIndex(1);
    QCOMPARE(trendChart()->data().xMinimum, utc(2026, 3, 1).toMSecsSinceEpoch());
    QVERIFY(trendChart()->data().projection.isEmpty());
    QCOMPARE(trendChart()->data().now, 0);
}

void MainWindowChartsTest::legendSaysOnlyWhatIsDrawn() {
    // Before a reading: no axes, no legend, a sentence instead.
    QVERIFY(trendChart()->legendEntries().isEmpty());
    QVERIFY(!trendChart()->message().isEmpty());

    showBody(CannedUsageBodies::unitPlan());
    QVERIFY(trendChart()->legendEntries().contains(QStringLiteral("Allocation (100 %)")));
    // One reading is a dot, not a flat projection.
    QVERIFY(!trendChart()->legendEntries().contains(QStringLiteral("Projected to the reset")));
    QVERIFY2(trendChart()->message().startsWith(QStringLiteral("One reading so far")),
             qPrintable(trendChart()->message()));

    // A trial: no allocation line and no projection to name, but the consumption is drawn.
    showBody(CannedUsageBodies::trialWithoutAllocation());
    QVERIFY(trendChart()->legendEntries().contains(QStringLiteral("Consumed")));
    QVERIFY(!trendChart()->legendEntries().contains(QStringLiteral("Allocation (100 %)")));
    QVERIFY(!trendChart()->legendEntries().contains(QStringLiteral("Projected to the reset")));
}

void MainWindowChartsTest::percentAxisStaysAHandfulOfTicksFarOverAllocation() {
    UsageSnapshot far = SampleSnapshots::monthly();
    far.units = {SampleSnapshots::unit(QStringLiteral("developer_units"), 42000000, 2000000)};
    far.receivedAt = aprilTwentyFourth;
    showBody(CannedUsageBodies::of(far)); // 2,100 %
    const QStringList labels = trendChart()->valueLabels();
    QVERIFY2(labels.size() >= 3 && labels.size() <= 7, qPrintable(labels.join(QLatin1Char(' '))));
    QCOMPARE(labels.constFirst(), QStringLiteral("0 %"));
}

void MainWindowChartsTest::exportHistorySitsBesideTheSnapshotExport() {
    auto *fileMenu = m_w->window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QAction *exportHistory = m_w->window->detailPanel()->exportHistoryAction();
    const QList<QAction *> actions = fileMenu->actions();
    QCOMPARE(actions.indexOf(exportHistory), actions.indexOf(m_w->window->exportAction()) + 1);
    QVERIFY(!exportHistory->isEnabled()); // nothing recorded yet
    showBody(CannedUsageBodies::unitPlan());
    QVERIFY(exportHistory->isEnabled());
    // The cards replace the unit picker: the period is the window's only picker.
    QCOMPARE(m_w->window->findChildren<QComboBox *>().size(), 1);
}

QTEST_MAIN(MainWindowChartsTest)
#include "MainWindowChartsTest.moc"
