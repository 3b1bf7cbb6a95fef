// Several organizations read side by side through real services against real loopback servers and
// one real history file: each shows its own figures, two keys on one server never mix their
// histories, a failing or hanging organization neither delays nor hides the others (which keep
// their schedule), requests are spread apart rather than sent in a burst, and organizations that
// come, go, are renamed or get a new key are read accordingly.
#include "core/organizations/OrganizationReadings.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "core/reading/CurrentReading.h"
#include "support/CannedUsageBodies.h"
#include "support/QuickOrganizations.h"
#include "support/ScriptedUsageApi.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using std::chrono::milliseconds;

namespace {

std::optional<double> consumed(const CurrentReading *reading, const char *unit) {
    if (!reading || !reading->state().snapshot)
        return std::nullopt;
    const UnitUsage *found = reading->state().snapshot->unit(QLatin1String(unit));
    return found ? found->consumed : std::nullopt;
}

} // namespace

using QuickOrganizations::organization;

class OrganizationReadingsTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;

    // Short delays, so that refreshes and retries happen within a test.
    static UsageServiceTimings quick(milliseconds interval = milliseconds(60'000)) {
        return QuickOrganizations::timings(interval);
    }

private slots:
    void init() {
        QFile::remove(m_dir.filePath(QStringLiteral("history.sqlite")));
        m_store = std::make_unique<HistoryStore>(m_dir.filePath(QStringLiteral("history.sqlite")),
                                                 Clock::system());
        QVERIFY(m_store->open());
    }
    void cleanup() { m_store.reset(); }

    void twoServersGiveEachOrganizationItsOwnFigures() {
        ScriptedUsageApi production;
        ScriptedUsageApi staging;
        staging.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
        OrganizationReadings readings(m_store.get(), Clock::system());
        readings.setServiceTimings(quick());
        readings.setRequestSpacing(milliseconds(50));
        readings.setOrganizations(
            {organization(QStringLiteral("p1"), QStringLiteral("Production"), production.baseUrl()),
             organization(QStringLiteral("s1"), QStringLiteral("Staging"), staging.baseUrl())});
        readings.setKey(QStringLiteral("p1"), QStringLiteral("key-production"));
        readings.setKey(QStringLiteral("s1"), QStringLiteral("key-staging"));

        CurrentReading *p = readings.reading(QStringLiteral("p1"));
        CurrentReading *s = readings.reading(QStringLiteral("s1"));
        QTRY_VERIFY_WITH_TIMEOUT(p->state().hasSnapshot() && s->state().hasSnapshot(), 5'000);
        QCOMPARE(consumed(p, "developer_units"), std::optional(341523.0));
        QCOMPARE(consumed(p, "credits"), std::nullopt);
        QCOMPARE(consumed(s, "credits"), std::optional(4321.5));
        QCOMPARE(consumed(s, "developer_units"), std::nullopt);
        QCOMPARE(production.lastRequest().header("X-API-KEY"), QByteArray("key-production"));
        QCOMPARE(staging.lastRequest().header("X-API-KEY"), QByteArray("key-staging"));
        QCOMPARE(p->state().sourceName, QStringLiteral("Production"));
        QCOMPARE(readings.readings(), (QList<CurrentReading *>{p, s}));
    }

    void twoKeysOnOneServerNeverMixTheirHistories() {
        // One server, two organizations: the answer depends on the key, as the real API's does.
        ScriptedUsageApi api;
        api.setHandler([](const HttpRequest &request) {
            return ScriptedUsageApi::ok(request.header("X-API-KEY") == "key-a"
                                            ? CannedUsageBodies::unitPlan()
                                            : CannedUsageBodies::legacyCredits());
        });
        OrganizationReadings readings(m_store.get(), Clock::system());
        readings.setServiceTimings(quick());
        readings.setRequestSpacing(milliseconds(50));
        readings.setOrganizations(
            {organization(QStringLiteral("a"), QStringLiteral("A"), api.baseUrl()),
             organization(QStringLiteral("b"), QStringLiteral("B"), api.baseUrl())});
        readings.setKey(QStringLiteral("a"), QStringLiteral("key-a"));
        readings.setKey(QStringLiteral("b"), QStringLiteral("key-b"));
        QTRY_VERIFY_WITH_TIMEOUT(readings.reading(QStringLiteral("a"))->state().hasSnapshot() &&
                                     readings.reading(QStringLiteral("b"))->state().hasSnapshot(),
                                 5'000);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(readings.reading(QStringLiteral("a"))->refreshNow());
            QVERIFY(readings.reading(QStringLiteral("b"))->refreshNow());
            QTRY_VERIFY(!readings.reading(QStringLiteral("a"))->state().busy &&
                        !readings.reading(QStringLiteral("b"))->state().busy);
        }
        const QList<UsageSnapshot> a = m_store->readingsBetween(QStringLiteral("a"), {}, {});
        const QList<UsageSnapshot> b = m_store->readingsBetween(QStringLiteral("b"), {}, {});
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        for (const UsageSnapshot &reading : a)
            QVERIFY(reading.unit(QStringLiteral("developer_units")) &&
                    !reading.unit(QStringLiteral("credits")));
        for (const UsageSnapshot &reading : b)
            QVERIFY(reading.unit(QStringLiteral("credits")) &&
                    !reading.unit(QStringLiteral("developer_units")));
        // Kept under the organizations' ids, never under the shared address or the keys.
        QVERIFY(m_store->readingsBetween(HistoryStore::sourceKey(api.baseUrl()), {}, {}).isEmpty());
        QVERIFY(m_store->readingsBetween(QStringLiteral("key-a"), {}, {}).isEmpty());
    }

    void aFailingOrganizationNeitherDelaysNorHidesTheOthers() {
        ScriptedUsageApi healthy;
        ScriptedUsageApi failing;
        failing.setFallback(ScriptedUsageApi::status(500, "Internal error"));
        ScriptedUsageApi hanging; // answers only after the others have refreshed several times
        HttpResponse slow = ScriptedUsageApi::ok(CannedUsageBodies::unitPlan());
        slow.delay = milliseconds(2'500);
        hanging.setFallback(slow);
        OrganizationReadings readings(m_store.get(), Clock::system());
        readings.setServiceTimings(quick(milliseconds(300)));
        readings.setRequestSpacing(milliseconds(20));
        readings.setOrganizations(
            {organization(QStringLiteral("f"), QStringLiteral("Failing"), failing.baseUrl()),
             organization(QStringLiteral("h"), QStringLiteral("Hanging"), hanging.baseUrl()),
             organization(QStringLiteral("ok"), QStringLiteral("Healthy"), healthy.baseUrl())});
        for (const QString &id : {QStringLiteral("f"), QStringLiteral("h"), QStringLiteral("ok")})
            readings.setKey(id, QStringLiteral("key-") + id);

        CurrentReading *ok = readings.reading(QStringLiteral("ok"));
        QSignalSpy received(ok, &CurrentReading::readingReceived);
        // While the hanging organization's one request is on its way, the healthy one refreshes
        // on its own schedule, again and again.
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 4, 5'000);
        QVERIFY(hanging.requestCount() >= 1);
        QVERIFY(!readings.reading(QStringLiteral("h"))->state().hasSnapshot() ||
                received.size() >= 4);
        const ReadingState &failed = readings.reading(QStringLiteral("f"))->state();
        QVERIFY(failed.error.has_value());
        QCOMPARE(failed.error->kind, UsageErrorKind::Server);
        QCOMPARE(ok->state().freshness, ReadingState::Freshness::Current);
        QVERIFY(!ok->state().error);
        // Its next refresh is one interval after its last reading, whatever the others do.
        const qint64 next = ok->state().receivedAt().msecsTo(ok->state().nextRefreshAt);
        QVERIFY2(next >= 300 && next < 300 + 3 * 20 + 50, qPrintable(QString::number(next)));
        QTRY_VERIFY_WITH_TIMEOUT(readings.reading(QStringLiteral("h"))->state().hasSnapshot(),
                                 5'000);
    }

    void heldReadingsSendNothingUntilReleased() {
        // The dashboard holds every reading until its first paint: organizations and keys arrive
        // meanwhile, and nothing goes to the network until the release, then each goes.
        ScriptedUsageApi production;
        ScriptedUsageApi staging;
        OrganizationReadings readings(m_store.get(), Clock::system());
        readings.setServiceTimings(quick());
        readings.setRequestSpacing(milliseconds(20));
        readings.holdWork(true);
        readings.setOrganizations(
            {organization(QStringLiteral("p1"), QStringLiteral("Production"), production.baseUrl()),
             organization(QStringLiteral("s1"), QStringLiteral("Staging"), staging.baseUrl())});
        readings.setKey(QStringLiteral("p1"), QStringLiteral("key-production"));
        readings.setKey(QStringLiteral("s1"), QStringLiteral("key-staging"));
        QTest::qWait(300);
        QCOMPARE(production.requestCount(), 0);
        QCOMPARE(staging.requestCount(), 0);
        QVERIFY(readings.reading(QStringLiteral("p1"))->state().hasSource);

        readings.holdWork(false);
        QTRY_VERIFY_WITH_TIMEOUT(readings.reading(QStringLiteral("p1"))->state().hasSnapshot() &&
                                     readings.reading(QStringLiteral("s1"))->state().hasSnapshot(),
                                 5'000);
        QCOMPARE(production.requestCount(), 1);
        QCOMPARE(staging.requestCount(), 1);
    }

    void theRequestsAreSpreadApartNotSentInABurst() {
        ScriptedUsageApi api;
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        api.setHandler([&](const HttpRequest &) {
            arrivals.append(clock.elapsed());
            return ScriptedUsageApi::ok(CannedUsageBodies::unitPlan());
        });
        OrganizationReadings readings(m_store.get(), Clock::system());
        readings.setServiceTimings(quick());
        readings.setRequestSpacing(milliseconds(150));
        QList<Organization> organizations;
        for (int i = 0; i < 5; ++i)
            organizations.append(organization(QStringLiteral("o%1").arg(i),
                                              QStringLiteral("Org %1").arg(i), api.baseUrl()));
        readings.setOrganizations(organizations);
        for (const Organization &o : organizations)
            readings.setKey(o.id, QStringLiteral("key-") + o.id);
        QTRY_COMPARE_WITH_TIMEOUT(arrivals.size(), 5, 5'000);
        for (int i = 1; i < arrivals.size(); ++i) {
            // The i-th request goes out no sooner than i spacings after the first could. Measured
            // from the start, since a request held up on its way (a busy machine) arrives late
            // and makes the gap to the next look short without any burst. Timers may fire a
            // little early (coarse timers: up to 5 %), never much.
            QVERIFY2(
                arrivals.at(i) >= i * 150 * 95 / 100,
                qPrintable(QStringLiteral("request %1 after %2 ms").arg(i).arg(arrivals.at(i))));
        }
        // And the slots of their next refreshes are as far apart (the last one is reserved once
        // its answer is read, a moment after the server saw its request).
        QTRY_COMPARE_WITH_TIMEOUT(readings.requestSpacing().reservedSlots().size(), 5, 5'000);
        const QList<QDateTime> next = readings.requestSpacing().reservedSlots();
        for (int i = 1; i < next.size(); ++i)
            QVERIFY(next.at(i - 1).msecsTo(next.at(i)) >= 150);
    }

    void theSpacingShrinksSoThatEveryOrganizationFitsIntoOneInterval_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("a few: the full two seconds") << 3 << 300'000 << 2'000;
        QTest::newRow("a hundred every minute: 600 ms apart") << 100 << 60'000 << 600;
        QTest::newRow("a thousand every minute: never under 100 ms") << 1000 << 60'000 << 100;
    }

    void theSpacingShrinksSoThatEveryOrganizationFitsIntoOneInterval() {
        QFETCH(int, count);
        QFETCH(int, intervalMs);
        QFETCH(int, expectedMs);
        OrganizationReadings readings(nullptr, Clock::system());
        readings.setRefreshInterval(milliseconds(intervalMs));
        QList<Organization> organizations;
        for (int i = 0; i < count; ++i)
            organizations.append(
                organization(QStringLiteral("o%1").arg(i), QStringLiteral("O%1").arg(i), QUrl()));
        readings.setOrganizations(organizations); // no keys: nothing is sent
        QCOMPARE(readings.requestSpacing().spacing(), milliseconds(expectedMs));
    }

    void organizationsThatComeGoAndAreRenamedAreReadAccordingly() {
        ScriptedUsageApi api;
        OrganizationReadings readings(m_store.get(), Clock::system());
        readings.setServiceTimings(quick());
        readings.setRequestSpacing(milliseconds(20));
        QSignalSpy changed(&readings, &OrganizationReadings::organizationsChanged);
        const Organization a =
            organization(QStringLiteral("a"), QStringLiteral("A"), api.baseUrl());
        const Organization b =
            organization(QStringLiteral("b"), QStringLiteral("B"), api.baseUrl());
        readings.setOrganizations({a});
        readings.setKey(a.id, QStringLiteral("key-a"));
        CurrentReading *first = readings.reading(a.id);
        QTRY_VERIFY_WITH_TIMEOUT(first->state().hasSnapshot(), 5'000);
        QCOMPARE(api.requestCount(), 1);

        // Renamed and joined by another: the same reading, and no request for the rename.
        Organization renamed = a;
        renamed.name = QStringLiteral("Production");
        readings.setOrganizations({b, renamed});
        QCOMPARE(readings.reading(a.id), first);
        QCOMPARE(first->state().sourceName, QStringLiteral("Production"));
        QVERIFY(!readings.hasKey(b.id));
        QVERIFY(!readings.reading(b.id)->state().hasSource); // no key: nothing read
        QTest::qWait(200);
        QCOMPARE(api.requestCount(), 1);
        QCOMPARE(changed.size(), 2);

        // A key for the new one reads it at once; a new key for the first one reads it anew.
        readings.setKey(b.id, QStringLiteral("key-b"));
        QTRY_COMPARE_WITH_TIMEOUT(api.requestCount(), 2, 5'000);
        QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("key-b"));
        readings.setKey(a.id, QStringLiteral("key-a2"));
        QTRY_COMPARE_WITH_TIMEOUT(api.requestCount(), 3, 5'000);
        QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("key-a2"));

        // Gone: its reading with it.
        readings.setOrganizations({b});
        QVERIFY(!readings.reading(a.id));
        QCOMPARE(readings.readings().size(), 1);
    }

    void aSessionAddressIsUsedForEveryOrganization() {
        ScriptedUsageApi own;
        ScriptedUsageApi session;
        OrganizationReadings readings(m_store.get(), Clock::system());
        readings.setServiceTimings(quick());
        readings.setRequestSpacing(milliseconds(20));
        readings.setSessionBaseUrl(session.baseUrl());
        const Organization a =
            organization(QStringLiteral("a"), QStringLiteral("A"), own.baseUrl());
        readings.setOrganizations({a});
        readings.setKey(a.id, QStringLiteral("key-a"));
        QTRY_VERIFY_WITH_TIMEOUT(readings.reading(a.id)->state().hasSnapshot(), 5'000);
        QCOMPARE(session.requestCount(), 1);
        QCOMPARE(own.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(OrganizationReadingsTest)
#include "OrganizationReadingsTest.moc"
