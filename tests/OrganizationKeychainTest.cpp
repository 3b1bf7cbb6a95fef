// Each organization's key in the real Secret Service (a private gnome-keyring on a private bus):
// one keychain entry per organization, the first one's the entry the single key always had
// ("api-key"); a renamed organization keeps its entry and key; a removed one's entry is deleted
// and the others' are untouched.
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "core/organizations/OrganizationKeys.h"
#include "core/organizations/OrganizationList.h"
#include "core/organizations/OrganizationRemoval.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"
#include "support/PrivateKeyring.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class OrganizationKeychainTest final : public QObject {
    Q_OBJECT

private:
    PrivateKeyring m_keyring;

    static OrganizationKeys::KeychainFactory realKeychain() {
        return [](const QString &entry) -> std::unique_ptr<SecretStore> {
            auto store = std::make_unique<KeychainSecretStore>();
            store->setEntryName(entry);
            return store;
        };
    }
    // What the Secret Service holds for `entry`, asked afresh.
    static SecretResult stored(const QString &entry) {
        KeychainSecretStore store;
        store.setEntryName(entry);
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.readKey();
        if (!read.wait(15'000))
            return {SecretStatus::TimedOut, QStringLiteral("no answer"), {}};
        return read.at(0).at(0).value<SecretResult>();
    }
    static std::unique_ptr<OrganizationKeys> keysFor(AppSettings &settings) {
        auto keys = std::make_unique<OrganizationKeys>(realKeychain(), QString());
        keys->setOrganizations(settings.organizations().all());
        return keys;
    }
    static bool loaded(OrganizationKeys &keys) {
        return QTest::qWaitFor([&keys] { return keys.allLoaded(); }, 15'000);
    }
    static SecretResult save(ApiKeyKeeper &keeper, const QString &key) {
        QSignalSpy saved(&keeper, &ApiKeyKeeper::saved);
        keeper.save(key, false);
        if (!saved.wait(15'000))
            return {SecretStatus::TimedOut, QStringLiteral("no answer"), {}};
        return saved.at(0).at(0).value<SecretResult>();
    }
    static QString newKey() {
        return QStringLiteral("ak_org_") + QUuid::createUuid().toString(QUuid::Id128);
    }
    QString settingsFile() const { return m_keyring.homePath(QStringLiteral("settings.ini")); }

private slots:
    void initTestCase() {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.problem()));
        // Before the first keychain call, so that libsecret talks to this bus.
        m_keyring.useInThisProcess();
    }

    void eachOrganizationHasAnEntryOfItsOwn() {
        AppSettings settings(settingsFile());
        const Organization staging =
            *settings.organizations().add(QStringLiteral("Staging"), QUrl());
        auto keys = keysFor(settings);
        QVERIFY(loaded(*keys));
        const QString production = newKey();
        const QString second = newKey();
        QVERIFY(save(*keys->keeper(Organization::defaultId()), production).ok());
        QVERIFY(save(*keys->keeper(staging.id), second).ok());

        QCOMPARE(stored(QStringLiteral("api-key")).secret, production);
        QCOMPARE(stored(QStringLiteral("api-key.") + staging.id).secret, second);
        // A new key for one leaves the other's as it was.
        const QString third = newKey();
        QVERIFY(save(*keys->keeper(staging.id), third).ok());
        QCOMPARE(stored(staging.keychainEntry).secret, third);
        QCOMPARE(stored(QStringLiteral("api-key")).secret, production);
    }

    void aRenamedOrganizationKeepsItsKey() {
        AppSettings settings(settingsFile());
        const Organization staging =
            *settings.organizations().findByName(QStringLiteral("Staging"));
        const QString key = stored(staging.keychainEntry).secret;
        QVERIFY(!key.isEmpty());
        QVERIFY(settings.organizations().rename(staging.id, QStringLiteral("Clients")));
        // The next start finds it under the new name.
        AppSettings next(settingsFile());
        auto keys = keysFor(next);
        QVERIFY(loaded(*keys));
        const Organization renamed = *next.organizations().findByName(QStringLiteral("Clients"));
        QCOMPARE(renamed.id, staging.id);
        QCOMPARE(keys->keeper(renamed.id)->key(), key);
    }

    void aRemovedOrganizationsEntryIsDeletedAndNoOtherOne() {
        AppSettings settings(settingsFile());
        const Organization clients =
            *settings.organizations().findByName(QStringLiteral("Clients"));
        const QString production = stored(QStringLiteral("api-key")).secret;
        auto keys = keysFor(settings);
        QVERIFY(loaded(*keys));
        const ManualClock clock(QDateTime::currentDateTimeUtc());
        HistoryStore history(m_keyring.homePath(QStringLiteral("history.sqlite")), clock);
        QVERIFY(history.open());
        OrganizationRemoval removal(settings.organizations(), &history);
        QSignalSpy finished(&removal, &OrganizationRemoval::finished);
        removal.start(clients, *keys->keychain(clients.id));
        QVERIFY(finished.wait(15'000));
        const auto result = finished.at(0).at(0).value<OrganizationRemoval::Result>();
        QVERIFY2(result.removed, qPrintable(result.problem));

        QCOMPARE(stored(clients.keychainEntry).status, SecretStatus::NotFound);
        QCOMPARE(stored(QStringLiteral("api-key")).secret, production);
        QVERIFY(!AppSettings(settingsFile()).organizations().findByName(QStringLiteral("Clients")));
    }
};

QTEST_GUILESS_MAIN(OrganizationKeychainTest)
#include "OrganizationKeychainTest.moc"
