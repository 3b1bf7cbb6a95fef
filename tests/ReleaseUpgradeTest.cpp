// The upgrade from the single-key release, on copies of a store and a settings file that release
// 0.1.0 wrote itself (tests/data/release-0.1.0) and its key in the keychain entry "api-key" of a
// real Secret Service (a private gnome-keyring): one organization, with its key, every one of its
// readings and the settings as they were; the proxy's and the demo's readings are given to no
// organization; an upgrade interrupted, run again, or without a keychain loses nothing.
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "core/organizations/OrganizationKeys.h"
#include "core/organizations/OrganizationList.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"
#include "support/AppProcess.h"
#include "support/PrivateKeyring.h"
#include "support/ScriptedUsageApi.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString earlierKey = QStringLiteral("https://api.allium.so");
const QString proxyKey = QStringLiteral("https://proxy.example.com/allium");
// When release 0.1.0 wrote the store (its clock stood here when it finished).
const QDateTime writtenAt = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

QByteArray contentsOf(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The sightings of a source (a row seen over a stretch counts twice), as comparable text.
QStringList sightings(const HistoryStore &store, const QString &source) {
    QStringList list;
    for (const UsageSnapshot &reading : store.readingsBetween(source, {}, {})) {
        QString line = reading.receivedAt.toString(Qt::ISODate);
        for (const UnitUsage &unit : reading.units)
            line += QStringLiteral(" %1=%2").arg(unit.key).arg(unit.consumed.value_or(-1));
        list.append(line);
    }
    return list;
}

} // namespace

class ReleaseUpgradeTest final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PrivateKeyring> m_keyring;
    const ManualClock m_clock{writtenAt};
    const QString m_key = QStringLiteral("ak_release_010_key");

    QString configFile() const {
        return m_keyring->homePath(QStringLiteral("config/Allium/allium-usage.conf"));
    }
    QString historyFile() const {
        return m_keyring->homePath(QStringLiteral("data/Allium/allium-usage/history.sqlite"));
    }
    static QString fixture(const char *name) {
        return QStringLiteral(ALLIUM_TEST_DATA_DIR "/release-0.1.0/") + QLatin1String(name);
    }
    // The fixture's readings as release 0.1.0 keeps them, read without pruning anything.
    static QStringList earlierSightings(const QString &source) {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("history.sqlite"));
        QFile::copy(fixture("history.sqlite"), copy);
        const ManualClock clock(writtenAt);
        HistoryStore store(copy, clock);
        store.setRetentionDays(0);
        return store.open() ? sightings(store, source) : QStringList();
    }
    SecretResult writeEarlierKey(const QString &key) {
        KeychainSecretStore store; // the entry "api-key", as release 0.1.0 wrote it
        QSignalSpy written(&store, &SecretStore::writeFinished);
        store.writeKey(key);
        if (!written.wait(15'000))
            return {SecretStatus::TimedOut, QStringLiteral("no answer"), {}};
        return written.at(0).at(0).value<SecretResult>();
    }
    AppProcess::Outcome run(const QStringList &arguments, const QString &busAddress = {}) const {
        return AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), m_keyring->environment(busAddress))
            .run(arguments);
    }

private slots:
    void initTestCase() {
        // One bus for the whole program: GLib ends a process whose session bus goes away.
        m_keyring = std::make_unique<PrivateKeyring>();
        QVERIFY2(m_keyring->start(), qPrintable(m_keyring->problem()));
        m_keyring->useInThisProcess();
    }
    void cleanupTestCase() { m_keyring.reset(); }

    // Each test starts from the files release 0.1.0 left.
    void init() {
        // (The keyring keeps its own files under data/keyrings.)
        for (const char *folder : {"config/Allium", "data/Allium"})
            QDir(m_keyring->homePath(QLatin1String(folder))).removeRecursively();
        QVERIFY(QDir().mkpath(QFileInfo(configFile()).path()));
        QVERIFY(QDir().mkpath(QFileInfo(historyFile()).path()));
        QVERIFY(QFile::copy(fixture("allium-usage.conf"), configFile()));
        QVERIFY(QFile::copy(fixture("history.sqlite"), historyFile()));
        QFile::setPermissions(historyFile(), QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(configFile(), QFile::ReadOwner | QFile::WriteOwner);
    }

    void theSingleKeySetupBecomesOneOrganizationWithEverythingItHad() {
        const QStringList before = earlierSightings(earlierKey);
        QVERIFY(before.size() > 252); // 252 readings, and the idle stretch seen twice
        QVERIFY2(writeEarlierKey(m_key).ok(), "the keychain entry api-key could not be written");

        AppSettings settings(configFile());
        const QList<Organization> organizations = settings.organizations().stored();
        QCOMPARE(organizations.size(), 1);
        const Organization &first = organizations.constFirst();
        QCOMPARE(first.id, Organization::defaultId());
        QCOMPARE(first.name, QStringLiteral("Default"));
        QCOMPARE(first.effectiveBaseUrl(), QUrl(earlierKey));
        QCOMPARE(first.keychainEntry, QStringLiteral("api-key"));
        // The settings as they were.
        QCOMPARE(settings.warningPercent(), 70.0);
        QCOMPARE(settings.criticalPercent(), 85.0);
        QCOMPARE(settings.refreshIntervalMinutes(), 10);
        QCOMPARE(settings.historyRetentionDays(), 365);
        QVERIFY(settings.closeToTray() && settings.notificationsEnabled());

        // Its key, without anyone typing it again.
        OrganizationKeys keys(
            [](const QString &entry) -> std::unique_ptr<SecretStore> {
                auto store = std::make_unique<KeychainSecretStore>();
                store->setEntryName(entry);
                return store;
            },
            QString());
        keys.setOrganizations(organizations);
        QVERIFY(QTest::qWaitFor([&keys] { return keys.allLoaded(); }, 15'000));
        QCOMPARE(keys.keeper(first.id)->key(), m_key);

        // Every reading it had, under its id; none left under the address.
        HistoryStore store(historyFile(), m_clock);
        QVERIFY2(settings.openHistory(store), qPrintable(store.errorMessage()));
        QCOMPARE(sightings(store, first.id), before);
        QVERIFY(sightings(store, earlierKey).isEmpty());
        // Its last reading, of 20 November 11:30, shown at the first start as recorded.
        QCOMPARE(store.latestSnapshot(first.id)->receivedAt,
                 QDateTime(QDate(2026, 11, 20), QTime(11, 30), Qt::UTC));
        QCOMPARE(store.periods(first.id).size(), 2); // October and November
        // The proxy's reading and the demo's are nobody's: where they were, untouched.
        QCOMPARE(sightings(store, proxyKey), earlierSightings(proxyKey));
        QCOMPARE(sightings(store, HistoryStore::demoSourceKey()),
                 earlierSightings(HistoryStore::demoSourceKey()));
        // Nothing had to be written to the settings file for any of this.
        QCOMPARE(contentsOf(configFile()), contentsOf(fixture("allium-usage.conf")));
    }

    void anUpgradeRunAgainOrInterruptedLosesAndDuplicatesNothing() {
        const QStringList before = earlierSightings(earlierKey);
        {
            AppSettings settings(configFile());
            HistoryStore store(historyFile(), m_clock);
            QVERIFY(settings.openHistory(store));
            // The person renames the organization: now the list is written.
            QVERIFY(settings.organizations().rename(Organization::defaultId(),
                                                    QStringLiteral("Production")));
            // Release 0.1.0, still running somewhere, records one more under the address.
            UsageSnapshot late = *store.latestSnapshot(Organization::defaultId());
            late.units.first().consumed = late.units.first().consumed.value() + 1;
            late.receivedAt = writtenAt.addSecs(600);
            QVERIFY(store.record(earlierKey, late));
        }
        AppSettings settings(configFile());
        const Organization production = settings.organizations().stored().constFirst();
        QCOMPARE(production.name, QStringLiteral("Production"));
        QCOMPARE(production.earlierHistoryKey, earlierKey);
        HistoryStore store(historyFile(), m_clock);
        QVERIFY(settings.openHistory(store));
        // Opened again: the late reading joins the organization's, nothing is counted twice.
        QCOMPARE(sightings(store, production.id).size(), before.size() + 1);
        QCOMPARE(sightings(store, production.id).mid(0, before.size()), before);
        QVERIFY(sightings(store, earlierKey).isEmpty());
        QCOMPARE(settings.organizations().adoptEarlierReadings(store), 0);
    }

    void theCommandLineFindsTheOrganizationItsKeyAndItsReadings() {
        QVERIFY(writeEarlierKey(m_key).ok());
        const AppProcess::Outcome list = run({QStringLiteral("--list-orgs")});
        QCOMPARE(list.exitCode, 0);
        const QStringList rows =
            QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("Default")) &&
                     rows.at(1).contains(earlierKey) &&
                     rows.at(1).contains(QStringLiteral("the system keychain")),
                 qPrintable(rows.at(1)));

        // The key from before goes to the (loopback) API; the reading joins the organization's.
        ScriptedUsageApi api;
        const AppProcess::Outcome once =
            run({QStringLiteral("--once"), QStringLiteral("--base-url"), api.baseUrl().toString()});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QCOMPARE(api.lastRequest().header("X-API-KEY"), m_key.toUtf8());

        // --history writes the organization's readings, the earlier ones included, as the store
        // now holds them (its 365-day retention counted from today).
        const AppProcess::Outcome history = run({QStringLiteral("--history")});
        QCOMPARE(history.exitCode, 0);
        HistoryStore store(historyFile(), Clock::system());
        store.setRetentionDays(365);
        QVERIFY(store.open());
        QVERIFY(store.readingsBetween(earlierKey, {}, {}).isEmpty());
        int expected = 0;
        for (const UsageSnapshot &reading :
             store.readingsBetween(Organization::defaultId(), {}, {}))
            expected += int(reading.units.size());
        QCOMPARE(int(history.out.count("\r\n")), 1 + expected);
        QVERIFY(history.out.contains("developer_units"));
    }

    void withoutAKeychainTheUpgradeStillLosesNothing() {
        QVERIFY(writeEarlierKey(m_key).ok());
        const QString deadBus =
            QStringLiteral("unix:path=") + m_keyring->homePath(QStringLiteral("no-bus"));
        const AppProcess::Outcome list = run({QStringLiteral("--list-orgs")}, deadBus);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("Default") && list.out.contains("No system keychain"),
                 list.out.constData());
        const AppProcess::Outcome history = run({QStringLiteral("--history")}, deadBus);
        QCOMPARE(history.exitCode, 0);
        // Once the keychain is back, the key is where it always was.
        const AppProcess::Outcome again = run({QStringLiteral("--list-orgs")});
        QVERIFY(again.out.contains("the system keychain"));
        KeychainSecretStore store;
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.readKey();
        QVERIFY(read.wait(15'000));
        QCOMPARE(read.at(0).at(0).value<SecretResult>().secret, m_key);
    }
};

QTEST_GUILESS_MAIN(ReleaseUpgradeTest)
#include "ReleaseUpgradeTest.moc"
