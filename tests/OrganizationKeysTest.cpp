// The keys of a dashboard's organizations, over a keychain in memory (the real one has
// OrganizationKeychainTest): held lookups wait for their release, while ALLIUM_API_KEY is taken at
// once.
#include "core/organizations/OrganizationKeys.h"
#include "core/organizations/OrganizationList.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/settings/AppSettings.h"
#include "support/MemoryKeychain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class OrganizationKeysTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void heldKeychainLookupsWaitForTheirReleaseTheEnvironmentsKeyDoesNot() {
        AppSettings settings(m_dir.filePath(QStringLiteral("held.ini")));
        OrganizationList &list = settings.organizations();
        list.setEnvironmentOrganization(true);
        const QList<Organization> organizations = list.all();
        QCOMPARE(organizations.size(), 2); // the environment's and the default one
        const Organization environment = organizations.at(0);
        const Organization stored = organizations.at(1);
        QVERIFY(environment.isFromEnvironment());
        MemoryKeychain keychain;
        keychain.setKey(stored.keychainEntry, QStringLiteral("from-the-keychain"));

        OrganizationKeys keys(keychain.factory(), QStringLiteral("from-the-environment"));
        QSignalSpy changed(&keys, &OrganizationKeys::keyChanged);
        keys.holdLookups();
        keys.setOrganizations(organizations);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), environment.id);
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("from-the-environment"));
        QTest::qWait(50);
        QCOMPARE(changed.size(), 1); // the keychain is not asked while held
        QVERIFY(!keys.keeper(stored.id)->isLoaded());
        QVERIFY(!keys.allLoaded());

        keys.releaseLookups();
        QTRY_VERIFY(keys.allLoaded());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toString(), stored.id);
        QCOMPARE(changed.at(1).at(1).toString(), QStringLiteral("from-the-keychain"));
        keys.releaseLookups(); // a second release asks nothing again
        QTest::qWait(50);
        QCOMPARE(changed.size(), 2);
    }

    void withoutAHoldEveryKeyIsLookedUpAtOnce() {
        AppSettings settings(m_dir.filePath(QStringLiteral("free.ini")));
        const QList<Organization> organizations = settings.organizations().all();
        MemoryKeychain keychain;
        keychain.setKey(organizations.at(0).keychainEntry, QStringLiteral("stored"));
        OrganizationKeys keys(keychain.factory(), QString());
        QSignalSpy changed(&keys, &OrganizationKeys::keyChanged);
        keys.setOrganizations(organizations);
        QTRY_VERIFY(keys.allLoaded());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("stored"));
    }
};

QTEST_GUILESS_MAIN(OrganizationKeysTest)
#include "OrganizationKeysTest.moc"
