// The over-time panel as a view of the current reading, over a real history store and the
// scripted loopback API: periods to pick, the projection on the current period only, the forecast
// text, the unit it follows, export of a chosen period, and life without a usable store.
#include "app/HistoryTrendPanel.h"
#include "app/TrendChartView.h"
#include "core/Clock.h"
#include "core/output/CsvSnapshotWriter.h"
#include "support/CannedUsageBodies.h"
#include "support/LiveReading.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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

class HistoryTrendPanelTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theCurrentPeriodShowsTheProjectionAndForecast();
    void anEarlierPeriodShowsItsReadingsWithoutProjection();
    void theChosenPeriodIsExportedAsCsv();
    void theExportActionWaitsForAReading();
    void theMostConsumedUnitIsShownUntilOneIsPicked();
    void withoutAStoreThePanelSaysSoAndStillDraws();
    void theCurrentReadingsPeriodComesFirstEvenBeforeALaterOne();

private:
    // Records the past in the store, then starts the reading, whose first refresh brings `now`.
    void fill();
    CurrentReading &current() { return m_live->reading(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{utc("2026-04-20T12:00:00Z")};
    std::unique_ptr<LiveReading> m_live;
};

void HistoryTrendPanelTest::initTestCase() {
    qputenv("TZ", "UTC");
}

void HistoryTrendPanelTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNow(utc("2026-04-20T12:00:00Z"));
    m_live =
        std::make_unique<LiveReading>(m_clock, m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_live->api().isListening());
}

void HistoryTrendPanelTest::cleanup() {
    m_live.reset();
}

// Last days of March, then April up to now at 62 % by the reset.
void HistoryTrendPanelTest::fill() {
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

void HistoryTrendPanelTest::theCurrentPeriodShowsTheProjectionAndForecast() {
    fill();
    HistoryTrendPanel panel(current());
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QCOMPARE(panel.periodPicker()->count(), 2);
    QCOMPARE(panel.periodPicker()->currentIndex(), 0);
    QCOMPARE(panel.unitPicker()->currentData().toString(), QStringLiteral("developer_units"));
    QCOMPARE(panel.forecastText(), QStringLiteral("On track: about 62 % used at reset"));

    const TrendChartData &data = panel.chartView()->data();
    QCOMPARE(data.sourcePointCount, 19 * 24 + 12 + 1);
    QVERIFY(data.consumption.size() <= panel.chartView()->plotWidth());
    QCOMPARE(data.projection.size(), 2);
    QCOMPARE(data.projection.at(1).x(), double(utc("2026-05-01T00:00:00Z").toMSecsSinceEpoch()));
    QCOMPARE(data.allocationLine.size(), 2);

    // A unit without allocation has a line but nothing to forecast.
    panel.unitPicker()->setCurrentIndex(
        panel.unitPicker()->findData(QStringLiteral("trial_units")));
    QVERIFY(panel.chartView()->data().projection.isEmpty());
    QVERIFY(panel.chartView()->data().allocationLine.isEmpty());
    QCOMPARE(panel.forecastText(), QStringLiteral("No forecast: this unit has no allocation."));
}

void HistoryTrendPanelTest::anEarlierPeriodShowsItsReadingsWithoutProjection() {
    fill();
    HistoryTrendPanel panel(current());
    panel.periodPicker()->setCurrentIndex(1);
    const TrendChartData &data = panel.chartView()->data();
    QCOMPARE(data.sourcePointCount, 48);
    QCOMPARE(data.xMinimum, utc("2026-03-01T00:00:00Z").toMSecsSinceEpoch());
    QVERIFY(data.projection.isEmpty());
    QCOMPARE(panel.forecastText(),
             QStringLiteral("Not the current reading's period: no forecast."));

    // A new reading keeps the earlier period chosen.
    m_clock.advance(3600);
    QVERIFY(m_live->serve(CannedUsageBodies::of(reading(m_clock.now(), 900000))));
    QCOMPARE(panel.periodPicker()->currentIndex(), 1);
    QCOMPARE(panel.chartView()->data().sourcePointCount, 48);
}

void HistoryTrendPanelTest::theChosenPeriodIsExportedAsCsv() {
    fill();
    HistoryTrendPanel panel(current());
    panel.periodPicker()->setCurrentIndex(1);
    const QString path = m_dir->filePath(QStringLiteral("march.csv"));
    QString error;
    QVERIFY2(panel.exportPeriodTo(path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(CsvSnapshotWriter::header()));
    const QStringList rows = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 48 * 2); // one row per unit per reading
    QVERIFY(rows.at(1).startsWith(QLatin1String("2026-03-30T00:00:00Z,")));
    QVERIFY(!text.contains(QLatin1String("2026-04-01T00:00:00Z,2026-04")));

    QVERIFY(!panel.exportPeriodTo(m_dir->filePath(QStringLiteral("no/such/folder/x.csv")), &error));
    QVERIFY(!error.isEmpty());
}

void HistoryTrendPanelTest::theExportActionWaitsForAReading() {
    HistoryTrendPanel panel(current());
    QVERIFY(!panel.exportHistoryAction()->isEnabled()); // nothing recorded yet
    QCOMPARE(panel.forecastText(), QStringLiteral("The trend appears after the first reading."));
    m_live->api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::of(reading(m_clock.now(), 10))));
    QVERIFY(m_live->start());
    QVERIFY(panel.exportHistoryAction()->isEnabled());
    QCOMPARE(panel.forecastText(), QStringLiteral("Forecast after 6 hours of readings"));
}

void HistoryTrendPanelTest::theMostConsumedUnitIsShownUntilOneIsPicked() {
    HistoryTrendPanel panel(current());
    panel.show();
    UsageSnapshot first = reading(m_clock.now(), 10); // trial 3 (no allocation), developer 0 %
    first.units.append({QStringLiteral("explorer_units"), 50.0, 100.0});
    m_live->api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::of(first)));
    QVERIFY(m_live->start());
    QCOMPARE(panel.unitKey(), QStringLiteral("explorer_units"));

    UsageSnapshot second = first;
    m_clock.advance(60);
    second.units[0].consumed = 1900000.0; // developer units now 95 %
    QVERIFY(m_live->serve(CannedUsageBodies::of(second)));
    QCOMPARE(panel.unitKey(), QStringLiteral("developer_units"));

    // Picked with the keyboard (units are listed by key), a unit stays even when another is
    // consumed faster.
    panel.unitPicker()->setFocus();
    QTest::keyClick(panel.unitPicker(), Qt::Key_Down);
    QCOMPARE(panel.unitKey(), QStringLiteral("explorer_units"));
    m_clock.advance(60);
    second.units[0].consumed = 1950000.0;
    QVERIFY(m_live->serve(CannedUsageBodies::of(second)));
    QCOMPARE(panel.unitKey(), QStringLiteral("explorer_units"));
}

void HistoryTrendPanelTest::withoutAStoreThePanelSaysSoAndStillDraws() {
    QFile blocker(m_dir->filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("the history could not be opened")));
    LiveReading live(m_clock, blocker.fileName() + QStringLiteral("/history.sqlite"));
    QVERIFY(!live.store().isOpen());

    HistoryTrendPanel panel(live.reading());
    panel.show();
    live.api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::of(reading(m_clock.now(), 1234))));
    QVERIFY(live.start());
    auto *status = panel.findChild<QLabel *>(QStringLiteral("historyStatusLabel"));
    QVERIFY(status && status->isVisible());
    QVERIFY(status->text().contains(QLatin1String("History is off")));
    QCOMPARE(panel.periodPicker()->count(), 1);
    QCOMPARE(panel.chartView()->data().consumption.size(), 1);
    QCOMPARE(panel.forecastText(), QStringLiteral("Forecast after 6 hours of readings"));
}

void HistoryTrendPanelTest::theCurrentReadingsPeriodComesFirstEvenBeforeALaterOne() {
    // May was recorded, and now the API reports April again (a period that has ended).
    QVERIFY(m_live->store().record(m_live->historyKey(), reading(utc("2026-05-03T12:00:00Z"), 5)));
    m_live->api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::of(reading(m_clock.now(), 7))));
    QVERIFY(m_live->start());
    HistoryTrendPanel panel(current());
    QCOMPARE(panel.periodPicker()->count(), 2);
    QCOMPARE(panel.periodPicker()->currentIndex(), 0);
    QCOMPARE(panel.periodPicker()->currentText(), QStringLiteral("1–30 Apr 2026"));
    QCOMPARE(panel.forecastText(), QStringLiteral("Forecast after 6 hours of readings"));
}

QTEST_MAIN(HistoryTrendPanelTest)
#include "HistoryTrendPanelTest.moc"
