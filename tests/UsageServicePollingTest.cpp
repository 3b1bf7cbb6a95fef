// UsageService's polling API as CurrentReading uses it, against the scripted loopback API:
// starting to poll always refreshes at once, even while a scheduled refresh is pending (it used to
// wait for that timer), except while the server's Retry-After wait is in force.
#include "core/Clock.h"
#include "core/api/UsageService.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class UsageServicePollingTest final : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 4, 15), QTime(12, 0), Qt::UTC)};

    static bool waitForAnOutcome(UsageService &service, int count) {
        QSignalSpy received(&service, &UsageService::snapshotReceived);
        QSignalSpy failed(&service, &UsageService::refreshFailed);
        return QTest::qWaitFor([&] { return received.size() + failed.size() >= count; }, 5'000);
    }

private slots:
    void startingToPollRefreshesAtOnceEvenWhileARefreshIsScheduled() {
        ScriptedUsageApi api;
        UsageService service(m_clock);
        QVERIFY(service.setBaseUrl(api.baseUrl()));
        service.setApiKey(QStringLiteral("test-key"));
        service.startPolling();
        QVERIFY(waitForAnOutcome(service, 1));
        QCOMPARE(api.requestCount(), 1);
        // The next refresh is five minutes away.
        QCOMPARE(m_clock.now().secsTo(service.nextRefreshAt()), 5 * 60);

        QSignalSpy received(&service, &UsageService::snapshotReceived);
        service.startPolling();
        QVERIFY(service.isBusy()); // at once, not in five minutes
        QVERIFY(received.wait(5'000));
        QCOMPARE(api.requestCount(), 2);
        QCOMPARE(m_clock.now().secsTo(service.nextRefreshAt()), 5 * 60);
    }

    void aRetryAfterWaitIsKept() {
        ScriptedUsageApi api;
        api.enqueue(ScriptedUsageApi::status(429).withHeader("Retry-After", "600"));
        UsageService service(m_clock);
        QVERIFY(service.setBaseUrl(api.baseUrl()));
        service.setApiKey(QStringLiteral("test-key"));
        QSignalSpy failed(&service, &UsageService::refreshFailed);
        service.startPolling();
        QVERIFY(failed.wait(5'000));
        QVERIFY(m_clock.now().secsTo(service.nextRefreshAt()) >= 600);

        service.startPolling();
        QVERIFY(!service.isBusy());
        QTest::qWait(100);
        QCOMPARE(api.requestCount(), 1);
    }

    void aRefreshOnItsWayIsNotDoubled() {
        ScriptedUsageApi api;
        HttpResponse slow = ScriptedUsageApi::ok(CannedUsageBodies::unitPlan());
        slow.delay = 200ms;
        api.enqueue(slow);
        UsageService service(m_clock);
        QVERIFY(service.setBaseUrl(api.baseUrl()));
        service.setApiKey(QStringLiteral("test-key"));
        QSignalSpy received(&service, &UsageService::snapshotReceived);
        service.startPolling();
        service.startPolling();
        QVERIFY(received.wait(5'000));
        QTest::qWait(100);
        QCOMPARE(api.requestCount(), 1);
        QCOMPARE(received.size(), 1);
    }
};

QTEST_GUILESS_MAIN(UsageServicePollingTest)
#include "UsageServicePollingTest.moc"
