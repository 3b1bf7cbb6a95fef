// The dashboard and the history store together: a real refresh (service against the loopback
// API) is recorded, at start the last recorded reading is shown, marked stale, at once, and a
// demo start fills in the month so far.
#include "app/DashboardHistory.h"
#include "app/HistoryTrendPanel.h"
#include "app/MainWindow.h"
#include "app/TrendChartView.h"
#include "core/Clock.h"
#include "core/api/UsageParser.h"
#include "core/api/UsageService.h"
#include "core/demo/DemoUsageServer.h"
#include "core/desktop/TrayStatus.h"
#include "core/history/HistoryStore.h"
#include "core/history/UsageHistory.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QDateTime utc(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class DashboardHistoryTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aSuccessfulRefreshIsRecorded();
    void theLastRecordedReadingShowsAtStartMarkedStale();
    void demoReadingsAreKeptApart();
    void aDemoStartShowsTheMonthSoFarAndAForecast();
    void theTrayToolTipCarriesTheForecast();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    void createDashboard();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedUsageApi> m_api;
    std::unique_ptr<UsageService> m_service;
    std::unique_ptr<UsageHistory> m_usage;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DashboardHistory> m_history;
};

void DashboardHistoryTest::initTestCase() {
    qputenv("TZ", "UTC");
}

void DashboardHistoryTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(utc("2026-04-14T09:30:00Z"));
    m_api = std::make_unique<ScriptedUsageApi>();
    QVERIFY(m_api->isListening());
}

void DashboardHistoryTest::createDashboard() {
    m_service = std::make_unique<UsageService>(*m_clock);
    QVERIFY(m_service->setBaseUrl(m_api->baseUrl()));
    m_service->setApiKey(QStringLiteral("test-key"));
    m_usage = std::make_unique<UsageHistory>(*m_clock);
    m_window = std::make_unique<MainWindow>(*m_service, *m_usage, *m_clock);
    m_history = std::make_unique<DashboardHistory>(*m_usage, *m_window, *m_clock, storePath());
}

void DashboardHistoryTest::cleanup() {
    m_history.reset();
    m_window.reset();
    m_usage.reset();
    m_service.reset();
    m_api.reset();
}

void DashboardHistoryTest::aSuccessfulRefreshIsRecorded() {
    createDashboard();
    QVERIFY(m_history->history().isOpen());
    m_history->useSource(m_api->baseUrl(), false);
    QVERIFY(!m_window->isShowingDashboard()); // nothing recorded yet

    m_api->enqueue(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
    QSignalSpy received(m_service.get(), &UsageService::snapshotReceived);
    QVERIFY(m_service->refreshNow());
    QVERIFY(received.wait());

    HistoryStore store(storePath(), *m_clock);
    QVERIFY(store.open());
    const auto latest = store.latestSnapshot(HistoryStore::sourceKey(m_api->baseUrl()));
    QVERIFY(latest);
    QCOMPARE(latest->unit(QStringLiteral("developer_units"))->consumed, 341523.0);
    QCOMPARE(m_history->forecastSummary(),
             QStringLiteral("Developer units: Forecast after 6 hours of readings"));
    QCOMPARE(m_window->trendPanel()->periodPicker()->count(), 1);
}

void DashboardHistoryTest::theLastRecordedReadingShowsAtStartMarkedStale() {
    {
        HistoryStore store(storePath(), *m_clock);
        QVERIFY(store.open());
        const UsageParseResult parsed =
            UsageParser::parse(CannedUsageBodies::unitPlan(), utc("2026-04-14T08:00:00Z"));
        QVERIFY(parsed.snapshot);
        QVERIFY(store.record(HistoryStore::sourceKey(m_api->baseUrl()), *parsed.snapshot));
    }
    createDashboard();
    m_history->useSource(m_api->baseUrl(), false);

    QVERIFY(m_window->isShowingDashboard());
    QVERIFY(m_window->isStale());
    // The over-time chart starts with the recorded reading.
    const auto *chart = m_window->findChild<TrendChartView *>(QStringLiteral("trendChart"));
    QCOMPARE(chart->data().consumption.size(), 1);
    QCOMPARE(chart->data().consumption.at(0).x(),
             double(utc("2026-04-14T08:00:00Z").toMSecsSinceEpoch()));
    QVERIFY(m_window->summaryText().contains(QLatin1String("341,523")));
    // What the tray shows until the first refresh returns.
    QCOMPARE(m_history->latestSnapshot()->receivedAt, utc("2026-04-14T08:00:00Z"));
}

void DashboardHistoryTest::demoReadingsAreKeptApart() {
    {
        HistoryStore store(storePath(), *m_clock);
        QVERIFY(store.open());
        const UsageParseResult parsed =
            UsageParser::parse(CannedUsageBodies::unitPlan(), utc("2026-04-14T08:00:00Z"));
        QVERIFY(store.record(HistoryStore::sourceKey(m_api->baseUrl()), *parsed.snapshot));
    }
    createDashboard();
    m_history->useSource(m_api->baseUrl(), true); // demo: the real API's reading is not shown
    QCOMPARE(m_history->history().source(), HistoryStore::demoSourceKey());
    QVERIFY(m_window->isShowingDashboard()); // the demo's own last hour
    QCOMPARE(m_history->latestSnapshot()->receivedAt, utc("2026-04-14T09:00:00Z"));
    QVERIFY(!m_window->summaryText().contains(QLatin1String("341,523")));
    // ... and the demo's made-up month stays out of the real API's history.
    HistoryStore store(storePath(), *m_clock);
    QVERIFY(store.open());
    QCOMPARE(store.readingsBetween(HistoryStore::sourceKey(m_api->baseUrl()), {}, {}).size(), 1);
}

void DashboardHistoryTest::aDemoStartShowsTheMonthSoFarAndAForecast() {
    const int monthSoFar = 13 * 24 + 10; // hourly from 1 Apr 00:00 to 14 Apr 09:00
    for (int run = 1; run <= 2; ++run) {
        DemoUsageServer demo(*m_clock);
        QVERIFY(demo.start());
        createDashboard();
        QVERIFY(m_service->setBaseUrl(demo.baseUrl()));
        m_service->setApiKey(DemoUsageServer::apiKey());
        m_history->useSource(demo.baseUrl(), true);

        // Before the first refresh: the month so far, the last hour shown as a recorded reading.
        QVERIFY(m_window->isShowingDashboard());
        QVERIFY(m_window->isStale());
        const auto *chart = m_window->findChild<TrendChartView *>(QStringLiteral("trendChart"));
        QCOMPARE(chart->data().sourcePointCount, monthSoFar + (run - 1));

        QSignalSpy received(m_service.get(), &UsageService::snapshotReceived);
        QVERIFY(m_service->refreshNow());
        QVERIFY(received.wait());
        QVERIFY(!m_window->isStale());
        // The live reading joins the past (once: a second start adds no copies of either).
        QCOMPARE(chart->data().sourcePointCount, monthSoFar + 1);
        QCOMPARE(chart->data().projection.size(), 2);
        QVERIFY2(m_history->forecastSummary().startsWith(
                     QLatin1String("Developer units: On track: about")),
                 qPrintable(m_history->forecastSummary()));
        cleanup();
        m_api = std::make_unique<ScriptedUsageApi>();
    }
}

void DashboardHistoryTest::theTrayToolTipCarriesTheForecast() {
    createDashboard();
    m_history->useSource(m_api->baseUrl(), false);
    m_api->enqueue(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
    QSignalSpy received(m_service.get(), &UsageService::snapshotReceived);
    QVERIFY(m_service->refreshNow());
    QVERIFY(received.wait());

    TrayStatus::Input input;
    input.hasKey = true;
    input.snapshot = m_service->lastSnapshot();
    input.forecast = m_history->forecastSummary();
    const QStringList lines = TrayStatus::from(input, *m_clock).toolTip.split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("Developer units: Forecast after 6 hours of readings")),
             qPrintable(lines.join(QLatin1Char('|'))));
}

QTEST_MAIN(DashboardHistoryTest)
#include "DashboardHistoryTest.moc"
