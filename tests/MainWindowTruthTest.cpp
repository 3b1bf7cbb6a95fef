// The window never shows a figure that is wrong, old or made up as current: each case driven
// through the real service and the scripted loopback API. A response without consumed_amounts is
// a banner that keeps the last good figures; a unit without a consumed amount reads "not
// reported"; an ended period is said plainly, without a countdown; a transient failure is retried
// quietly until it settles; the advice always goes with an enabled button; a recorded reading is
// never "Updated just now"; a trial never "resets".
#include "LiveWindow.h"
#include "app/MainWindow.h"
#include "app/UnitUsageBar.h"
#include "app/UsageBarsView.h"
#include "support/CannedUsageBodies.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime aprilTwentyFourth(QDate(2026, 4, 24), QTime(12, 0), Qt::UTC);

} // namespace

class MainWindowTruthTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aResponseWithoutConsumedAmountsIsABannerThatKeepsTheFigures_data();
    void aResponseWithoutConsumedAmountsIsABannerThatKeepsTheFigures();
    void aUnitWithoutAConsumedAmountReadsNotReported();
    void anEndedPeriodIsSaidPlainlyWithoutACountdown();
    void aTransientFailureIsRetriedQuietlyUntilItSettles();
    void theFirstAttemptFailingQuietlyIsSaidOnTheEmptyPage();
    void theAdviceAlwaysGoesWithAnEnabledButton();
    void anUnauthorizedKeyOffersSettings();
    void aServerThatAsksToWaitIsNotHurried();
    void aSuccessClearsTheBannerAndTheStaleMark();
    void aRecordedReadingIsNeverUpdatedJustNow();
    void aTrialNeverResets();

private:
    void start(const HttpResponse &response) { QVERIFY(m_w->serve(response)); }
    bool serve(const HttpResponse &response) { return m_w->serve(response); }
    const ReadingState &state() const { return m_w->state(); }
    QString labelText(const char *name) const { return m_w->labelText(name); }
    bool isVisible(const char *name) const;
    QList<UnitUsageBar *> bars() const;

    std::unique_ptr<LiveWindow> m_w;
};

void MainWindowTruthTest::initTestCase() {
    LiveWindow::prepareApplication(QStringLiteral("MainWindowTruthTest"));
}

void MainWindowTruthTest::init() {
    m_w = std::make_unique<LiveWindow>(aprilTwentyFourth);
    QVERIFY(m_w->live.api().isListening());
}

void MainWindowTruthTest::cleanup() {
    m_w.reset();
}

bool MainWindowTruthTest::isVisible(const char *name) const {
    const auto *widget = m_w->window->findChild<QWidget *>(QLatin1String(name));
    return widget && widget->isVisible();
}

QList<UnitUsageBar *> MainWindowTruthTest::bars() const {
    const auto *view = m_w->window->findChild<UsageBarsView *>(QStringLiteral("barsView"));
    return view ? view->bars() : QList<UnitUsageBar *>();
}

void MainWindowTruthTest::aResponseWithoutConsumedAmountsIsABannerThatKeepsTheFigures_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing") << CannedUsageBodies::withoutConsumedAmounts()
                             << QStringLiteral("consumed_amounts: missing");
    QTest::newRow("null") << CannedUsageBodies::withNullConsumedAmounts()
                          << QStringLiteral("consumed_amounts: expected an object, got null");
}

void MainWindowTruthTest::aResponseWithoutConsumedAmountsIsABannerThatKeepsTheFigures() {
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    start(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
    QVERIFY(serve(ScriptedUsageApi::ok(body)));

    QVERIFY(isVisible("errorBanner"));
    QVERIFY2(labelText("errorMessage").contains(problem), qPrintable(labelText("errorMessage")));
    // The last good figures stay, marked stale; never "0 of 2,000,000".
    QCOMPARE(bars().at(0)->text(),
             QStringLiteral("Developer units: 341,523 of 2,000,000 (17.1 %)"));
    QVERIFY(state().isStale());
    QVERIFY2(labelText("freshnessLabel").startsWith(QStringLiteral("Stale: last updated")),
             qPrintable(labelText("freshnessLabel")));
}

void MainWindowTruthTest::aUnitWithoutAConsumedAmountReadsNotReported() {
    start(ScriptedUsageApi::ok(CannedUsageBodies::explorerNotReported()));
    QCOMPARE(bars().size(), 2);
    QCOMPARE(bars().at(1)->text(),
             QStringLiteral("Explorer units: consumption not reported (allocation 100)"));
    QVERIFY(!bars().at(1)->hasBar());
    QVERIFY(!m_w->window->summaryText().contains(QStringLiteral("Explorer units: 0")));

    QString error;
    const QString path = m_w->dir.filePath(QStringLiteral("export.csv"));
    QVERIFY2(m_w->window->exportSnapshotTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // allocated 100, consumed empty, remaining and percent empty.
    QVERIFY(file.readAll().contains(",explorer_units,100,,,\r\n"));
}

void MainWindowTruthTest::anEndedPeriodIsSaidPlainlyWithoutACountdown() {
    // December 2026, and the server still reports April.
    m_w->clock.setNow(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    start(ScriptedUsageApi::ok(CannedUsageBodies::overAllocation()));
    QVERIFY(state().periodEnded);
    QCOMPARE(labelText("countdownLabel"),
             QStringLiteral("The API reports the period 1–30 Apr 2026, which ended 7 months ago; "
                            "the figures may be out of date."));
    QVERIFY(isVisible("countdownLabel"));
    for (const QLabel *label : m_w->window->findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(QStringLiteral("Reset")), qPrintable(label->text()));
        QVERIFY2(!label->text().contains(QStringLiteral("due")), qPrintable(label->text()));
    }
    QVERIFY(m_w->window->summaryText().contains(QStringLiteral("which ended 7 months ago")));

    // A period that ends while the window is open says so at its end, without a refresh.
    m_w->clock.setNow(aprilTwentyFourth);
    QVERIFY(serve(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan())));
    QVERIFY(!state().periodEnded);
    m_w->clock.setNow(QDateTime(QDate(2026, 5, 1), QTime(0, 0, 1), Qt::UTC));
    m_w->window->refreshTimeTexts();
    QVERIFY2(labelText("countdownLabel").contains(QStringLiteral("which ended just now")),
             qPrintable(labelText("countdownLabel")));
}

void MainWindowTruthTest::aTransientFailureIsRetriedQuietlyUntilItSettles() {
    start(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
    QVERIFY(serve(ScriptedUsageApi::status(503, "overloaded")));

    // The first 503: no red banner, the figures as they were, and when the next try goes.
    QVERIFY(!isVisible("errorBanner"));
    QCOMPARE(state().errorStatus, ReadingState::ErrorStatus::Retrying);
    QCOMPARE(labelText("freshnessLabel"), QStringLiteral("Updated just now"));
    QVERIFY2(QRegularExpression(QStringLiteral("^Retrying in \\d+ s$"))
                 .match(labelText("scheduleLabel"))
                 .hasMatch(),
             qPrintable(labelText("scheduleLabel")));

    QVERIFY(serve(ScriptedUsageApi::status(503, "overloaded")));
    QVERIFY(!isVisible("errorBanner"));
    // The third in a row, as many as the command line tries: now it is worth a banner.
    QVERIFY(serve(ScriptedUsageApi::status(503, "overloaded")));
    QCOMPARE(state().errorStatus, ReadingState::ErrorStatus::Settled);
    QVERIFY(isVisible("errorBanner"));
    QVERIFY(isVisible("errorRetryButton"));
    QVERIFY(m_w->window->findChild<QPushButton *>(QStringLiteral("errorRetryButton"))->isEnabled());
    QVERIFY2(labelText("errorAdvice").contains(QStringLiteral("3 attempts in a row failed.")),
             qPrintable(labelText("errorAdvice")));
    QVERIFY2(labelText("errorAdvice").contains(QStringLiteral("The app tries again in")),
             qPrintable(labelText("errorAdvice")));
    QVERIFY(labelText("freshnessLabel").startsWith(QStringLiteral("Stale")));
}

void MainWindowTruthTest::theFirstAttemptFailingQuietlyIsSaidOnTheEmptyPage() {
    start(ScriptedUsageApi::status(502));
    QVERIFY(!m_w->window->isShowingDashboard());
    QVERIFY(!isVisible("errorBanner"));
    QCOMPARE(labelText("emptyTitle"), QStringLiteral("Fetching usage…"));
    QVERIFY2(labelText("emptyText").startsWith(QStringLiteral("The first attempt failed: ")),
             qPrintable(labelText("emptyText")));
    QVERIFY2(labelText("emptyText").contains(QStringLiteral("Retrying in")),
             qPrintable(labelText("emptyText")));
}

void MainWindowTruthTest::theAdviceAlwaysGoesWithAnEnabledButton() {
    start(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
    QVERIFY(serve(ScriptedUsageApi::status(500, "database unavailable")));
    auto *retry = m_w->window->findChild<QPushButton *>(QStringLiteral("errorRetryButton"));
    QVERIFY(isVisible("errorBanner") && retry->isVisible() && retry->isEnabled());

    // While Try again runs, the button cannot be pressed again, and the advice says so instead
    // of suggesting it.
    HttpResponse slow = ScriptedUsageApi::status(500, "database unavailable");
    slow.delay = std::chrono::milliseconds(400);
    m_w->live.api().enqueue(slow);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(state().busy);
    QVERIFY(!retry->isEnabled());
    QCOMPARE(labelText("errorAdvice"), QStringLiteral("Trying again…"));
    QVERIFY(m_w->live.waitUntilIdle());
    QVERIFY(retry->isEnabled());
    QVERIFY(labelText("errorAdvice").contains(QStringLiteral("try again")));
}

void MainWindowTruthTest::anUnauthorizedKeyOffersSettings() {
    start(ScriptedUsageApi::status(401, "Invalid API key"));
    QVERIFY(!m_w->window->isShowingDashboard());
    QCOMPARE(labelText("emptyTitle"), QStringLiteral("No usage data yet"));
    QVERIFY(isVisible("errorSettingsButton"));
    QVERIFY(!isVisible("errorRetryButton"));
    QSignalSpy settingsRequested(m_w->window.get(), &MainWindow::settingsRequested);
    QTest::mouseClick(m_w->window->findChild<QPushButton *>(QStringLiteral("errorSettingsButton")),
                      Qt::LeftButton);
    QCOMPARE(settingsRequested.count(), 1);
}

void MainWindowTruthTest::aServerThatAsksToWaitIsNotHurried() {
    start(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
    for (int attempt = 0; attempt < 3; ++attempt)
        QVERIFY(serve(ScriptedUsageApi::status(429).withHeader("Retry-After", "600")));
    QVERIFY(isVisible("errorBanner"));
    // No Try again against a Retry-After: the advice says to wait, and when the app tries.
    QVERIFY(!isVisible("errorRetryButton"));
    QVERIFY2(labelText("errorAdvice").contains(QStringLiteral("The app tries again in 10 minutes")),
             qPrintable(labelText("errorAdvice")));
}

void MainWindowTruthTest::aSuccessClearsTheBannerAndTheStaleMark() {
    start(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
    QVERIFY(serve(ScriptedUsageApi::status(500)));
    QVERIFY(state().isStale());
    QVERIFY(serve(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits())));
    QVERIFY(!state().isStale());
    QVERIFY(!isVisible("errorBanner"));
    QCOMPARE(labelText("freshnessLabel"), QStringLiteral("Updated just now"));
    QCOMPARE(bars().size(), 1);
}

void MainWindowTruthTest::aRecordedReadingIsNeverUpdatedJustNow() {
    UsageSnapshot recorded;
    recorded.billingPeriodStart = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    recorded.billingPeriodEnd = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
    recorded.cadenceText = QStringLiteral("monthly");
    recorded.units = {UnitUsage{QStringLiteral("credits"), 9500.0, 10000.0}};
    recorded.receivedAt = aprilTwentyFourth.addSecs(-2 * 3600);
    QVERIFY(m_w->live.store().record(m_w->live.historyKey(), recorded));

    HttpResponse slow = ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits());
    slow.delay = std::chrono::milliseconds(300);
    m_w->live.api().enqueue(slow);
    m_w->live.reading().setSource(m_w->live.source());
    // Shown at once, and said to be what it is.
    QVERIFY(m_w->window->isShowingDashboard());
    QCOMPARE(state().freshness, ReadingState::Freshness::Restored);
    QCOMPARE(
        labelText("freshnessLabel"),
        QStringLiteral("Recorded reading of 24 Apr 10:00 AM (2 hours ago), not refreshed yet"));
    QCOMPARE(labelText("scheduleLabel"), QStringLiteral("Refreshing…"));
    QVERIFY(!isVisible("errorBanner"));
    QVERIFY(m_w->window->summaryText().endsWith(
        QStringLiteral("Stale: a recorded reading, not refreshed yet\n")));
    QCOMPARE(bars().at(0)->level(), UsageLevel::Critical);

    QVERIFY(m_w->live.waitUntilIdle());
    QCOMPARE(state().freshness, ReadingState::Freshness::Current);
    QCOMPARE(labelText("freshnessLabel"), QStringLiteral("Updated just now"));
}

void MainWindowTruthTest::aTrialNeverResets() {
    start(ScriptedUsageApi::ok(CannedUsageBodies::trialWithoutAllocation()));
    QCOMPARE(labelText("cadenceLabel"), QStringLiteral("Trial: no periodic allocation"));
    QCOMPARE(labelText("countdownLabel"),
             QStringLiteral("Billing period ends in 6 days, on 1 May"));
}

QTEST_MAIN(MainWindowTruthTest)
#include "MainWindowTruthTest.moc"
