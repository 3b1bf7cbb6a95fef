// MainWindow as a view of the current reading, driven through the real service and the scripted
// loopback API: what the unit cards, header, banner and status show for each documented plan shape
// and failure, the CSV export, and time taken from the injected clock. (What it says about
// freshness, retries and ended periods is in MainWindowTruthTest, its charts in
// MainWindowChartsTest.)
#include "app/MainWindow.h"
#include "LiveWindow.h"
#include "SampleSnapshots.h"
#include "app/charts/DetailChartView.h"
#include "app/dashboard/OrganizationDashboard.h"
#include "app/dashboard/UnitCard.h"
#include "app/dashboard/UnitCardGrid.h"
#include "app/dashboard/UnitDetailPanel.h"
#include "app/dashboard/UsageGauge.h"
#include "app/organizations/OrganizationsOverview.h"
#include "core/display/UsageTableModel.h"
#include "core/organizations/OrganizationReadings.h"
#include "support/CannedUsageBodies.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QDateTime aprilTwentyFourth(QDate(2026, 4, 24), QTime(12, 0), Qt::UTC);

// One expected card: its exact text, whether it has a bar, the share used (tenths of a percent),
// the level and the over-allocation figure.
struct ExpectedBar {
    QString text;
    bool hasBar = true;
    int value = 0;
    UsageLevel level = UsageLevel::Normal;
    QString overBy;
};

} // namespace

Q_DECLARE_METATYPE(ExpectedBar)

class MainWindowTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void cardsShowEachPlanShape_data();
    void cardsShowEachPlanShape();
    void emptyStateShowsUntilTheFirstSnapshot();
    void aStartWithRecordedFiguresLaysOutOnlyTheirPage();
    void appIconIsBuiltIntoTheBinary();
    void actionsThatNeedAKeyWaitForOne();
    void headerCountsDownWithTheInjectedClock();
    void unitThatAppearsGetsACard();
    void exportWritesTheSnapshotCsv();
    void exportFailsClearlyWithoutSnapshotOrWritableFolder();
    void demoModeLabelsTheWindowAndSummary();
    void actionsHaveTheirShortcuts();
    void tabReachesEveryControl();
    void nothingTicksWhileTheWindowIsHidden();
    void theRefreshIndicatorMovesNothing();
    void windowSizePersists();
    void windowSizePersistsWhenHiddenToTheTray();

private:
    void showBody(const QByteArray &body) { QVERIFY(m_w->show(body)); }
    // A failure the reading settles on at once (a 500 is not retried quietly).
    void fail(const HttpResponse &response) { QVERIFY(m_w->fail(response)); }
    QList<UnitCard *> bars() const;
    QString labelText(const char *name) const { return m_w->labelText(name); }
    const ReadingState &state() const { return m_w->state(); }

    std::unique_ptr<LiveWindow> m_w;
};

void MainWindowTest::initTestCase() {
    LiveWindow::prepareApplication(QStringLiteral("MainWindowTest"));
}

void MainWindowTest::init() {
    m_w = std::make_unique<LiveWindow>(aprilTwentyFourth);
    QVERIFY(m_w->dir.isValid());
    QVERIFY(m_w->live.api().isListening());
}

void MainWindowTest::cleanup() {
    m_w.reset();
}

QList<UnitCard *> MainWindowTest::bars() const {
    return m_w->window->dashboard()->cards()->cards();
}

void MainWindowTest::cardsShowEachPlanShape_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("cadence");
    QTest::addColumn<QList<ExpectedBar>>("expected");

    QTest::newRow("unit plan")
        << CannedUsageBodies::unitPlan() << QStringLiteral("Monthly allocation")
        << QList<ExpectedBar>{{QStringLiteral("Developer units: 341,523 of 2,000,000 (17.1 %)"),
                               true,
                               171,
                               UsageLevel::Normal,
                               {}},
                              {QStringLiteral("Explorer units: 12.5 of 100 (12.5 %)"),
                               true,
                               125,
                               UsageLevel::Normal,
                               {}}};
    QTest::newRow("legacy credits")
        << CannedUsageBodies::legacyCredits() << QStringLiteral("Monthly allocation")
        << QList<ExpectedBar>{{QStringLiteral("Credits: 4,321.5 of 10,000 (43.2 %)"),
                               true,
                               432,
                               UsageLevel::Normal,
                               {}}};
    QTest::newRow("trial without allocation")
        << CannedUsageBodies::trialWithoutAllocation()
        << QStringLiteral("Trial: no periodic allocation")
        << QList<ExpectedBar>{{QStringLiteral("Developer units: 1,234 used (no allocation)"),
                               false,
                               0,
                               UsageLevel::NoAllocation,
                               {}}};
    QTest::newRow("annual allocation")
        << CannedUsageBodies::annualAllocation()
        << QStringLiteral("Annual allocation — consumption is cumulative over the year")
        << QList<ExpectedBar>{{QStringLiteral("Developer units: 9,000,000 of 24,000,000 (37.5 %)"),
                               true,
                               375,
                               UsageLevel::Normal,
                               {}},
                              {QStringLiteral("Explorer units: 420 of 1,200 (35.0 %)"),
                               true,
                               350,
                               UsageLevel::Normal,
                               {}}};
    QTest::newRow("over allocation")
        << CannedUsageBodies::overAllocation() << QStringLiteral("Monthly allocation")
        << QList<ExpectedBar>{{QStringLiteral("Developer units: 1,900,000 of 2,000,000 (95.0 %)"),
                               true,
                               950,
                               UsageLevel::Critical,
                               {}},
                              {QStringLiteral("Explorer units: 131.75 of 100 (131.8 %)"), true,
                               1318, UsageLevel::Over, QStringLiteral("over by 31.75")}};
    QTest::newRow("unknown unit and cadence")
        << CannedUsageBodies::unknownUnit() << QStringLiteral("Allocation: quarterly")
        << QList<ExpectedBar>{{QStringLiteral("Ai units: 3 used (no allocation)"),
                               false,
                               0,
                               UsageLevel::NoAllocation,
                               {}},
                              {QStringLiteral("Sql units: 40 of 50 (80.0 %)"),
                               true,
                               800,
                               UsageLevel::Warning,
                               {}}};
}

void MainWindowTest::cardsShowEachPlanShape() {
    QFETCH(QByteArray, body);
    QFETCH(QString, cadence);
    QFETCH(QList<ExpectedBar>, expected);

    showBody(body);

    QVERIFY(m_w->window->isShowingDashboard());
    QCOMPARE(labelText("cadenceLabel"), cadence);
    const QList<UnitCard *> shown = bars();
    QCOMPARE(shown.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const ExpectedBar &want = expected.at(i);
        const UnitCard *card = shown.at(i);
        QCOMPARE(card->exactText(), want.text);
        QCOMPARE(card->gauge()->isVisibleTo(card), want.hasBar);
        QCOMPARE(card->gauge()->percent().has_value(), want.hasBar);
        if (want.hasBar)
            QCOMPARE(qRound(*card->gauge()->percent() * 10), want.value);
        QCOMPARE(card->overview().level, want.level);
        QCOMPARE(card->gauge()->level(), want.level);
        QCOMPARE(card->overview().overBy, want.overBy);
        // A screen reader hears the unit's name, then all its figures.
        QCOMPARE(card->accessibleName(), want.text.section(QLatin1Char(':'), 0, 0));
        QVERIFY2(card->accessibleDescription().contains(want.text.section(QStringLiteral(": "), 1)),
                 qPrintable(card->accessibleDescription()));
    }

    // Shown again, the same cards are updated in place (focus and selection survive), and the
    // detail chart still holds one set of axes (no piled-up labels).
    showBody(body);
    QCOMPARE(bars(), shown);
    QCOMPARE(m_w->window->detailPanel()->chartView()->chart()->axes().size(), 2);
}

void MainWindowTest::emptyStateShowsUntilTheFirstSnapshot() {
    QVERIFY(!m_w->window->isShowingDashboard());
    QVERIFY(!m_w->window->exportAction()->isEnabled());
    QVERIFY(!m_w->window->copySummaryAction()->isEnabled());
    QCOMPARE(labelText("emptyTitle"), QStringLiteral("No API key is set"));
    QVERIFY(bars().isEmpty());
    m_w->live.reading().setSource(m_w->live.source()); // the first request is on its way
    QCOMPARE(labelText("emptyTitle"), QStringLiteral("Fetching usage…"));
    QVERIFY(m_w->live.waitUntilIdle());

    showBody(CannedUsageBodies::unitPlan());
    QVERIFY(m_w->window->isShowingDashboard());
    QVERIFY(m_w->window->exportAction()->isEnabled());
    QVERIFY(m_w->window->copySummaryAction()->isEnabled());
}

void MainWindowTest::actionsThatNeedAKeyWaitForOne() {
    // The welcome view: no key, no snapshot. Nothing to refresh, export or copy.
    m_w->window->setWelcomeWidget(new QLabel(QStringLiteral("Welcome")));
    QVERIFY(!m_w->window->isShowingDashboard());
    QVERIFY(!m_w->window->refreshAction()->isEnabled());
    QVERIFY(!m_w->window->exportAction()->isEnabled());
    QVERIFY(!m_w->window->copySummaryAction()->isEnabled());
    // Settings (to enter the key), About and Quit always work.
    QVERIFY(m_w->window->settingsAction()->isEnabled());
    QVERIFY(m_w->window->aboutAction()->isEnabled());
    QVERIFY(m_w->window->quitAction()->isEnabled());

    // A key entered: the first refresh goes at once; while it runs a second would only queue.
    m_w->live.api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
    m_w->live.reading().setSource(m_w->live.source());
    QVERIFY(!m_w->window->refreshAction()->isEnabled());
    QVERIFY(!m_w->window->exportAction()->isEnabled());
    QVERIFY(m_w->live.waitUntilIdle());
    QVERIFY(m_w->window->refreshAction()->isEnabled());
    QVERIFY(m_w->window->exportAction()->isEnabled());
    QVERIFY(m_w->window->copySummaryAction()->isEnabled());
}

void MainWindowTest::headerCountsDownWithTheInjectedClock() {
    showBody(CannedUsageBodies::unitPlan());
    QCOMPARE(labelText("countdownLabel"), QStringLiteral("Resets in 6 days, on 1 May"));
    QCOMPARE(labelText("periodsLabel"),
             QStringLiteral("Billing period: 1–30 Apr 2026  ·  Allocation period: 1–30 Apr 2026"));
    QCOMPARE(labelText("freshnessLabel"), QStringLiteral("Updated just now"));

    m_w->clock.advance(3 * 24 * 3600 + 150);
    m_w->window->refreshTimeTexts();
    QCOMPARE(labelText("countdownLabel"), QStringLiteral("Resets in 3 days, on 1 May"));
    QCOMPARE(labelText("freshnessLabel"), QStringLiteral("Updated 3 days ago"));

    m_w->clock.setNow(QDateTime(QDate(2026, 4, 30), QTime(19, 0), Qt::UTC));
    m_w->window->refreshTimeTexts();
    QCOMPARE(labelText("countdownLabel"), QStringLiteral("Resets in 5 hours, on 1 May"));
}

void MainWindowTest::unitThatAppearsGetsACard() {
    showBody(CannedUsageBodies::legacyCredits());
    QCOMPARE(bars().size(), 1);
    UnitCard *credits = bars().at(0);

    showBody(CannedUsageBodies::unitPlan());
    QCOMPARE(bars().size(), 2);
    QVERIFY(!bars().contains(credits)); // the vanished unit's card is gone
    QCOMPARE(bars().at(0)->exactText(),
             QStringLiteral("Developer units: 341,523 of 2,000,000 (17.1 %)"));
}

void MainWindowTest::exportWritesTheSnapshotCsv() {
    showBody(CannedUsageBodies::unitPlan());
    QCOMPARE(m_w->window->proposedExportFileName(), QStringLiteral("allium-usage-2026-04-24.csv"));

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(m_w->window->proposedExportFileName());
    QString error;
    QVERIFY2(m_w->window->exportSnapshotTo(path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected =
        "captured_at,billing_period_start,billing_period_end,allocation_period_start,"
        "allocation_period_end,allocation_cadence,unit,allocated,consumed,remaining,percent_"
        "used\r\n"
        "2026-04-24T12:00:00Z,2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,2026-04-01T00:00:00Z,"
        "2026-05-01T00:00:00Z,monthly,developer_units,2000000,341523,1658477,17.08\r\n"
        "2026-04-24T12:00:00Z,2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,2026-04-01T00:00:00Z,"
        "2026-05-01T00:00:00Z,monthly,explorer_units,100,12.5,87.5,12.50\r\n";
    QCOMPARE(file.readAll(), expected);
    // Atomic: nothing but the file itself is left in the folder.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{m_w->window->proposedExportFileName()});
}

void MainWindowTest::exportFailsClearlyWithoutSnapshotOrWritableFolder() {
    QTemporaryDir folder;
    QString error;
    QVERIFY(!m_w->window->exportSnapshotTo(folder.filePath(QStringLiteral("a.csv")), &error));
    QCOMPARE(error, QStringLiteral("There is no snapshot to export yet."));

    showBody(CannedUsageBodies::unitPlan());
    const QString missing = folder.filePath(QStringLiteral("no/such/folder/a.csv"));
    QVERIFY(!m_w->window->exportSnapshotTo(missing, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write ")), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
}

void MainWindowTest::demoModeLabelsTheWindowAndSummary() {
    showBody(CannedUsageBodies::unitPlan());
    QVERIFY(!m_w->window->summaryText().contains(QStringLiteral("Demo data")));
    QVERIFY(!m_w->window->windowTitle().contains(QStringLiteral("Demo data")));
    QVERIFY(!m_w->window->findChild<QWidget *>(QStringLiteral("demoBanner"))->isVisible());

    // The demo is a source of its own (here played by the scripted API): labelled everywhere.
    m_w->live.api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
    m_w->live.reading().setSource(
        ReadingSource::forDemo(m_w->live.api().baseUrl(), QStringLiteral("demo")));
    QVERIFY(m_w->live.waitUntilIdle());
    QVERIFY(m_w->window->findChild<QWidget *>(QStringLiteral("demoBanner"))->isVisible());
    QVERIFY(m_w->window->windowTitle().contains(QStringLiteral("Demo data")));
    const QString summary = m_w->window->summaryText();
    QVERIFY(summary.startsWith(QStringLiteral("Demo data")));
    QVERIFY(summary.contains(QStringLiteral("Developer units: 341,523 of 2,000,000 (17.1 %)\n")));
}

void MainWindowTest::actionsHaveTheirShortcuts() {
    QCOMPARE(m_w->window->refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(m_w->window->exportAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QCOMPARE(m_w->window->copySummaryAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+C")));
    QCOMPARE(m_w->window->quitAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));

    // F5 refreshes through the real service.
    showBody(CannedUsageBodies::unitPlan());
    QSignalSpy received(&m_w->live.reading(), &CurrentReading::readingReceived);
    QVERIFY(QTest::qWaitForWindowExposed(m_w->window.get()));
    m_w->window->activateWindow();
    QTest::keyClick(m_w->window.get(), Qt::Key_F5);
    QVERIFY(received.wait(5000));
    QCOMPARE(m_w->live.api().requestCount(), 2);
}

void MainWindowTest::tabReachesEveryControl() {
    // A recorded March, so that the period picker has a choice to offer (and is enabled).
    UsageSnapshot march = SampleSnapshots::monthly();
    march.billingPeriodStart = march.allocationPeriodStart = SampleSnapshots::utc(2026, 3, 1);
    march.billingPeriodEnd = march.allocationPeriodEnd = SampleSnapshots::utc(2026, 4, 1);
    march.receivedAt = SampleSnapshots::utc(2026, 3, 31, 12);
    QVERIFY(m_w->live.store().record(m_w->live.historyKey(), march));
    showBody(CannedUsageBodies::unitPlan());
    fail(ScriptedUsageApi::status(500)); // the banner, with Try again

    m_w->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_w->window.get()));
    QSet<QString> reached;
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                    : static_cast<QWidget *>(m_w->window.get()),
                        Qt::Key_Tab);
        if (QWidget *focus = QApplication::focusWidget())
            reached.insert(focus->objectName());
    }
    for (const char *name :
         {"errorRetryButton", "errorDismissButton", "unitCard", "periodPicker", "detailChart"})
        QVERIFY2(reached.contains(QLatin1String(name)), name);
}

void MainWindowTest::nothingTicksWhileTheWindowIsHidden() {
    showBody(CannedUsageBodies::unitPlan());
    const auto *timer = m_w->window->findChild<QTimer *>(QStringLiteral("timeTextTimer"));
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    m_w->window->hide();
    QVERIFY(!timer->isActive());
    // A refresh while hidden does not start it either.
    showBody(CannedUsageBodies::unitPlan());
    QVERIFY(!timer->isActive());
    m_w->window->show();
    QVERIFY(timer->isActive());
}

void MainWindowTest::theRefreshIndicatorMovesNothing() {
    // It shows while a refresh is on its way, in room kept for it: the status line does not
    // jump, and the window is not laid out anew (the detail chart resized and redrawn) twice a
    // refresh.
    showBody(CannedUsageBodies::unitPlan());
    QVERIFY(QTest::qWaitForWindowExposed(m_w->window.get()));
    auto *busy = m_w->window->statusBar()->findChild<QProgressBar *>();
    auto *schedule = m_w->window->findChild<QLabel *>(QStringLiteral("scheduleLabel"));
    QVERIFY(busy && schedule);
    QVERIFY(!busy->isVisible());
    QCoreApplication::sendPostedEvents(); // the status bar settled
    const QRect scheduleAt = schedule->geometry();
    const QRect dashboardAt = m_w->window->dashboard()->geometry();
    busy->show();
    QCoreApplication::sendPostedEvents(); // any layout request it made
    QCOMPARE(schedule->geometry(), scheduleAt);
    QCOMPARE(m_w->window->dashboard()->geometry(), dashboardAt);
    busy->hide();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(schedule->geometry(), scheduleAt);
}

void MainWindowTest::windowSizePersists() {
    m_w->window->resize(700, 650);
    m_w->window->close();
    MainWindow second(m_w->live.reading(), m_w->settings, m_w->clock);
    QCOMPARE(second.size(), QSize(700, 650));
}

void MainWindowTest::windowSizePersistsWhenHiddenToTheTray() {
    m_w->window->resize(720, 610);
    m_w->window->hide(); // what close-to-tray does instead of closing
    MainWindow second(m_w->live.reading(), m_w->settings, m_w->clock);
    QCOMPARE(second.size(), QSize(720, 610));
}

void MainWindowTest::aStartWithRecordedFiguresLaysOutOnlyTheirPage() {
    // As the app starts: the window is built on a reading without a source, then given the
    // organization's, whose recorded figures come at once. A stack of pages lays out every page it
    // holds, so the first frame makes neither the page saying there are no figures nor the
    // organizations' overview; each is made when it is first shown.
    m_w.reset();
    QTemporaryDir dir;
    const ManualClock clock(aprilTwentyFourth);
    LiveReading live(clock, dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(live.store().record(live.historyKey(), SampleSnapshots::monthly()));
    CurrentReading idle(&live.store(), clock);
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(idle, settings, clock);
    OrganizationReadings readings(&live.store(), clock);
    auto *overview = new OrganizationsOverview(readings, settings, clock);
    window.setOverview(overview);
    live.reading().setSource(live.source());
    window.setReading(live.reading());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(live.reading().state().freshness, ReadingState::Freshness::Restored);
    QVERIFY(window.isShowingDashboard());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("emptyPage")));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    QCOMPARE(pages->indexOf(overview), -1);
    QVERIFY(!overview->isVisible());

    window.setOverviewState(true, true);
    QVERIFY(window.isShowingOverview());
    QCOMPARE(pages->currentWidget(), overview);
    window.setOverviewState(true, false);
    live.reading().clearSource();
    QVERIFY(!window.isShowingDashboard());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("emptyPage")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("emptyTitle"))->text(),
             QStringLiteral("No API key is set"));
}

void MainWindowTest::appIconIsBuiltIntoTheBinary() {
    // DesktopApp falls back to this icon when no icon theme has the installed one.
    const QIcon icon(QStringLiteral(":/icons/" ALLIUM_APP_ID ".svg"));
    QVERIFY2(!icon.isNull(), "the SVG app icon is not in the resources");
    const QImage image = icon.pixmap(48, 48).toImage();
    QCOMPARE(image.size(), QSize(48, 48));
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    QVERIFY2(opaque > 48 * 48 / 2, "the icon rendered mostly transparent");
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
