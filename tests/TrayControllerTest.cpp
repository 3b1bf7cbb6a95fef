// The tray as a view of a real CurrentReading fed by the scripted loopback API: tooltip and icon
// follow the reading, crossed thresholds notify once (several units in one notification), left
// click toggles the window, closing hides to the tray only when there is one, and without a tray
// the window carries a note instead of a modal box, until a tray host appears on the bus.
#include "app/TrayController.h"
#include "app/DesktopNotifier.h"
#include "app/MainWindow.h"
#include "app/TrayHost.h"
#include "core/Clock.h"
#include "core/desktop/ThresholdNotifier.h"
#include "core/desktop/TrayStatus.h"
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
                   dir + QStringLiteral("/notifications.ini")) {}
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

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() {
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
        QVERIFY(actions.first()->text().contains(QStringLiteral("dashboard")));
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
