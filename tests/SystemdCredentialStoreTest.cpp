// The service's key from a systemd credential ($CREDENTIALS_DIRECTORY/allium-api-key): read and
// trimmed, a missing one is "not found" (the next place is asked), a broken one is explained, and
// the app never writes one. End to end, --once sends a credential's key to the API.
#include "core/secrets/SystemdCredentialStore.h"
#include "core/secrets/ApiKeyResolver.h"
#include "core/secrets/SessionSecretStore.h"
#include "support/AppProcess.h"
#include "support/ScriptedUsageApi.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

SecretResult readFrom(SystemdCredentialStore &store) {
    QSignalSpy finished(&store, &SecretStore::readFinished);
    store.readKey();
    if (!finished.wait(2000))
        return {};
    return finished.constFirst().constFirst().value<SecretResult>();
}

} // namespace

class SystemdCredentialStoreTest final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void readsTheKeyWithoutItsLineEnd();
    void namesOneCredentialPerOrganization_data();
    void namesOneCredentialPerOrganization();
    void noCredentialIsNotFound_data();
    void noCredentialIsNotFound();
    void unusableCredentialIsExplained_data();
    void unusableCredentialIsExplained();
    void neverWritesOrDeletes();
    void resolverTakesTheCredentialAfterTheEnvironment();
    void onceSendsTheCredentialsKey();

private:
    void writeCredential(const QString &name, const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void SystemdCredentialStoreTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
}

void SystemdCredentialStoreTest::writeCredential(const QString &name, const QByteArray &content) {
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void SystemdCredentialStoreTest::readsTheKeyWithoutItsLineEnd() {
    writeCredential(QStringLiteral("allium-api-key"), "sk-from-systemd\n");
    SystemdCredentialStore store(m_dir->path());
    const SecretResult result = readFrom(store);
    QCOMPARE(result.status, SecretStatus::Ok);
    QCOMPARE(result.secret, QStringLiteral("sk-from-systemd"));
    QVERIFY(store.displayName().contains(QStringLiteral("allium-api-key")));
}

void SystemdCredentialStoreTest::namesOneCredentialPerOrganization_data() {
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("name");
    QTest::newRow("the one organization") << QString() << QStringLiteral("allium-api-key");
    QTest::newRow("an id") << QStringLiteral("staging") << QStringLiteral("allium-api-key.staging");
    QTest::newRow("an id with digits and dashes")
        << QStringLiteral("org-2_eu") << QStringLiteral("allium-api-key.org-2_eu");
    QTest::newRow("a path is no id") << QStringLiteral("../etc/shadow") << QString();
    QTest::newRow("a hidden name is no id") << QStringLiteral(".hidden") << QString();
    QTest::newRow("spaces are no id") << QStringLiteral("my org") << QString();
}

void SystemdCredentialStoreTest::namesOneCredentialPerOrganization() {
    QFETCH(QString, organization);
    QFETCH(QString, name);
    QCOMPARE(SystemdCredentialStore::credentialName(organization), name);
}

void SystemdCredentialStoreTest::noCredentialIsNotFound_data() {
    QTest::addColumn<bool>("withDirectory");
    QTest::newRow("no CREDENTIALS_DIRECTORY") << false;
    QTest::newRow("a directory without the credential") << true;
}

void SystemdCredentialStoreTest::noCredentialIsNotFound() {
    QFETCH(bool, withDirectory);
    SystemdCredentialStore store(withDirectory ? m_dir->path() : QString());
    QCOMPARE(readFrom(store).status, SecretStatus::NotFound);
}

void SystemdCredentialStoreTest::unusableCredentialIsExplained_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray("\n") << QStringLiteral("is empty");
    QTest::newRow("too large") << QByteArray(SystemdCredentialStore::MaximumFileBytes + 1, 'k')
                               << QStringLiteral("larger than");
    QTest::newRow("not a file") << QByteArray() << QStringLiteral("cannot be read");
}

void SystemdCredentialStoreTest::unusableCredentialIsExplained() {
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    if (reason == QLatin1String("cannot be read"))
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("allium-api-key")));
    else
        writeCredential(QStringLiteral("allium-api-key"), content);
    SystemdCredentialStore store(m_dir->path());
    const SecretResult result = readFrom(store);
    QCOMPARE(result.status, SecretStatus::Failed);
    QVERIFY2(result.message.contains(reason), qPrintable(result.message));
    QVERIFY(result.secret.isEmpty());
}

void SystemdCredentialStoreTest::neverWritesOrDeletes() {
    SystemdCredentialStore store(m_dir->path());
    QSignalSpy written(&store, &SecretStore::writeFinished);
    store.writeKey(QStringLiteral("sk-should-not-land"));
    QVERIFY(written.wait(2000));
    QCOMPARE(written.constFirst().constFirst().value<SecretResult>().status, SecretStatus::Failed);
    QVERIFY(QDir(m_dir->path()).isEmpty());
    QSignalSpy deleted(&store, &SecretStore::deleteFinished);
    store.deleteKey();
    QVERIFY(deleted.wait(2000));
}

void SystemdCredentialStoreTest::resolverTakesTheCredentialAfterTheEnvironment() {
    writeCredential(QStringLiteral("allium-api-key"), "sk-credential");
    SystemdCredentialStore credential(m_dir->path());
    SessionSecretStore keychainStandIn;
    {
        ApiKeyResolver resolver(QString(), {&credential, &keychainStandIn});
        QSignalSpy resolved(&resolver, &ApiKeyResolver::resolved);
        resolver.resolve();
        QVERIFY(resolved.wait(2000));
        const auto resolution =
            resolved.constFirst().constFirst().value<ApiKeyResolver::Resolution>();
        QCOMPARE(resolution.key, QStringLiteral("sk-credential"));
        QCOMPARE(resolution.store, &credential);
    }
    ApiKeyResolver resolver(QStringLiteral("sk-environment"), {&credential, &keychainStandIn});
    QSignalSpy resolved(&resolver, &ApiKeyResolver::resolved);
    resolver.resolve();
    QVERIFY(resolved.wait(2000));
    QCOMPARE(resolved.constFirst().constFirst().value<ApiKeyResolver::Resolution>().key,
             QStringLiteral("sk-environment"));
}

void SystemdCredentialStoreTest::onceSendsTheCredentialsKey() {
    writeCredential(QStringLiteral("allium-api-key"), "sk-credential-e2e\n");
    ScriptedUsageApi api;
    QVERIFY(api.isListening());
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"ALLIUM_API_KEY", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    const AppProcess::Outcome outcome =
        AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), environment)
            .run({QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--no-history"), QStringLiteral("--base-url"),
                  api.baseUrl().toString()});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("sk-credential-e2e"));
    QVERIFY(!outcome.out.contains("sk-credential") && !outcome.err.contains("sk-credential"));
}

QTEST_GUILESS_MAIN(SystemdCredentialStoreTest)
#include "SystemdCredentialStoreTest.moc"
