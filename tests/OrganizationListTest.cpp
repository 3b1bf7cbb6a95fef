// The list of organizations in the settings file: the single-key setup's organization until the
// list is first written (its address from the old setting, its key entry "api-key"), stable ids,
// names that must be unique and readable, add/rename/move/remove announced once each and kept
// across restarts, ALLIUM_API_KEY's organization for the session only, nothing changed when the
// file cannot be written, and the readings of before organizations filed under the first one.
#include "core/organizations/OrganizationList.h"
#include "SampleSnapshots.h"
#include "core/Clock.h"
#include "core/api/BaseUrlPolicy.h"
#include "core/history/HistoryStore.h"
#include "core/secrets/SystemdCredentialStore.h"
#include "core/settings/AppSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class OrganizationListTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    static QStringList namesOf(const QList<Organization> &organizations) {
        QStringList names;
        for (const Organization &organization : organizations)
            names.append(organization.name);
        return names;
    }

private slots:
    void init() { QFile::remove(file()); }

    void aFirstStartHasTheDefaultOrganizationAndWritesNothing() {
        {
            AppSettings settings(file());
            const QList<Organization> stored = settings.organizations().stored();
            QCOMPARE(stored.size(), 1);
            QCOMPARE(stored.constFirst().id, Organization::defaultId());
            QCOMPARE(stored.constFirst().name, QStringLiteral("Default"));
            QCOMPARE(stored.constFirst().keychainEntry, QStringLiteral("api-key"));
            QCOMPARE(stored.constFirst().effectiveBaseUrl(), BaseUrlPolicy::defaultBaseUrl());
            QCOMPARE(stored.constFirst().earlierHistoryKey,
                     QStringLiteral("https://api.allium.so"));
            QVERIFY(!settings.organizations().isWritten());
        }
        QVERIFY(!QFile::exists(file()));
    }

    void theSingleKeySetupsAddressBecomesTheFirstOrganizations() {
        {
            QSettings raw(file(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("service/baseUrl"),
                         QStringLiteral("https://proxy.example.com/allium/"));
        }
        AppSettings settings(file());
        const Organization first = settings.organizations().stored().constFirst();
        QCOMPARE(first.baseUrl, QUrl(QStringLiteral("https://proxy.example.com/allium/")));
        // Its readings were kept under the address, without the trailing slash.
        QCOMPARE(first.earlierHistoryKey, QStringLiteral("https://proxy.example.com/allium"));
        // Written as it is at the first change, and then kept as written.
        QVERIFY(settings.organizations().rename(first.id, QStringLiteral("Production")));
        AppSettings next(file());
        const Organization kept = next.organizations().stored().constFirst();
        QCOMPARE(kept.id, Organization::defaultId());
        QCOMPARE(kept.name, QStringLiteral("Production"));
        QCOMPARE(kept.baseUrl, first.baseUrl);
        QCOMPARE(kept.keychainEntry, QStringLiteral("api-key"));
        QCOMPARE(kept.earlierHistoryKey, first.earlierHistoryKey);
    }

    void addRenameMoveAndRemoveAreKeptAndAnnouncedOnceEach() {
        AppSettings settings(file());
        OrganizationList &list = settings.organizations();
        QSignalSpy changed(&list, &OrganizationList::changed);
        const std::optional<Organization> staging =
            list.add(QStringLiteral("  Staging "), QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(staging);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(staging->name, QStringLiteral("Staging"));
        QCOMPARE(staging->keychainEntry, QStringLiteral("api-key.") + staging->id);
        QVERIFY(staging->earlierHistoryKey.isEmpty());
        const std::optional<Organization> clients = list.add(QStringLiteral("Clients"), QUrl());
        QVERIFY(clients && clients->id != staging->id);
        QCOMPARE(namesOf(list.stored()),
                 (QStringList{QStringLiteral("Default"), QStringLiteral("Staging"),
                              QStringLiteral("Clients")}));

        QVERIFY(list.rename(Organization::defaultId(), QStringLiteral("Production")));
        QVERIFY(list.move(clients->id, 0));
        QVERIFY(list.setBaseUrl(staging->id, QUrl()));
        QCOMPARE(changed.size(), 5);
        QVERIFY(list.rename(clients->id, QStringLiteral("Clients"))); // unchanged: no signal
        QCOMPARE(changed.size(), 5);

        AppSettings next(file());
        const QList<Organization> kept = next.organizations().stored();
        QCOMPARE(namesOf(kept),
                 (QStringList{QStringLiteral("Clients"), QStringLiteral("Production"),
                              QStringLiteral("Staging")}));
        QCOMPARE(kept.at(2).id, staging->id);
        QCOMPARE(kept.at(2).effectiveBaseUrl(), BaseUrlPolicy::defaultBaseUrl());

        QVERIFY(list.remove(staging->id));
        QCOMPARE(changed.size(), 6);
        QCOMPARE(AppSettings(file()).organizations().stored().size(), 2);
        // Removing them all leaves an empty list, not the first start's organization again.
        QVERIFY(list.remove(clients->id));
        QVERIFY(list.remove(Organization::defaultId()));
        QVERIFY(AppSettings(file()).organizations().stored().isEmpty());
        QVERIFY(AppSettings(file()).organizations().isWritten());
    }

    void aNameMustBeUsable_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problemStartsWith");
        QTest::newRow("empty") << QString() << QStringLiteral("Give the organization a name");
        QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("Give");
        QTest::newRow("taken, in another case")
            << QStringLiteral("default") << QStringLiteral("There is already");
        QTest::newRow("the environment's")
            << QStringLiteral("Environment") << QStringLiteral("\"environment\" is the name");
        QTest::newRow("a line break")
            << QStringLiteral("Pro\nduction") << QStringLiteral("The name cannot contain");
        QTest::newRow("too long") << QString(65, QLatin1Char('x'))
                                  << QStringLiteral("Keep the name");
        QTest::newRow("fine, with accents and spaces")
            << QStringLiteral("Équipe données") << QString();
        QTest::newRow("fine, 64 characters") << QString(64, QLatin1Char('x')) << QString();
    }

    void aNameMustBeUsable() {
        QFETCH(QString, name);
        QFETCH(QString, problemStartsWith);
        AppSettings settings(file());
        OrganizationList &list = settings.organizations();
        QSignalSpy changed(&list, &OrganizationList::changed);
        QString problem;
        const std::optional<Organization> added = list.add(name, QUrl(), &problem);
        QCOMPARE(added.has_value(), problemStartsWith.isEmpty());
        QVERIFY2(problem.startsWith(problemStartsWith), qPrintable(problem));
        QCOMPARE(changed.size(), added ? 1 : 0);
        QCOMPARE(list.stored().size(), added ? 2 : 1);
    }

    void anAddressTheKeyMayNotGoToIsRefused() {
        AppSettings settings(file());
        QString problem;
        QVERIFY(!settings.organizations().add(
            QStringLiteral("Proxy"), QUrl(QStringLiteral("http://proxy.example.com")), &problem));
        QVERIFY2(problem.startsWith(QStringLiteral("Proxy: ")), qPrintable(problem));
        QVERIFY(!settings.organizations().isWritten());
    }

    void theEnvironmentsOrganizationIsForThisSessionOnly() {
        {
            AppSettings settings(file());
            OrganizationList &list = settings.organizations();
            QSignalSpy changed(&list, &OrganizationList::changed);
            list.setEnvironmentOrganization(true);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(namesOf(list.all()),
                     (QStringList{QStringLiteral("environment"), QStringLiteral("Default")}));
            QVERIFY(list.all().constFirst().isFromEnvironment());
            QCOMPARE(list.findByName(QStringLiteral("ENVIRONMENT"))->id,
                     Organization::environmentId());
            QVERIFY(list.add(QStringLiteral("Staging"), QUrl()));
            // Neither removable nor kept: it is not in the settings file.
            QVERIFY(!list.remove(Organization::environmentId()));
        }
        AppSettings next(file());
        QCOMPARE(namesOf(next.organizations().all()),
                 (QStringList{QStringLiteral("Default"), QStringLiteral("Staging")}));
    }

    void aSettingsFileThatCannotBeWrittenChangesNothing() {
        // Its folder would have to be where a file is: no one can write there, not even root.
        QTemporaryDir folder;
        QFile blocker(folder.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AppSettings settings(folder.filePath(QStringLiteral("not-a-folder/settings.ini")));
        OrganizationList &list = settings.organizations();
        QSignalSpy changed(&list, &OrganizationList::changed);
        QString problem;
        QVERIFY(!list.add(QStringLiteral("Staging"), QUrl(), &problem));
        QVERIFY2(problem.contains(QStringLiteral("cannot be written")), qPrintable(problem));
        QVERIFY(!list.rename(Organization::defaultId(), QStringLiteral("Production"), &problem));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(namesOf(list.stored()), QStringList{QStringLiteral("Default")});
        QVERIFY(!list.isWritten());
    }

    void applyTakesTheDialogsEditsInOneStep() {
        AppSettings settings(file());
        OrganizationList &list = settings.organizations();
        QSignalSpy changed(&list, &OrganizationList::changed);
        Organization staging;
        staging.id = Organization::newId(list.stored());
        staging.name = QStringLiteral("Staging");
        Organization production = list.stored().constFirst();
        production.name = QStringLiteral("Production");
        production.keychainEntry = QStringLiteral("somewhere-else"); // not the caller's to change
        QVERIFY(list.apply({staging, production}));
        QCOMPARE(changed.size(), 1);
        const QList<Organization> stored = list.stored();
        QCOMPARE(namesOf(stored),
                 (QStringList{QStringLiteral("Staging"), QStringLiteral("Production")}));
        QCOMPARE(stored.at(0).id, staging.id);
        QCOMPARE(stored.at(0).keychainEntry, Organization::keychainEntryFor(staging.id));
        QCOMPARE(stored.at(1).keychainEntry, QStringLiteral("api-key"));

        // A stored organization left out is refused: it goes with its key, through remove().
        QString problem;
        QVERIFY(!list.apply({stored.at(0)}, &problem));
        QVERIFY2(problem.contains(QStringLiteral("Production")), qPrintable(problem));
        // Two with one name are refused as a whole.
        Organization twin = stored.at(0);
        twin.id = Organization::newId(stored);
        QVERIFY(!list.apply({stored.at(0), stored.at(1), twin}, &problem));
        QCOMPARE(list.stored().size(), 2);
        QCOMPARE(changed.size(), 1);
    }

    void newIdsAreNeverTakenOrReserved() {
        QList<Organization> taken;
        for (int i = 0; i < 200; ++i) {
            Organization organization;
            organization.id = Organization::newId(taken);
            QVERIFY(organization.id != Organization::defaultId());
            QVERIFY(organization.id != Organization::environmentId());
            QVERIFY(!Organization::withId(taken, organization.id));
            // Usable in a systemd credential's name: allium-api-key.<id>.
            QVERIFY(!SystemdCredentialStore::credentialName(organization.id).isEmpty());
            taken.append(organization);
        }
    }

    void earlierReadingsGoToTheFirstOrganizationAndNowhereElse() {
        const ManualClock clock(QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC));
        const QString path = m_dir.filePath(QStringLiteral("history.sqlite"));
        QFile::remove(path);
        {
            HistoryStore store(path, clock);
            QVERIFY(store.open());
            QVERIFY(
                store.record(QStringLiteral("https://api.allium.so"), SampleSnapshots::monthly()));
            QVERIFY(store.record(QStringLiteral("https://proxy.example.com/allium"),
                                 SampleSnapshots::monthly()));
            QVERIFY(store.record(HistoryStore::demoSourceKey(), SampleSnapshots::monthly()));
        }
        AppSettings settings(file());
        HistoryStore store(path, clock);
        QVERIFY(settings.openHistory(store));
        QVERIFY(!store.latestSnapshot(QStringLiteral("https://api.allium.so")));
        QVERIFY(store.latestSnapshot(Organization::defaultId()));
        // Nothing says whose the proxy's readings were: they stay where they are, as does demo
        // data.
        QVERIFY(store.latestSnapshot(QStringLiteral("https://proxy.example.com/allium")));
        QVERIFY(store.latestSnapshot(HistoryStore::demoSourceKey()));
        // Again (every opening does it): nothing more moves, nothing breaks.
        QCOMPARE(settings.organizations().adoptEarlierReadings(store), 0);
        QCOMPARE(store.readingsBetween(Organization::defaultId(), {}, {}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(OrganizationListTest)
#include "OrganizationListTest.moc"
