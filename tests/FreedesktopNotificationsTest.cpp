// Notifications through the desktop's notification service: the summary, body and urgency reach a
// real D-Bus peer that owns org.freedesktop.Notifications on the test's private session bus, and
// without the service or without any bus the notification becomes a log line, never silence.
#include "core/desktop/FreedesktopNotifications.h"
#include "support/RecordingNotificationServer.h"

#include <QDBusConnection>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class FreedesktopNotificationsTest final : public QObject {
    Q_OBJECT

private slots:

    void summaryBodyAndUrgencyReachTheService_data() {
        QTest::addColumn<int>("urgency");
        QTest::addColumn<int>("urgencyByte");
        QTest::newRow("warning threshold, normal urgency")
            << int(FreedesktopNotifications::Urgency::Normal) << 1;
        QTest::newRow("critical threshold, critical urgency")
            << int(FreedesktopNotifications::Urgency::Critical) << 2;
    }

    void summaryBodyAndUrgencyReachTheService() {
        QFETCH(int, urgency);
        QFETCH(int, urgencyByte);
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP(
                "No session bus: run the tests through scripts/test, which starts a private one.");
        RecordingNotificationServer server;
        QVERIFY2(server.isRegistered(), qPrintable(server.problem()));
        FreedesktopNotifications notifications;
        QVERIFY(notifications.isBusConnected());
        QSignalSpy delivered(&notifications, &FreedesktopNotifications::delivered);
        QSignalSpy failed(&notifications, &FreedesktopNotifications::failed);

        notifications.notify(QStringLiteral("Developer units at 80 %"),
                             QStringLiteral("1,600,000 of 2,000,000 used; resets 1 May."),
                             FreedesktopNotifications::Urgency(urgency));
        QVERIFY(delivered.wait(5'000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(server.received().size(), 1);
        const RecordingNotificationServer::Notification &got = server.received().constFirst();
        QCOMPARE(got.summary, QStringLiteral("Developer units at 80 %"));
        QCOMPARE(got.body, QStringLiteral("1,600,000 of 2,000,000 used; resets 1 May."));
        QCOMPARE(got.appName, QStringLiteral("Allium Usage"));
        QCOMPARE(got.appIcon, QStringLiteral(ALLIUM_APP_ID));
        QCOMPARE(got.hints.value(QStringLiteral("urgency")).toInt(), urgencyByte);
        QCOMPARE(got.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral(ALLIUM_APP_ID));
        QCOMPARE(got.expireTimeout, -1);
        QCOMPARE(delivered.at(0).at(0).toUInt(), 1u);
    }

    void withoutTheServiceTheNotificationIsLogged() {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP(
                "No session bus: run the tests through scripts/test, which starts a private one.");
        FreedesktopNotifications notifications;
        QSignalSpy failed(&notifications, &FreedesktopNotifications::failed);
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral(
                                 "^Notification not shown \\(.+\\): Critical: all used$")));
        notifications.notify(QStringLiteral("Critical"), QStringLiteral("all used"),
                             FreedesktopNotifications::Urgency::Critical);
        QVERIFY(failed.wait(5'000));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    }

    void withoutABusTheNotificationIsLogged() {
        FreedesktopNotifications notifications;
        notifications.setBusAddress(QStringLiteral("unix:path=/nonexistent/allium-test-bus"));
        QVERIFY(!notifications.isBusConnected());
        QSignalSpy failed(&notifications, &FreedesktopNotifications::failed);
        QTest::ignoreMessage(
            QtInfoMsg,
            QRegularExpression(QStringLiteral(
                "^Notification not shown \\(there is no session bus\\): Warning: 80 % used$")));
        notifications.notify(QStringLiteral("Warning"), QStringLiteral("80 % used"),
                             FreedesktopNotifications::Urgency::Normal);
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(FreedesktopNotificationsTest)
#include "FreedesktopNotificationsTest.moc"
