// The unit detail panel as a view of the current reading, over a real history store and the
// scripted loopback API: periods to pick, the projection on the current period only, the unit it
// is given, in percent of the allocation, what the chart says instead of empty axes, export of a
// chosen period, and life without a usable store.
#include "app/dashboard/UnitDetailPanel.h"

#include "app/charts/DetailChartView.h"
#include "core/Clock.h"
#include "core/output/CsvSnapshotWriter.h"
#include "support/CannedUsageBodies.h"
#include "support/LiveReading.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QDateTime utc(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// Hourly readings of a monthly plan; developer units grow by `perHour`.
UsageSnapshot reading(const QDateTime &at, double developer) {
    UsageSnapshot snapshot;
    const QDate month(at.date().year(), at.date().month(), 1);
    snapshot.billingPeriodStart = QDateTime(month, QTime(0, 0), Qt::UTC);
    snapshot.billingPeriodEnd = snapshot.billingPeriodStart.addMonths(1);
    snapshot.allocationPeriodStart = snapshot.billingPeriodStart;
    snapshot.allocationPeriodEnd = snapshot.billingPeriodEnd;
    snapshot.cadenceText = QStringLiteral("monthly");
    snapshot.units = {{QStringLiteral("developer_units"), developer, 2000000.0},
                      {QStringLiteral("trial_units"), 3.0, std::nullopt}};
    snapshot.receivedAt = at;
    return snapshot;
}

} // namespace

class UnitDetailPanelTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theCurrentPeriodShowsTheProjectionInPercentOfTheAllocation();
    void aUnitWithoutAllocationIsDrawnInAmountsWithoutProjection();
    void anEarlierPeriodShowsItsReadingsWithoutProjection();
    void theChosenPeriodIsExportedAsCsv();
    void theExportActionWaitsForAReading();
    void oneReadingSaysTheLineFollowsInsteadOfDrawingAFlatProjection();
    void withoutAStoreThePanelSaysSoAndStillDraws();
    void theCurrentReadingsPeriodComesFirstEvenBeforeALaterOne();
    void theChartIsMadeAfterTheFirstFrameInThePlaceKeptForIt();

private:
    // Records the past in the store, then starts the reading, whose first refresh brings `now`.
    void fill();
    CurrentReading &current() { return m_live->reading(); }
    // A panel on the developer units, as the dashboard sets it when their card is selected.
    std::unique_ptr<UnitDetailPanel> panel(CurrentReading &reading) {
        auto made = std::make_unique<UnitDetailPanel>(reading, m_clock);
        made->setUnit(QStringLiteral("developer_units"), QStringLiteral("Developer units"),
                      UsageLevel::Normal);
        return made;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{utc("2026-04-20T12:00:00Z")};
    std::unique_ptr<LiveReading> m_live;
};

void UnitDetailPanelTest::initTestCase() {
    qputenv("TZ", "UTC");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void UnitDetailPanelTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNow(utc("2026-04-20T12:00:00Z"));
    m_live =
        std::make_unique<LiveReading>(m_clock, m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_live->api().isListening());
}

void UnitDetailPanelTest::cleanup() {
    m_live.reset();
}

// Last days of March, then April up to now at 62 % by the reset.
void UnitDetailPanelTest::fill() {
    HistoryStore &store = m_live->store();
    const QString source = m_live->historyKey();
    for (QDateTime at = utc("2026-03-30T00:00:00Z"); at < utc("2026-04-01T00:00:00Z");
         at = at.addSecs(3600))
        QVERIFY(store.record(source, reading(at, 1500000.0 + double(at.time().hour()))));
    const double perHour = 2000000.0 * 0.62 / (30 * 24);
    int hour = 0;
    for (QDateTime at = utc("2026-04-01T00:00:00Z"); at < m_clock.now();
         at = at.addSecs(3600), ++hour)
        QVERIFY(store.record(source, reading(at, perHour * hour)));
    m_live->api().enqueue(
        ScriptedUsageApi::ok(CannedUsageBodies::of(reading(m_clock.now(), perHour * hour))));
    QVERIFY(m_live->start());
    QVERIFY(current().state().freshness == ReadingState::Freshness::Current);
}

void UnitDetailPanelTest::theCurrentPeriodShowsTheProjectionInPercentOfTheAllocation() {
    fill();
    const auto shown = panel(current());
    shown->resize(900, 500);
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));

    QCOMPARE(shown->periodPicker()->count(), 2);
    QCOMPARE(shown->periodPicker()->currentIndex(), 0);
    QCOMPARE(shown->title(), QStringLiteral("Developer units over time"));
    const TrendChartData &data = shown->chartView()->data();
    QCOMPARE(data.sourcePointCount, 19 * 24 + 12 + 1);
    // Thinned again once the chart's plot has its final width.
    QTRY_VERIFY(data.consumption.size() <= shown->chartView()->pointsWanted());
    QVERIFY(data.inPercent);
    // The allocation is the 100 % line; the projection runs to the reset at about 62 %.
    QCOMPARE(data.allocationLine.size(), 2);
    QCOMPARE(data.allocationLine.at(0).y(), 100.0);
    QCOMPARE(data.projection.size(), 2);
    QCOMPARE(data.projection.at(1).x(), double(utc("2026-05-01T00:00:00Z").toMSecsSinceEpoch()));
    QVERIFY2(qAbs(data.projection.at(1).y() - 62.0) < 0.5,
             qPrintable(QString::number(data.projection.at(1).y())));
    QVERIFY(shown->chartView()->message().isEmpty());
}

void UnitDetailPanelTest::aUnitWithoutAllocationIsDrawnInAmountsWithoutProjection() {
    fill();
    const auto shown = panel(current());
    shown->setUnit(QStringLiteral("trial_units"), QStringLiteral("Trial units"),
                   UsageLevel::NoAllocation);
    const TrendChartData &data = shown->chartView()->data();
    QVERIFY(!data.inPercent);
    QVERIFY(data.projection.isEmpty());
    QVERIFY(data.allocationLine.isEmpty());
    QCOMPARE(data.consumption.constLast().y(), 3.0);
    QCOMPARE(shown->title(), QStringLiteral("Trial units over time"));
}

void UnitDetailPanelTest::anEarlierPeriodShowsItsReadingsWithoutProjection() {
    fill();
    const auto shown = panel(current());
    shown->periodPicker()->setCurrentIndex(1);
    const TrendChartData &data = shown->chartView()->data();
    QCOMPARE(data.sourcePointCount, 48);
    QCOMPARE(data.xMinimum, utc("2026-03-01T00:00:00Z").toMSecsSinceEpoch());
    QVERIFY(data.projection.isEmpty());

    // A new reading keeps the earlier period chosen.
    m_clock.advance(3600);
    QVERIFY(m_live->serve(CannedUsageBodies::of(reading(m_clock.now(), 900000))));
    QCOMPARE(shown->periodPicker()->currentIndex(), 1);
    QCOMPARE(shown->chartView()->data().sourcePointCount, 48);
}

void UnitDetailPanelTest::theChosenPeriodIsExportedAsCsv() {
    fill();
    const auto shown = panel(current());
    shown->periodPicker()->setCurrentIndex(1);
    const QString path = m_dir->filePath(QStringLiteral("march.csv"));
    QString error;
    QVERIFY2(shown->exportPeriodTo(path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(CsvSnapshotWriter::header()));
    const QStringList rows = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 48 * 2); // one row per unit per reading
    QVERIFY(rows.at(1).startsWith(QLatin1String("2026-03-30T00:00:00Z,")));
    QVERIFY(!text.contains(QLatin1String("2026-04-01T00:00:00Z,2026-04")));

    QVERIFY(
        !shown->exportPeriodTo(m_dir->filePath(QStringLiteral("no/such/folder/x.csv")), &error));
    QVERIFY(!error.isEmpty());
}

void UnitDetailPanelTest::theExportActionWaitsForAReading() {
    const auto shown = panel(current());
    QVERIFY(!shown->exportHistoryAction()->isEnabled()); // nothing recorded yet
    QCOMPARE(shown->chartView()->message(),
             QStringLiteral("The trend appears after the first reading."));
    m_live->api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::of(reading(m_clock.now(), 10))));
    QVERIFY(m_live->start());
    QVERIFY(shown->exportHistoryAction()->isEnabled());
}

void UnitDetailPanelTest::oneReadingSaysTheLineFollowsInsteadOfDrawingAFlatProjection() {
    const auto shown = panel(current());
    shown->show();
    m_live->api().enqueue(
        ScriptedUsageApi::ok(CannedUsageBodies::of(reading(m_clock.now(), 250000))));
    QVERIFY(m_live->start());
    const TrendChartData &data = shown->chartView()->data();
    QCOMPARE(data.consumption.size(), 1);
    QVERIFY(data.projection.isEmpty());
    QVERIFY2(shown->chartView()->message().startsWith(QStringLiteral("One reading so far")),
             qPrintable(shown->chartView()->message()));
}

void UnitDetailPanelTest::withoutAStoreThePanelSaysSoAndStillDraws() {
    QFile blocker(m_dir->filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("the history could not be opened")));
    LiveReading live(m_clock, blocker.fileName() + QStringLiteral("/history.sqlite"));
    QVERIFY(!live.store().isOpen());

    const auto shown = panel(live.reading());
    shown->show();
    live.api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::of(reading(m_clock.now(), 1234))));
    QVERIFY(live.start());
    auto *status = shown->findChild<QLabel *>(QStringLiteral("historyStatusLabel"));
    QVERIFY(status && status->isVisible());
    QVERIFY(status->text().contains(QLatin1String("History is off")));
    QCOMPARE(shown->periodPicker()->count(), 1);
    QCOMPARE(shown->chartView()->data().consumption.size(), 1);
}

void UnitDetailPanelTest::theCurrentReadingsPeriodComesFirstEvenBeforeALaterOne() {
    // May was recorded, and now the API reports April again (a period that has ended).
    QVERIFY(m_live->store().record(m_live->historyKey(), reading(utc("2026-05-03T12:00:00Z"), 5)));
    m_live->api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::of(reading(m_clock.now(), 7))));
    QVERIFY(m_live->start());
    const auto shown = panel(current());
    QCOMPARE(shown->periodPicker()->count(), 2);
    QCOMPARE(shown->periodPicker()->currentIndex(), 0);
    QCOMPARE(shown->periodPicker()->currentText(), QStringLiteral("1–30 Apr 2026"));
}

void UnitDetailPanelTest::theChartIsMadeAfterTheFirstFrameInThePlaceKeptForIt() {
    fill();
    const auto shown = panel(current());
    // Not before the window has painted: the answer and the cards go first.
    QVERIFY(!shown->findChild<DetailChartView *>());
    shown->resize(900, 500);
    shown->show();
    const int kept = shown->layout()->itemAt(shown->layout()->count() - 1)->geometry().height();
    QVERIFY(kept >= DetailChartView::minimumHeightFor(shown->fontMetrics()));
    QTRY_VERIFY(shown->findChild<DetailChartView *>());
    // Made in the place kept for it, at the same size, and filled at once.
    const auto *chart = shown->findChild<DetailChartView *>();
    QCOMPARE(chart, shown->chartView());
    QCOMPARE(chart->objectName(), QStringLiteral("detailChart"));
    QCOMPARE(chart->accessibleName(), QStringLiteral("Developer units over time"));
    QTRY_COMPARE(chart->height(), kept);
    QVERIFY(!chart->data().consumption.isEmpty());

    // Asked for before it was made (a hidden panel), it is made then.
    const auto hidden = panel(current());
    QVERIFY(hidden->chartView());
    QVERIFY(!hidden->chartView()->data().consumption.isEmpty());
}

QTEST_MAIN(UnitDetailPanelTest)
#include "UnitDetailPanelTest.moc"
