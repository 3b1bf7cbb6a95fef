// The app's key while it runs: loaded from the environment, the session store or the keychain;
// saved to the keychain or for this session only; removed from both. In-memory stores stand in
// for the keychain here (the real one has KeychainSecretStoreTest).
#include "core/secrets/ApiKeyKeeper.h"
#include "FailingSecretStore.h"
#include "core/secrets/SessionSecretStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

void load(ApiKeyKeeper &keeper) {
    QSignalSpy loaded(&keeper, &ApiKeyKeeper::loaded);
    keeper.load();
    QVERIFY(loaded.wait(2'000));
}

SecretResult save(ApiKeyKeeper &keeper, const QString &key, bool sessionOnly) {
    QSignalSpy saved(&keeper, &ApiKeyKeeper::saved);
    keeper.save(key, sessionOnly);
    if (!saved.wait(2'000))
        return {};
    return saved.at(0).at(0).value<SecretResult>();
}

} // namespace

class ApiKeyKeeperTest final : public QObject {
    Q_OBJECT

private slots:
    void loadsTheKeychainKey() {
        SessionSecretStore keychain;
        SessionSecretStore session;
        {
            QSignalSpy written(&keychain, &SecretStore::writeFinished);
            keychain.writeKey(QStringLiteral("stored"));
            QVERIFY(written.wait(1'000));
        }
        ApiKeyKeeper keeper(keychain, session, QString());
        QSignalSpy changed(&keeper, &ApiKeyKeeper::keyChanged);
        load(keeper);
        QCOMPARE(keeper.key(), QStringLiteral("stored"));
        QVERIFY(!keeper.sessionOnly());
        QVERIFY(keeper.keychainAvailable());
        QCOMPARE(changed.size(), 1);
    }

    void environmentWins() {
        SessionSecretStore keychain;
        SessionSecretStore session;
        ApiKeyKeeper keeper(keychain, session, QStringLiteral("from-env"));
        load(keeper);
        QCOMPARE(keeper.key(), QStringLiteral("from-env"));
        QVERIFY(keeper.fromEnvironment());
    }

    void savingToTheKeychainMakesTheKeyCurrent() {
        SessionSecretStore keychain;
        SessionSecretStore session;
        ApiKeyKeeper keeper(keychain, session, QString());
        load(keeper);
        QVERIFY(!keeper.hasKey());
        QSignalSpy changed(&keeper, &ApiKeyKeeper::keyChanged);
        QVERIFY(save(keeper, QStringLiteral(" new-key \n"), false).ok());
        QCOMPARE(keeper.key(), QStringLiteral("new-key"));
        QVERIFY(keychain.hasKey());
        QVERIFY(!session.hasKey());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("new-key"));
    }

    void sessionOnlyStaysInMemory() {
        SessionSecretStore keychain;
        SessionSecretStore session;
        ApiKeyKeeper keeper(keychain, session, QString());
        load(keeper);
        QVERIFY(save(keeper, QStringLiteral("temporary"), true).ok());
        QVERIFY(keeper.sessionOnly());
        QVERIFY(session.hasKey());
        QVERIFY(!keychain.hasKey());
    }

    void unavailableKeychainIsReportedAndNothingChanges() {
        FailingSecretStore keychain(SecretStatus::TimedOut, QStringLiteral("no answer"));
        SessionSecretStore session;
        ApiKeyKeeper keeper(keychain, session, QString());
        load(keeper);
        QVERIFY(!keeper.keychainAvailable());
        QCOMPARE(keeper.keychainProblem(), QStringLiteral("no answer"));
        const SecretResult result = save(keeper, QStringLiteral("k"), false);
        QCOMPARE(result.status, SecretStatus::TimedOut);
        QVERIFY(!keeper.hasKey());
        QVERIFY(save(keeper, QStringLiteral("k"), true).ok());
        QCOMPARE(keeper.key(), QStringLiteral("k"));
    }

    void removeDeletesFromBothStores() {
        SessionSecretStore keychain;
        SessionSecretStore session;
        ApiKeyKeeper keeper(keychain, session, QString());
        load(keeper);
        QVERIFY(save(keeper, QStringLiteral("k"), false).ok());
        QSignalSpy removed(&keeper, &ApiKeyKeeper::removed);
        QSignalSpy changed(&keeper, &ApiKeyKeeper::keyChanged);
        keeper.remove();
        QVERIFY(removed.wait(2'000));
        QVERIFY(removed.at(0).at(0).value<SecretResult>().ok());
        QVERIFY(!keeper.hasKey());
        QVERIFY(!keychain.hasKey());
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ApiKeyKeeperTest)
#include "ApiKeyKeeperTest.moc"
