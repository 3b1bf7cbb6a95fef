// The route a notification takes: the tray balloon when a tray shows the icon and can show
// balloons, else the desktop's notification service on the session bus (checked against a real
// D-Bus peer), else a log line.
#include "app/DesktopNotifier.h"
#include "support/RecordingNotificationServer.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

class DesktopNotifierTest final : public QObject {
    Q_OBJECT

private slots:
    void routeFollowsWhatTheDesktopOffers_data() {
        QTest::addColumn<bool>("trayShown");
        QTest::addColumn<bool>("balloons");
        QTest::addColumn<bool>("bus");
        QTest::addColumn<int>("route");
        const int balloon = int(DesktopNotifier::Route::TrayBalloon);
        const int service = int(DesktopNotifier::Route::NotificationService);
        const int log = int(DesktopNotifier::Route::LogOnly);
        QTest::newRow("tray with balloons") << true << true << true << balloon;
        QTest::newRow("tray with balloons, no bus") << true << true << false << balloon;
        QTest::newRow("tray without balloons") << true << false << true << service;
        QTest::newRow("no tray (GNOME without AppIndicator)") << false << true << true << service;
        QTest::newRow("no tray and no bus") << false << false << false << log;
        QTest::newRow("tray without balloons and no bus") << true << false << false << log;
    }

    void routeFollowsWhatTheDesktopOffers() {
        QFETCH(bool, trayShown);
        QFETCH(bool, balloons);
        QFETCH(bool, bus);
        QFETCH(int, route);
        QCOMPARE(int(DesktopNotifier::routeFor(trayShown, balloons, bus)), route);
    }

    void withoutATrayTheNotificationReachesTheService() {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP(
                "No session bus: run the tests through scripts/test, which starts a private one.");
        RecordingNotificationServer server;
        QVERIFY2(server.isRegistered(), qPrintable(server.problem()));
        DesktopNotifier notifier([]() -> QSystemTrayIcon * { return nullptr; });
        QCOMPARE(notifier.route(), DesktopNotifier::Route::NotificationService);
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy notified(&server, &RecordingNotificationServer::notified);

        notifier.show(QStringLiteral("Developer units past 90 %"), QStringLiteral("Resets 1 May."),
                      FreedesktopNotifications::Urgency::Critical);
        QVERIFY(notified.wait(5'000));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).value<DesktopNotifier::Route>(),
                 DesktopNotifier::Route::NotificationService);
        QCOMPARE(server.received().constFirst().summary,
                 QStringLiteral("Developer units past 90 %"));
        QCOMPARE(server.received().constFirst().body, QStringLiteral("Resets 1 May."));
    }

    void withoutATrayOrABusTheNotificationIsLogged() {
        DesktopNotifier notifier([]() -> QSystemTrayIcon * { return nullptr; });
        notifier.notificationService().setBusAddress(
            QStringLiteral("unix:path=/nonexistent/allium-test-bus"));
        QCOMPARE(notifier.route(), DesktopNotifier::Route::LogOnly);
        QTest::ignoreMessage(QtInfoMsg, "Notification not shown (there is no session bus): "
                                        "Developer units at 100 %: All used.");
        notifier.show(QStringLiteral("Developer units at 100 %"), QStringLiteral("All used."),
                      FreedesktopNotifications::Urgency::Critical);
    }
};

QTEST_MAIN(DesktopNotifierTest)
#include "DesktopNotifierTest.moc"
