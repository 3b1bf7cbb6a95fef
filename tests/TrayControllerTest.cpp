// The tray as a view of a real CurrentReading fed by the scripted loopback API: tooltip and icon
// follow the reading, crossed thresholds notify once (several units in one notification, named
// after the organization when asked to), left
// click toggles the window, closing hides to the tray only when there is one, and without a tray
// the window carries a note instead of a modal box, until a tray host appears on the bus. With
// several organizations (each its own loopback server) the icon shows the worst, the tooltip and
// the menu list each one, a failing one hides none of the others, and the menu chooses the shown.
// The menu opens with the shown organization's units and reset; the icon is drawn only when its
// look changes, and nothing ticks without a tray.
#include "app/tray/TrayController.h"
#include "app/MainWindow.h"
#include "app/dashboard/OrganizationDashboard.h"
#include "app/tray/DesktopNotifier.h"
#include "app/tray/TrayHost.h"
#include "core/Clock.h"
#include "core/api/UsageParser.h"
#include "core/desktop/ThresholdNotifier.h"
#include "core/desktop/TrayStatus.h"
#include "core/history/HistoryStore.h"
#include "core/organizations/OrganizationReadings.h"
#include "core/reading/CurrentReading.h"
#include "core/reading/ReadingText.h"
#include "core/settings/AppSettings.h"
#include "support/CannedUsageBodies.h"
#include "support/LiveReading.h"
#include "support/RecordingNotificationServer.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

// 1,600,000 of 2,000,000 developer units: 80 %, past the default warning threshold.
QByteArray eightyPercent() {
    return QByteArrayLiteral(R"({
        "billing_period_start": "2026-04-01T00:00:00Z", "billing_period_end": "2026-05-01T00:00:00Z",
        "allocation_period_start": "2026-04-01T00:00:00Z", "allocation_period_end": "2026-05-01T00:00:00Z",
        "allocation_cadence": "monthly",
        "allocation_amounts": {"developer_units": 2000000, "explorer_units": 100},
        "consumed_amounts": {"developer_units": 1600000, "explorer_units": 12.5}})");
}

} // namespace

class TrayControllerTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC)};

    struct Fixture {
        Fixture(const QString &dir, const Clock &clock, std::optional<bool> trayAvailable)
            : settings(dir + QStringLiteral("/settings.ini"))
            , live(clock, dir + QStringLiteral("/history.sqlite"))
            , window(live.reading(), settings, clock)
            , host(makeHost(trayAvailable))
            , tray(window, live.reading(), settings, *host, clock,
                   dir + QStringLiteral("/notifications.ini")) {
            // As the composition root does: each new reading goes to the notifier.
            QObject::connect(&live.reading(), &CurrentReading::readingReceived, &tray,
                             [this](const UsageSnapshot &snapshot) {
                                 tray.observe(live.historyKey(), snapshot);
                             });
        }
        ~Fixture() { window.hide(); }
        static std::unique_ptr<TrayHost> makeHost(std::optional<bool> available) {
            auto host = std::make_unique<TrayHost>();
            host->overrideAvailable(available);
            return host;
        }
        AppSettings settings;
        LiveReading live;
        MainWindow window;
        std::unique_ptr<TrayHost> host;
        TrayController tray;
    };

    // Production and Staging, each read from its own loopback server; the window and the tray
    // show Production's reading, and the tray watches both.
    struct TwoOrganizations {
        TwoOrganizations(const QString &dir, const Clock &clock, bool trayAvailable = true)
            : settings(dir + QStringLiteral("/settings.ini"))
            , store(dir + QStringLiteral("/history.sqlite"), clock)
            , readings(&store, clock)
            , window(*startReadings(readings, production, staging), settings, clock)
            , host(Fixture::makeHost(trayAvailable))
            , tray(window, *readings.reading(QStringLiteral("p")), settings, *host, clock,
                   dir + QStringLiteral("/notifications.ini")) {
            tray.watchOrganizations(readings);
        }
        ~TwoOrganizations() { window.hide(); }
        static CurrentReading *startReadings(OrganizationReadings &readings,
                                             ScriptedUsageApi &production,
                                             ScriptedUsageApi &staging) {
            readings.setRequestSpacing(std::chrono::milliseconds(20));
            readings.setOrganizations(
                {organization(QStringLiteral("p"), QStringLiteral("Production"),
                              production.baseUrl()),
                 organization(QStringLiteral("s"), QStringLiteral("Staging"), staging.baseUrl())});
            return readings.reading(QStringLiteral("p"));
        }
        static Organization organization(const QString &id, const QString &name, const QUrl &url) {
            Organization o;
            o.id = id;
            o.name = name;
            o.baseUrl = url;
            return o;
        }
        // Both keys given; true once both have a reading or a settled error.
        bool start() {
            readings.setKey(QStringLiteral("p"), QStringLiteral("production-key"));
            readings.setKey(QStringLiteral("s"), QStringLiteral("staging-key"));
            return QTest::qWaitFor(
                [this] {
                    for (CurrentReading *reading : readings.readings()) {
                        const ReadingState &state = reading->state();
                        if (state.busy || (!state.snapshot && !ReadingText::showsBanner(state)))
                            return false;
                    }
                    return true;
                },
                10'000);
        }
        QList<QAction *> organizationActions() const {
            QList<QAction *> found;
            for (QAction *action : tray.menu()->actions()) {
                if (!action->data().toString().isEmpty())
                    found.append(action);
            }
            return found;
        }
        ScriptedUsageApi production;
        ScriptedUsageApi staging;
        AppSettings settings;
        HistoryStore store;
        OrganizationReadings readings;
        MainWindow window;
        std::unique_ptr<TrayHost> host;
        TrayController tray;
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() {
        m_clock.setNow(QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC));
        for (const char *name : {"settings.ini", "notifications.ini", "history.sqlite"})
            QFile::remove(m_dir.filePath(QLatin1String(name)));
    }

    void iconAndTooltipFollowTheReading() {
        Fixture f(m_dir.path(), m_clock, true);
        QVERIFY(f.tray.trayIcon());
        QCOMPARE(f.tray.status().look, TrayStatus::Look::NoKey);
        QVERIFY(f.tray.trayIcon()->toolTip().contains(QStringLiteral("No API key")));

        f.live.api().enqueue(ScriptedUsageApi::ok(eightyPercent()));
        QVERIFY(f.live.start());
        const TrayStatus status = f.tray.status();
        QCOMPARE(status.look, TrayStatus::Look::Usage);
        QCOMPARE(status.level, UsageLevel::Warning);
        QCOMPARE(status.percent, 80.0);
        QVERIFY(f.tray.trayIcon()->toolTip().contains(QStringLiteral("Developer units: 80")));
        QVERIFY(f.tray.trayIcon()->toolTip().contains(QStringLiteral("Explorer units: 12.5")));
        QVERIFY(!f.tray.trayIcon()->icon().isNull());

        // A rejected key keeps the reading, marked stale, with the error in the tooltip.
        QVERIFY(f.live.serve(ScriptedUsageApi::status(401, "Invalid API key")));
        QCOMPARE(f.tray.status().look, TrayStatus::Look::Stale);
        QVERIFY(f.tray.trayIcon()->toolTip().contains(QStringLiteral("Invalid API key")));
    }

    void crossedThresholdNotifiesOnce() {
        Fixture f(m_dir.path(), m_clock, true);
        QSignalSpy notified(&f.tray, &TrayController::notified);
        f.live.api().setFallback(ScriptedUsageApi::ok(eightyPercent()));
        QVERIFY(f.live.start());
        QCOMPARE(notified.size(), 1);
        const auto n = notified.at(0).at(0).value<ThresholdNotification>();
        QCOMPARE(n.level, ThresholdNotification::Level::Warning);
        QCOMPARE(n.unitKeys(), QStringList{QStringLiteral("developer_units")});
        QVERIFY(f.live.serve(eightyPercent()));
        QCOMPARE(notified.size(), 1);
    }

    void twoUnitsCrossingAtOnceAreNamedInOneNotification() {
        Fixture f(m_dir.path(), m_clock, true);
        QSignalSpy notified(&f.tray, &TrayController::notified);
        // Developer units at 95 % (critical) and explorer units at 131.75 % (over): one refresh.
        f.live.api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::overAllocation()));
        QVERIFY(f.live.start());
        QCOMPARE(notified.size(), 1);
        const auto n = notified.at(0).at(0).value<ThresholdNotification>();
        QCOMPARE(n.unitKeys(), (QStringList{QStringLiteral("developer_units"),
                                            QStringLiteral("explorer_units")}));
        QVERIFY2(n.body.contains(QStringLiteral("Developer units at 95 %")), qPrintable(n.body));
        QVERIFY2(n.body.contains(QStringLiteral("Explorer units over the allocation")),
                 qPrintable(n.body));
    }

    void aNotificationNamesTheOrganizationItIsAbout() {
        Fixture f(m_dir.path(), m_clock, true);
        QSignalSpy notified(&f.tray, &TrayController::notified);
        const UsageSnapshot snapshot =
            UsageParser::parse(eightyPercent(), m_clock.now()).snapshot.value();
        f.tray.observe(QStringLiteral("staging-id"), snapshot, QStringLiteral("Staging"));
        f.tray.observe(QStringLiteral("production-id"), snapshot, QStringLiteral("Production"));
        QCOMPARE(notified.size(), 2);
        const auto staging = notified.at(0).at(0).value<ThresholdNotification>();
        QCOMPARE(staging.organization, QStringLiteral("Staging"));
        QVERIFY2(staging.title.startsWith(QStringLiteral("Staging: Developer units at 80")),
                 qPrintable(staging.title));
        QVERIFY(notified.at(1).at(0).value<ThresholdNotification>().title.startsWith(
            QStringLiteral("Production: ")));
    }

    void pointedAtAnotherReadingTheIconFollowsThatOne() {
        Fixture f(m_dir.path(), m_clock, true);
        f.live.api().enqueue(ScriptedUsageApi::ok(eightyPercent()));
        QVERIFY(f.live.start());
        QCOMPARE(f.tray.status().look, TrayStatus::Look::Usage);
        CurrentReading other(nullptr, m_clock); // an organization without a key
        f.tray.setReading(other);
        QCOMPARE(f.tray.status().look, TrayStatus::Look::NoKey);
        // The previous reading no longer moves the icon.
        QVERIFY(f.live.serve(ScriptedUsageApi::status(401, "Invalid API key")));
        QCOMPARE(f.tray.status().look, TrayStatus::Look::NoKey);
        f.tray.setReading(f.live.reading());
        QCOMPARE(f.tray.status().look, TrayStatus::Look::Stale);
    }

    void theIconShowsTheWorstOrganizationAndTheMenuListsEach() {
        TwoOrganizations f(m_dir.path(), m_clock);
        f.production.setFallback(ScriptedUsageApi::ok(eightyPercent()));
        f.staging.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
        QVERIFY(f.start());
        QCOMPARE(f.tray.status().level, UsageLevel::Warning);
        QCOMPARE(f.tray.status().percent, 80.0);
        const QString tip = f.tray.trayIcon()->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Production — Developer units 80.0 %")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Staging — Developer units 17.1 %")), qPrintable(tip));
        QList<QAction *> entries = f.organizationActions();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)->text(), QStringLiteral("Production — Developer units 80.0 %"));
        QVERIFY(entries.at(0)->isChecked()); // the one the window shows
        QVERIFY(!entries.at(1)->isChecked());
        QVERIFY(!entries.at(1)->icon().isNull());

        // Staging goes over its allocation: the icon follows it, though the window shows
        // Production.
        f.staging.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::overAllocation()));
        QVERIFY(f.readings.reading(QStringLiteral("s"))->refreshNow());
        QTRY_COMPARE_WITH_TIMEOUT(f.tray.status().level, UsageLevel::Over, 5'000);
        QVERIFY(f.tray.status().percent > 100.0);
        QVERIFY(f.organizationActions().at(1)->text().startsWith(QStringLiteral("Staging — ")));
    }

    void theEntriesAreWorkedOutOnlyForATrayAndDrawnOnlyWhenTheirLookChanges() {
        TwoOrganizations without(m_dir.path(), m_clock, false);
        without.production.setFallback(ScriptedUsageApi::ok(eightyPercent()));
        without.staging.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
        QVERIFY(without.start());
        // Nothing shows the menu: nothing is worked out, let alone drawn.
        QVERIFY(without.organizationActions().isEmpty());
        QCOMPARE(without.tray.iconRenderCount(), 0);
        // A tray that appears gets every entry, drawn once.
        without.host->overrideAvailable(true);
        QCOMPARE(without.organizationActions().size(), 2);
        QVERIFY(without.organizationActions().at(0)->isChecked());
        QVERIFY(!without.organizationActions().at(1)->icon().isNull());
        QCOMPARE(without.tray.iconRenderCount(), 3);

        TwoOrganizations f(m_dir.path(), m_clock);
        f.production.setFallback(ScriptedUsageApi::ok(eightyPercent()));
        f.staging.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
        QVERIFY(f.start());
        const int drawn = f.tray.iconRenderCount();
        QVERIFY(drawn >= 3); // the icon and each entry's gauge
        QVERIFY(!f.organizationActions().at(1)->icon().isNull());
        // The same figures again: nothing is drawn again.
        QSignalSpy changed(f.readings.reading(QStringLiteral("s")), &CurrentReading::changed);
        QVERIFY(f.readings.reading(QStringLiteral("s"))->refreshNow());
        QTRY_VERIFY_WITH_TIMEOUT(
            !f.readings.reading(QStringLiteral("s"))->state().busy && changed.size() >= 2, 5'000);
        QCOMPARE(f.tray.iconRenderCount(), drawn);
        // Staging over its allocation: its entry and the icon are drawn again, Production's not.
        f.staging.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::overAllocation()));
        QVERIFY(f.readings.reading(QStringLiteral("s"))->refreshNow());
        QTRY_COMPARE_WITH_TIMEOUT(f.tray.status().level, UsageLevel::Over, 5'000);
        QCOMPARE(f.tray.iconRenderCount(), drawn + 2);
    }

    void aFailingOrganizationHidesNoneOfTheOthersInTheTray() {
        TwoOrganizations f(m_dir.path(), m_clock);
        f.production.setFallback(ScriptedUsageApi::status(401, "Invalid API key"));
        f.staging.setFallback(ScriptedUsageApi::ok(eightyPercent()));
        QVERIFY(f.start());
        // The window shows Production's failure; the tray still shows Staging's 80 %, with the
        // badge that says that something is not current.
        const TrayStatus status = f.tray.status();
        QCOMPARE(status.look, TrayStatus::Look::Usage);
        QCOMPARE(status.level, UsageLevel::Warning);
        QVERIFY(status.someNotCurrent);
        const QString tip = f.tray.trayIcon()->toolTip();
        QVERIFY2(tip.contains(
                     QStringLiteral("Production — Refresh failed: API key rejected (HTTP 401)")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Staging — Developer units 80.0 %")), qPrintable(tip));
        // And Staging goes on refreshing, its figures moving the tray.
        f.staging.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::overAllocation()));
        QVERIFY(f.readings.reading(QStringLiteral("s"))->refreshNow());
        QTRY_COMPARE_WITH_TIMEOUT(f.tray.status().level, UsageLevel::Over, 5'000);
    }

    void choosingAnOrganizationInTheMenuAsksToShowIt() {
        TwoOrganizations f(m_dir.path(), m_clock);
        f.production.setFallback(ScriptedUsageApi::ok(eightyPercent()));
        f.staging.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
        QVERIFY(f.start());
        QSignalSpy chosen(&f.tray, &TrayController::organizationChosen);
        f.organizationActions().at(1)->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("s"));
        // Shown from now on (as the composition root does): the tick moves with it.
        f.window.setReading(*f.readings.reading(QStringLiteral("s")));
        f.tray.setReading(*f.readings.reading(QStringLiteral("s")));
        QVERIFY(!f.organizationActions().at(0)->isChecked());
        QVERIFY(f.organizationActions().at(1)->isChecked());

        // Down to one organization, the tray looks as it always did: no list.
        f.readings.setOrganizations({TwoOrganizations::organization(
            QStringLiteral("s"), QStringLiteral("Staging"), f.staging.baseUrl())});
        QVERIFY(f.organizationActions().isEmpty());
        QVERIFY(f.tray.trayIcon()->toolTip().startsWith(
            QStringLiteral("Allium Usage\nDeveloper units: 17.1")));
    }

    void withoutATrayTheNotificationGoesToTheDesktopService_data() {
        QTest::addColumn<bool>("enabled");
        QTest::newRow("notifications on: the service shows it") << true;
        QTest::newRow("notifications off: nothing is shown") << false;
    }

    void withoutATrayTheNotificationGoesToTheDesktopService() {
        QFETCH(bool, enabled);
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP(
                "No session bus: run the tests through scripts/test, which starts a private one.");
        RecordingNotificationServer server;
        QVERIFY2(server.isRegistered(), qPrintable(server.problem()));
        Fixture f(m_dir.path(), m_clock, false);
        f.settings.setNotificationsEnabled(enabled);
        QSignalSpy notified(&f.tray, &TrayController::notified);
        QSignalSpy received(&server, &RecordingNotificationServer::notified);
        f.live.api().enqueue(ScriptedUsageApi::ok(eightyPercent()));
        QVERIFY(f.live.start());
        QCOMPARE(notified.size(), 1);
        // Off: wait as long as a delivery takes here, and see that none comes.
        QCOMPARE(received.wait(enabled ? 5'000 : 300), enabled);
        QCOMPARE(server.received().size(), enabled ? 1 : 0);
        if (enabled) {
            const auto n = notified.at(0).at(0).value<ThresholdNotification>();
            QCOMPARE(server.received().constFirst().summary, n.title);
            QCOMPARE(server.received().constFirst().body, n.body);
        }
    }

    void menuOffersTheDashboardActions() {
        Fixture f(m_dir.path(), m_clock, true);
        const QList<QAction *> actions = f.tray.menu()->actions();
        QVERIFY(actions.contains(f.window.refreshAction()));
        QVERIFY(actions.contains(f.window.exportAction()));
        QVERIFY(actions.contains(f.window.settingsAction()));
        QVERIFY(actions.contains(f.window.quitAction()));
        QVERIFY(actions.contains(f.window.copySummaryAction()));
        // Before a reading there are no figures: the first visible entry opens the dashboard.
        const auto visible = std::find_if(actions.cbegin(), actions.cend(),
                                          [](const QAction *a) { return a->isVisible(); });
        QVERIFY(visible != actions.cend());
        QVERIFY((*visible)->text().contains(QStringLiteral("dashboard")));
    }

    void menuRepeatsEachUnitsFigureAndTheResetAtTheTop() {
        Fixture f(m_dir.path(), m_clock, true);
        f.live.api().enqueue(ScriptedUsageApi::ok(eightyPercent()));
        QVERIFY(f.live.start());
        QStringList texts;
        for (const QAction *action : f.tray.menu()->actions())
            texts << action->text();
        QCOMPARE(texts.mid(0, 3),
                 (QStringList{QStringLiteral("Developer units: 80.0 % (1.6 M of 2 M)"),
                              QStringLiteral("Explorer units: 12.5 % (12.5 of 100)"),
                              QStringLiteral("Resets in 10 days, on 1 May")}));
        QVERIFY(f.tray.menu()->actions().at(3)->isSeparator());

        // Choosing a unit there opens the dashboard on that unit.
        f.tray.menu()->actions().at(1)->trigger();
        QVERIFY(f.window.isVisible());
        QCOMPARE(f.window.dashboard()->selectedUnit(), QStringLiteral("explorer_units"));

        // A new reading changes the figures in place, without piling up entries.
        QVERIFY(f.live.serve(CannedUsageBodies::legacyCredits()));
        QCOMPARE(f.tray.menu()->actions().at(0)->text(),
                 QStringLiteral("Credits: 43.2 % (4,321.5 of 10 K)"));
        QVERIFY(f.tray.menu()->actions().at(2)->isSeparator());
    }

    void theIconIsDrawnOnlyWhenItsLookChanges() {
        Fixture f(m_dir.path(), m_clock, true);
        f.live.api().setFallback(ScriptedUsageApi::ok(eightyPercent()));
        QVERIFY(f.live.start());
        const int drawn = f.tray.iconRenderCount();
        QVERIFY(drawn >= 1);
        for (int i = 0; i < 3; ++i) {
            m_clock.advance(60);
            QVERIFY(f.live.serve(eightyPercent()));
        }
        QCOMPARE(f.tray.iconRenderCount(), drawn);
        QVERIFY(f.live.serve(CannedUsageBodies::overAllocation()));
        QCOMPARE(f.tray.iconRenderCount(), drawn + 1);
    }

    void withoutATrayNothingTicks() {
        Fixture withTray(m_dir.path(), m_clock, true);
        QVERIFY(withTray.tray.isTicking());
        Fixture without(m_dir.path(), m_clock, false);
        QVERIFY(!without.tray.isTicking());
        QCOMPARE(without.tray.iconRenderCount(), 0);
    }

    void leftClickTogglesTheWindow() {
        Fixture f(m_dir.path(), m_clock, true);
        QVERIFY(!f.window.isVisible());
        emit f.tray.trayIcon()->activated(QSystemTrayIcon::Trigger);
        QVERIFY(f.window.isVisible());
        emit f.tray.trayIcon()->activated(QSystemTrayIcon::Trigger);
        QVERIFY(!f.window.isVisible());
    }

    void closingHidesToTheTrayOnlyWhenThereIsOne_data() {
        QTest::addColumn<bool>("trayAvailable");
        QTest::addColumn<bool>("closeToTray");
        QTest::addColumn<bool>("expectAccepted");
        QTest::newRow("tray and close-to-tray: hidden, app keeps running") << true << true << false;
        QTest::newRow("tray but close-to-tray off: closes") << true << false << true;
        QTest::newRow("no tray: closes") << false << true << true;
    }

    void closingHidesToTheTrayOnlyWhenThereIsOne() {
        QFETCH(bool, trayAvailable);
        QFETCH(bool, closeToTray);
        QFETCH(bool, expectAccepted);
        Fixture f(m_dir.path(), m_clock, trayAvailable);
        f.settings.setCloseToTray(closeToTray);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QCOMPARE(f.window.close(), expectAccepted);
        QVERIFY(!f.window.isVisible());
    }

    void withoutATrayTheWindowSaysSoWithoutAModalBox() {
        {
            Fixture f(m_dir.path(), m_clock, false);
            f.window.show();
            QVERIFY(!f.tray.trayIcon());
            auto *note = f.window.findChild<QWidget *>(QStringLiteral("noTrayNote"));
            QVERIFY(note && note->isVisible());
            QTest::qWait(50);
            QVERIFY(!QApplication::activeModalWidget());
            QVERIFY(f.window.findChildren<QMessageBox *>().isEmpty());
            // Dismissed for good.
            QTest::mouseClick(f.window.findChild<QWidget *>(QStringLiteral("noTrayDismissButton")),
                              Qt::LeftButton);
            QVERIFY(!note->isVisible());
        }
        Fixture again(m_dir.path(), m_clock, false);
        again.window.show();
        QVERIFY(!again.window.findChild<QWidget *>(QStringLiteral("noTrayNote"))->isVisible());
    }

    void aTrayHostAppearingOnTheBusAfterStartShowsTheIcon() {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP(
                "No session bus: run the tests through scripts/test, which starts a private one.");
        // The panel comes up after the app, as at a login: nothing owns the watcher name yet.
        QDBusConnection panel = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                              QStringLiteral("trayHostPanel"));
        QVERIFY(panel.isConnected());
        QVERIFY(!panel.interface()->isServiceRegistered(TrayHost::statusNotifierWatcher()));

        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        LiveReading live(m_clock, m_dir.filePath(QStringLiteral("history.sqlite")));
        MainWindow window(live.reading(), settings, m_clock);
        TrayHost host(QDBusConnection::sessionBus());
        QVERIFY(!host.isAvailable());
        TrayController tray(window, live.reading(), settings, host, m_clock,
                            m_dir.filePath(QStringLiteral("notifications.ini")));
        window.show();
        QVERIFY(!tray.trayIcon());
        auto *note = window.findChild<QWidget *>(QStringLiteral("noTrayNote"));
        QVERIFY(note->isVisible());

        QSignalSpy appeared(&host, &TrayHost::availableChanged);
        QVERIFY(panel.registerService(TrayHost::statusNotifierWatcher()));
        QVERIFY(appeared.wait(5'000));
        QCOMPARE(appeared.at(0).at(0).toBool(), true);
        QVERIFY(tray.trayIcon());
        QVERIFY(tray.trayIcon()->isVisible());
        QVERIFY(!note->isVisible());
        // Closing now hides to the tray, since the tray is there to bring the window back.
        QCOMPARE(window.close(), false);

        panel.unregisterService(TrayHost::statusNotifierWatcher());
        QDBusConnection::disconnectFromBus(QStringLiteral("trayHostPanel"));
    }
};

QTEST_MAIN(TrayControllerTest)
#include "TrayControllerTest.moc"
