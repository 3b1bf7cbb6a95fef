// Which key the app uses: ALLIUM_API_KEY first, then each store in order; a failing store is
// reported but does not stop the search. The stores here are in-memory SessionSecretStores.
#include "core/secrets/ApiKeyResolver.h"
#include "FailingSecretStore.h"
#include "core/secrets/SessionSecretStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

ApiKeyResolver::Resolution resolve(ApiKeyResolver &resolver) {
    QSignalSpy spy(&resolver, &ApiKeyResolver::resolved);
    resolver.resolve();
    if (!spy.wait(2'000))
        return {};
    return spy.at(0).at(0).value<ApiKeyResolver::Resolution>();
}

void store(SessionSecretStore &session, const QString &key) {
    QSignalSpy spy(&session, &SecretStore::writeFinished);
    session.writeKey(key);
    QVERIFY(spy.wait(1'000));
}

} // namespace

class ApiKeyResolverTest final : public QObject {
    Q_OBJECT

private slots:
    void environmentVariableWinsOverStores() {
        SessionSecretStore session;
        store(session, QStringLiteral("from-store"));
        ApiKeyResolver resolver(QStringLiteral("  from-env \n"), {&session});
        const auto r = resolve(resolver);
        QCOMPARE(r.source, ApiKeyResolver::Source::Environment);
        QCOMPARE(r.key, QStringLiteral("from-env"));
    }

    void firstStoreWithAKeyWins() {
        SessionSecretStore empty;
        SessionSecretStore second;
        SessionSecretStore third;
        store(second, QStringLiteral("second-key"));
        store(third, QStringLiteral("third-key"));
        ApiKeyResolver resolver(QString(), {&empty, &second, &third});
        const auto r = resolve(resolver);
        QCOMPARE(r.source, ApiKeyResolver::Source::Store);
        QCOMPARE(r.key, QStringLiteral("second-key"));
        QCOMPARE(r.storeName, second.displayName());
        QVERIFY(r.problem.isEmpty());
    }

    void noKeyAnywhereIsNoneWithoutAProblem() {
        SessionSecretStore empty;
        ApiKeyResolver resolver(QString(), {&empty});
        const auto r = resolve(resolver);
        QCOMPARE(r.source, ApiKeyResolver::Source::None);
        QVERIFY(r.key.isEmpty());
        QVERIFY(r.problem.isEmpty());
        QCOMPARE(r.storeStatus, SecretStatus::NotFound);
    }

    void failingStoreIsReportedAndTheSearchGoesOn_data() {
        QTest::addColumn<SecretStatus>("status");
        QTest::newRow("unavailable") << SecretStatus::Unavailable;
        QTest::newRow("timed out") << SecretStatus::TimedOut;
        QTest::newRow("failed") << SecretStatus::Failed;
    }

    void failingStoreIsReportedAndTheSearchGoesOn() {
        QFETCH(SecretStatus, status);
        FailingSecretStore broken(status, QStringLiteral("keychain unreachable"));
        SessionSecretStore session;
        {
            ApiKeyResolver resolver(QString(), {&broken, &session});
            const auto r = resolve(resolver);
            QCOMPARE(r.source, ApiKeyResolver::Source::None);
            QCOMPARE(r.problem, QStringLiteral("keychain unreachable"));
        }
        store(session, QStringLiteral("session-key"));
        ApiKeyResolver resolver(QString(), {&broken, &session});
        const auto r = resolve(resolver);
        QCOMPARE(r.key, QStringLiteral("session-key"));
    }

    void sessionStoreKeepsTheKeyOnlyInMemoryAndForgetsIt() {
        SessionSecretStore session;
        QVERIFY(!session.hasKey());
        store(session, QStringLiteral("k"));
        QVERIFY(session.hasKey());
        QSignalSpy deleted(&session, &SecretStore::deleteFinished);
        session.deleteKey();
        QCOMPARE(deleted.size(), 0); // answers later, never inside the call
        QVERIFY(deleted.wait(1'000));
        QVERIFY(deleted.at(0).at(0).value<SecretResult>().ok());
        QVERIFY(!session.hasKey());
        ApiKeyResolver resolver(QString(), {&session});
        QCOMPARE(resolve(resolver).source, ApiKeyResolver::Source::None);
    }
};

QTEST_GUILESS_MAIN(ApiKeyResolverTest)
#include "ApiKeyResolverTest.moc"
