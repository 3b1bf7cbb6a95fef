// Removing an organization takes everything kept about it, key first: a keychain that refuses
// leaves the organization, its key and its readings as they were; without any keychain (none
// installed) there is no key to keep it for; the other organizations lose nothing.
#include "core/organizations/OrganizationRemoval.h"
#include "FailingSecretStore.h"
#include "SampleSnapshots.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "core/organizations/OrganizationList.h"
#include "core/settings/AppSettings.h"
#include "support/MemoryKeychain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class OrganizationRemovalTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const ManualClock m_clock{QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC)};

    static OrganizationRemoval::Result removeWith(OrganizationRemoval &removal,
                                                  const Organization &organization,
                                                  SecretStore &keychain) {
        QSignalSpy finished(&removal, &OrganizationRemoval::finished);
        removal.start(organization, keychain);
        finished.wait(2'000);
        return finished.isEmpty() ? OrganizationRemoval::Result()
                                  : finished.at(0).at(0).value<OrganizationRemoval::Result>();
    }

private slots:
    void init() {
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        QFile::remove(m_dir.filePath(QStringLiteral("history.sqlite")));
    }

    void theKeyTheReadingsAndTheOrganizationGo() {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        HistoryStore store(m_dir.filePath(QStringLiteral("history.sqlite")), m_clock);
        QVERIFY(store.open());
        const Organization staging =
            *settings.organizations().add(QStringLiteral("Staging"), QUrl());
        QVERIFY(store.record(staging.historyKey(), SampleSnapshots::monthly()));
        QVERIFY(store.record(Organization::defaultId(), SampleSnapshots::monthly()));
        MemoryKeychain keychain;
        keychain.setKey(staging.keychainEntry, QStringLiteral("ak_staging"));
        keychain.setKey(QStringLiteral("api-key"), QStringLiteral("ak_default"));
        const std::unique_ptr<SecretStore> entry = keychain.store(staging.keychainEntry);

        OrganizationRemoval removal(settings.organizations(), &store);
        const OrganizationRemoval::Result result = removeWith(removal, staging, *entry);
        QVERIFY2(result.removed, qPrintable(result.problem));
        QCOMPARE(result.readingsRemoved, 1);
        QVERIFY(!keychain.hasKey(staging.keychainEntry));
        QVERIFY(!store.latestSnapshot(staging.historyKey()));
        QVERIFY(!settings.organizations().find(staging.id));
        QVERIFY(keychain.hasKey(QStringLiteral("api-key")));
        QVERIFY(store.latestSnapshot(Organization::defaultId()));
    }

    void theFirstOrganizationTakesItsEarlierReadingsWithIt() {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        HistoryStore store(m_dir.filePath(QStringLiteral("history.sqlite")), m_clock);
        QVERIFY(store.open());
        // Recorded by an older version while this one was not looking: adopted at the next
        // opening, and in any case the first organization's.
        QVERIFY(store.record(QStringLiteral("https://api.allium.so"), SampleSnapshots::monthly()));
        const Organization first = settings.organizations().stored().constFirst();
        MemoryKeychain keychain;
        const std::unique_ptr<SecretStore> entry = keychain.store(first.keychainEntry);
        OrganizationRemoval removal(settings.organizations(), &store);
        QVERIFY(removeWith(removal, first, *entry).removed);
        QVERIFY(store.readingsBetween(QStringLiteral("https://api.allium.so"), {}, {}).isEmpty());
        QVERIFY(settings.organizations().stored().isEmpty());
    }

    void aKeychainThatRefusesKeepsEverything_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("removed");
        QTest::newRow("refused (locked)") << int(SecretStatus::Failed) << false;
        QTest::newRow("no answer in time") << int(SecretStatus::TimedOut) << false;
        QTest::newRow("no keychain at all: no key to keep")
            << int(SecretStatus::Unavailable) << true;
        QTest::newRow("no key stored") << int(SecretStatus::NotFound) << true;
    }

    void aKeychainThatRefusesKeepsEverything() {
        QFETCH(int, status);
        QFETCH(bool, removed);
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        HistoryStore store(m_dir.filePath(QStringLiteral("history.sqlite")), m_clock);
        QVERIFY(store.open());
        const Organization staging =
            *settings.organizations().add(QStringLiteral("Staging"), QUrl());
        QVERIFY(store.record(staging.historyKey(), SampleSnapshots::monthly()));
        FailingSecretStore keychain(SecretStatus(status),
                                    QStringLiteral("The keychain is locked."));
        OrganizationRemoval removal(settings.organizations(), &store);
        const OrganizationRemoval::Result result = removeWith(removal, staging, keychain);
        QCOMPARE(result.removed, removed);
        QCOMPARE(result.keyKept, !removed);
        QCOMPARE(settings.organizations().find(staging.id).has_value(), !removed);
        QCOMPARE(store.latestSnapshot(staging.historyKey()).has_value(), !removed);
        if (!removed) {
            QVERIFY2(result.problem.contains(QStringLiteral("Staging")) &&
                         result.problem.contains(QStringLiteral("locked")),
                     qPrintable(result.problem));
        }
    }
};

QTEST_GUILESS_MAIN(OrganizationRemovalTest)
#include "OrganizationRemovalTest.moc"
