// Without a usable session bus a keychain job must end, with a clear status, instead of hanging
// the app: the bus address points at a socket nobody listens on.
#include "core/secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class KeychainSecretStoreNoBusTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Before anything in this process opens a D-Bus connection.
        qputenv(
            "DBUS_SESSION_BUS_ADDRESS",
            (QStringLiteral("unix:path=") + m_dir.path() + QStringLiteral("/dead-bus")).toUtf8());
        qunsetenv("DISPLAY");
    }

    void jobsEndWithAClearStatusInsteadOfHanging_data() {
        QTest::addColumn<int>("operation");
        QTest::newRow("read") << 0;
        QTest::newRow("write") << 1;
        QTest::newRow("delete") << 2;
    }

    void jobsEndWithAClearStatusInsteadOfHanging() {
        QFETCH(int, operation);
        KeychainSecretStore store;
        store.setEntryName(QStringLiteral("test-no-bus"));
        store.setTimeout(std::chrono::milliseconds(2'000));
        QSignalSpy reads(&store, &SecretStore::readFinished);
        QSignalSpy writes(&store, &SecretStore::writeFinished);
        QSignalSpy deletes(&store, &SecretStore::deleteFinished);
        QSignalSpy *spy = operation == 0 ? &reads : operation == 1 ? &writes : &deletes;

        QElapsedTimer elapsed;
        elapsed.start();
        if (operation == 0)
            store.readKey();
        else if (operation == 1)
            store.writeKey(QStringLiteral("ak_never_stored"));
        else
            store.deleteKey();
        QVERIFY(spy->wait(10'000) || !spy->isEmpty());
        QVERIFY(elapsed.elapsed() < 5'000);
        QCOMPARE(spy->size(), 1);
        QCOMPARE(reads.size() + writes.size() + deletes.size(), 1);

        const auto result = spy->at(0).at(0).value<SecretResult>();
        QVERIFY2(result.status == SecretStatus::Unavailable ||
                     result.status == SecretStatus::TimedOut,
                 qPrintable(result.message));
        QVERIFY(!result.message.isEmpty());
        QVERIFY(result.secret.isEmpty());
        // No second, late answer for the same call.
        QTest::qWait(100);
        QCOMPARE(spy->size(), 1);
    }
};

QTEST_GUILESS_MAIN(KeychainSecretStoreNoBusTest)
#include "KeychainSecretStoreNoBusTest.moc"
