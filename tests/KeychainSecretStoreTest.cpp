// The QtKeychain store against a real Secret Service: scripts/test runs this inside a private
// D-Bus session with an unlocked, throwaway gnome-keyring-daemon.
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class KeychainSecretStoreTest final : public QObject {
    Q_OBJECT

private:
    // Runs one operation and returns its single result.
    template<typename Start>
    SecretResult run(KeychainSecretStore &store, void (SecretStore::*signal)(const SecretResult &),
                     Start start) {
        QSignalSpy spy(&store, signal);
        start();
        if (!spy.wait(15'000) && spy.isEmpty())
            return {SecretStatus::Failed, QStringLiteral("no answer from the store at all"), {}};
        return spy.takeFirst().at(0).value<SecretResult>();
    }
    SecretResult read(KeychainSecretStore &store) {
        return run(store, &SecretStore::readFinished, [&] { store.readKey(); });
    }
    SecretResult write(KeychainSecretStore &store, const QString &key) {
        return run(store, &SecretStore::writeFinished, [&] { store.writeKey(key); });
    }
    SecretResult remove(KeychainSecretStore &store) {
        return run(store, &SecretStore::deleteFinished, [&] { store.deleteKey(); });
    }
    // A fresh entry per test, so a developer's real key is never touched.
    static QString testEntry() {
        return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    static QString randomKey() {
        return QStringLiteral("ak_test_") + QUuid::createUuid().toString(QUuid::Id128);
    }

private slots:
    void serviceNameIsTheStableAppId() {
        QCOMPARE(KeychainSecretStore::serviceName(), QStringLiteral("so.allium.AlliumUsage"));
        QCOMPARE(KeychainSecretStore::defaultEntryName(), QStringLiteral("api-key"));
    }

    void writeReadOverwriteDeleteRoundTrip() {
        KeychainSecretStore store;
        store.setEntryName(testEntry());

        const SecretResult absent = read(store);
        QVERIFY2(absent.status == SecretStatus::NotFound, qPrintable(absent.message));

        const QString first = randomKey();
        const SecretResult written = write(store, first);
        QVERIFY2(written.ok(), qPrintable(written.message));
        const SecretResult firstRead = read(store);
        QVERIFY2(firstRead.ok(), qPrintable(firstRead.message));
        QCOMPARE(firstRead.secret, first);

        const QString second = randomKey();
        QVERIFY(second != first);
        QVERIFY(write(store, second).ok());
        QCOMPARE(read(store).secret, second);

        const SecretResult deleted = remove(store);
        QVERIFY2(deleted.ok(), qPrintable(deleted.message));
        const SecretResult afterDelete = read(store);
        QCOMPARE(afterDelete.status, SecretStatus::NotFound);
        QVERIFY(afterDelete.secret.isEmpty());
        QVERIFY(!afterDelete.message.isEmpty());
    }

    void entriesAreSeparate() {
        KeychainSecretStore a;
        a.setEntryName(testEntry());
        KeychainSecretStore b;
        b.setEntryName(testEntry());
        const QString key = randomKey();
        QVERIFY(write(a, key).ok());
        QCOMPARE(read(b).status, SecretStatus::NotFound);
        QVERIFY(remove(a).ok());
    }

    void keyWithUnicodeSurvives() {
        KeychainSecretStore store;
        store.setEntryName(testEntry());
        const QString key = QStringLiteral("ключ-") + randomKey() + QStringLiteral("-✓");
        QVERIFY(write(store, key).ok());
        QCOMPARE(read(store).secret, key);
        QVERIFY(remove(store).ok());
    }

    void savedKeyIsInNoFileUnderTheConfigAndDataFolders() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
        qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                    .startsWith(home.path()));

        KeychainSecretStore store;
        store.setEntryName(testEntry());
        const QString key = randomKey();
        {
            // Everything the app stores about its settings, next to the key.
            AppSettings settings;
            settings.setRefreshIntervalMinutes(7);
            settings.setThresholds(70, 95);
            settings.setNotificationsEnabled(false);
            QVERIFY(write(store, key).ok());
            settings.sync();
            QVERIFY(settings.fileName().startsWith(home.path()));
        }
        QCOMPARE(read(store).secret, key);

        int filesChecked = 0;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++filesChecked;
            QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(key.toUtf8().toBase64()), qPrintable(path));
            const QByteArray utf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(path));
        }
        QVERIFY2(filesChecked >= 1, "the settings file should have been written");

        QVERIFY(remove(store).ok());
        qputenv("HOME", oldHome);
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("XDG_CACHE_HOME");
    }
};

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "KeychainSecretStoreTest.moc"
