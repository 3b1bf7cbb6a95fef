// The dashboard's charts as views of the current reading, driven through the real service and the
// scripted loopback API: the periods read alike in the header and the picker, the percent chart's
// legend follows the thresholds, and the over-time chart follows the most consumed unit, draws the
// allocation, the projection and earlier periods, with Export history beside the snapshot export.
#include "LiveWindow.h"
#include "SampleSnapshots.h"
#include "app/HistoryTrendPanel.h"
#include "app/PercentChartView.h"
#include "app/TrendChartView.h"
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
    void percentChartLegendExplainsTheLevelsShown();
    void overTimeChartFollowsTheMostConsumedUnitUntilOneIsPicked();
    void overTimeChartDrawsAllocationProjectionAndEarlierPeriods();
    void exportHistorySitsBesideTheSnapshotExport();

private:
    void showBody(const QByteArray &body) { QVERIFY(m_w->show(body)); }
    QString labelText(const char *name) const { return m_w->labelText(name); }
    const TrendChartView *trendChart() const {
        return m_w->window->findChild<TrendChartView *>(QStringLiteral("trendChart"));
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
    QCOMPARE(
        labelText("periodsLabel"),
        QStringLiteral("Billing period: 1–30 Apr 2026   ·   Allocation period: 1–30 Apr 2026"));
    const QComboBox *picker = m_w->window->trendPanel()->periodPicker();
    QCOMPARE(picker->count(), 1);
    QCOMPARE(picker->currentText(), QStringLiteral("1–30 Apr 2026"));
}

void MainWindowChartsTest::percentChartLegendExplainsTheLevelsShown() {
    const auto *percentChart =
        m_w->window->findChild<PercentChartView *>(QStringLiteral("percentChart"));
    showBody(
        CannedUsageBodies::overAllocation()); // developer 95 % (critical), explorer 131.75 % (over)
    QCOMPARE(percentChart->legendEntries(),
             (QStringList{QStringLiteral("Critical: 90 % to 100 %"),
                          QStringLiteral("Over allocation: above 100 %"),
                          QStringLiteral("Allocation (100 %)")}));

    // Thresholds from Settings change the words and the colours together.
    m_w->settings.setThresholds(96, 99);
    QCOMPARE(percentChart->legendEntries(),
             (QStringList{QStringLiteral("Normal: below 96 %"),
                          QStringLiteral("Over allocation: above 100 %"),
                          QStringLiteral("Allocation (100 %)")}));

    // Every entry is on show in full, however narrow the chart: the legend wraps, never cuts.
    const auto *legend = percentChart->findChild<QLabel *>(QStringLiteral("percentLegend"));
    QVERIFY(legend);
    for (const QString &entry : percentChart->legendEntries())
        QVERIFY2(legend->text().contains(
                     QString(entry).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))),
                 qPrintable(entry));
    QVERIFY(legend->isVisible());
    QVERIFY(legend->geometry().bottom() < percentChart->height());
    QVERIFY(legend->height() >= legend->heightForWidth(legend->width()));
}

void MainWindowChartsTest::overTimeChartFollowsTheMostConsumedUnitUntilOneIsPicked() {
    showBody(CannedUsageBodies::unitPlan()); // developer 17.1 %, explorer 12.5 %
    QCOMPARE(m_w->window->overTimeUnitKey(), QStringLiteral("developer_units"));
    QCOMPARE(trendChart()->data().consumption.size(), 1);
    QCOMPARE(trendChart()->data().consumption.at(0).y(), 341523.0);
    // The allocation is a line across the period.
    QCOMPARE(trendChart()->data().allocationLine.size(), 2);
    QCOMPARE(trendChart()->data().allocationLine.at(1).y(), 2000000.0);

    m_w->clock.advance(3600);
    showBody(CannedUsageBodies::overAllocation()); // explorer 131.75 %
    QCOMPARE(m_w->window->overTimeUnitKey(), QStringLiteral("explorer_units"));
    QCOMPARE(trendChart()->data().consumption.size(), 2);
    QCOMPARE(trendChart()->data().consumption.at(1).y(), 131.75);
    QCOMPARE(trendChart()->data().allocationLine.at(0).y(), 100.0);

    // A unit picked with the keyboard stays picked across refreshes.
    auto *picker = m_w->window->findChild<QComboBox *>(QStringLiteral("unitPicker"));
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_Up);
    QCOMPARE(m_w->window->overTimeUnitKey(), QStringLiteral("developer_units"));
    showBody(CannedUsageBodies::overAllocation());
    QCOMPARE(m_w->window->overTimeUnitKey(), QStringLiteral("developer_units"));
}

void MainWindowChartsTest::overTimeChartDrawsAllocationProjectionAndEarlierPeriods() {
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
    // The projection runs dashed from the last reading to the reset.
    QCOMPARE(data.projection.size(), 2);
    QCOMPARE(data.projection.at(0),
             QPointF(double(aprilTwentyFourth.toMSecsSinceEpoch()), 341523.0));
    QCOMPARE(data.projection.at(1).x(), double(utc(2026, 5, 1).toMSecsSinceEpoch()));
    QCOMPARE(m_w->window->trendPanel()->forecastText(),
             QStringLiteral("On track: about 22 % used at reset"));

    // The period picker reaches March, without a projection there.
    QComboBox *periods = m_w->window->trendPanel()->periodPicker();
    QCOMPARE(periods->count(), 2);
    QCOMPARE(periods->currentIndex(), 0);
    periods->setCurrentIndex(1);
    QCOMPARE(trendChart()->data().xMinimum, utc(2026, 3, 1).toMSecsSinceEpoch());
    QVERIFY(trendChart()->data().projection.isEmpty());
    QCOMPARE(m_w->window->trendPanel()->forecastText(),
             QStringLiteral("Not the current reading's period: no forecast."));
}

void MainWindowChartsTest::exportHistorySitsBesideTheSnapshotExport() {
    auto *fileMenu = m_w->window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QAction *exportHistory = m_w->window->trendPanel()->exportHistoryAction();
    const QList<QAction *> actions = fileMenu->actions();
    QCOMPARE(actions.indexOf(exportHistory), actions.indexOf(m_w->window->exportAction()) + 1);
    QVERIFY(!exportHistory->isEnabled()); // nothing recorded yet
    showBody(CannedUsageBodies::unitPlan());
    QVERIFY(exportHistory->isEnabled());
    // One over-time view: its unit and period pickers are the window's only pickers.
    QCOMPARE(m_w->window->findChildren<QComboBox *>().size(), 2);
}

QTEST_MAIN(MainWindowChartsTest)
#include "MainWindowChartsTest.moc"
