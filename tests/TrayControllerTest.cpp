// The tray around a real dashboard window and a real UsageService fed by a loopback server:
// tooltip and icon follow the readings, a crossed threshold notifies once, left click toggles the
// window, closing hides to the tray only when there is one, and a missing tray is explained once.
#include "app/TrayController.h"
#include "app/MainWindow.h"
#include "core/Clock.h"
#include "core/api/UsageService.h"
#include "core/desktop/ThresholdNotifier.h"
#include "core/desktop/TrayStatus.h"
#include "core/history/UsageHistory.h"
#include "core/settings/AppSettings.h"
#include "support/CannedUsageBodies.h"
#include "support/RecordingNotificationServer.h"
#include "support/ScriptedUsageApi.h"

#include <QDBusConnection>
#include <QMenu>
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
        Fixture(const QString &dir, const Clock &clock)
            : settings(dir + QStringLiteral("/settings.ini"))
            , service(clock)
            , history(clock)
            , window(service, history, clock)
            , tray(window, service, settings, clock) {
            tray.setNotificationStateFile(dir + QStringLiteral("/notifications.ini"));
        }
        AppSettings settings;
        UsageService service;
        UsageHistory history;
        MainWindow window;
        TrayController tray;
    };

    bool fetch(Fixture &f, ScriptedUsageApi &api) {
        f.service.setBaseUrl(api.baseUrl());
        f.service.setApiKey(QStringLiteral("test-key"));
        f.tray.setHasKey(true);
        QSignalSpy received(&f.service, &UsageService::snapshotReceived);
        f.service.refreshNow();
        return received.wait(5'000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() {
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        QFile::remove(m_dir.filePath(QStringLiteral("notifications.ini")));
    }

    void iconAndTooltipFollowTheReadings() {
        Fixture f(m_dir.path(), m_clock);
        QCOMPARE(f.tray.status().look, TrayStatus::Look::NoKey);
        QVERIFY(f.tray.trayIcon()->toolTip().contains(QStringLiteral("No API key")));

        ScriptedUsageApi api;
        QVERIFY(api.isListening());
        api.setFallback(ScriptedUsageApi::ok(eightyPercent()));
        QVERIFY(fetch(f, api));
        m_clock.setNow(f.service.lastSnapshot()->receivedAt);
        const TrayStatus status = f.tray.status();
        QCOMPARE(status.look, TrayStatus::Look::Usage);
        QCOMPARE(status.level, UsageLevel::Warning);
        QCOMPARE(status.percent, 80.0);
        QTRY_VERIFY(f.tray.trayIcon()->toolTip().contains(QStringLiteral("Developer units: 80")));
        QVERIFY(f.tray.trayIcon()->toolTip().contains(QStringLiteral("Explorer units: 12.5")));
        QVERIFY(!f.tray.trayIcon()->icon().isNull());

        // A failed refresh keeps the reading, marked stale, with the error in the tooltip.
        api.setFallback(ScriptedUsageApi::status(401, "Invalid API key"));
        QSignalSpy failed(&f.service, &UsageService::refreshFailed);
        f.service.refreshNow();
        QVERIFY(failed.wait(5'000));
        QCOMPARE(f.tray.status().look, TrayStatus::Look::Stale);
        QVERIFY(f.tray.trayIcon()->toolTip().contains(QStringLiteral("Invalid API key")));
    }

    void crossedThresholdNotifiesOnce() {
        Fixture f(m_dir.path(), m_clock);
        ScriptedUsageApi api;
        QVERIFY(api.isListening());
        api.setFallback(ScriptedUsageApi::ok(eightyPercent()));
        QSignalSpy notified(&f.tray, &TrayController::notified);
        QVERIFY(fetch(f, api));
        QCOMPARE(notified.size(), 1);
        const auto n = notified.at(0).at(0).value<ThresholdNotification>();
        QCOMPARE(n.level, ThresholdNotification::Level::Warning);
        QCOMPARE(n.unitKey, QStringLiteral("developer_units"));
        QVERIFY(fetch(f, api));
        QCOMPARE(notified.size(), 1);
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
        Fixture f(m_dir.path(), m_clock);
        f.settings.setNotificationsEnabled(enabled);
        f.tray.overrideTrayAvailable(false);
        ScriptedUsageApi api;
        QVERIFY(api.isListening());
        api.setFallback(ScriptedUsageApi::ok(eightyPercent()));
        QSignalSpy notified(&f.tray, &TrayController::notified);
        QSignalSpy received(&server, &RecordingNotificationServer::notified);
        QVERIFY(fetch(f, api));
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
        Fixture f(m_dir.path(), m_clock);
        const QList<QAction *> actions = f.tray.menu()->actions();
        QVERIFY(actions.contains(f.window.refreshAction()));
        QVERIFY(actions.contains(f.window.exportAction()));
        QVERIFY(actions.contains(f.window.settingsAction()));
        QVERIFY(actions.contains(f.window.quitAction()));
        QVERIFY(actions.first()->text().contains(QStringLiteral("dashboard")));
    }

    void leftClickTogglesTheWindow() {
        Fixture f(m_dir.path(), m_clock);
        f.tray.overrideTrayAvailable(true);
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
        Fixture f(m_dir.path(), m_clock);
        f.tray.overrideTrayAvailable(trayAvailable);
        f.settings.setCloseToTray(closeToTray);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QCOMPARE(f.window.close(), expectAccepted);
        QVERIFY(!f.window.isVisible());
    }

    void missingTrayIsExplainedOnce() {
        {
            Fixture f(m_dir.path(), m_clock);
            f.tray.overrideTrayAvailable(false);
            QSignalSpy explained(&f.tray, &TrayController::missingTrayExplained);
            QVERIFY(explained.wait(1'000));
            QVERIFY(f.settings.noTrayExplained());
        }
        Fixture again(m_dir.path(), m_clock);
        again.tray.overrideTrayAvailable(false);
        QSignalSpy explained(&again.tray, &TrayController::missingTrayExplained);
        QVERIFY(!explained.wait(300));
    }
};

QTEST_MAIN(TrayControllerTest)
#include "TrayControllerTest.moc"
