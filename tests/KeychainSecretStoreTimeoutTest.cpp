// A keychain that never answers must not freeze the app: the session bus here is a socket that
// accepts connections and then says nothing, so every job has to end by its timeout.
#include "core/secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class KeychainSecretStoreTimeoutTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QLocalServer m_silentBus;
    QList<QLocalSocket *> m_held;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("silent-bus"));
        QVERIFY(m_silentBus.listen(path));
        connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_silentBus.nextPendingConnection())
                m_held.append(socket); // kept open, never answered
        });
        // Before anything in this process opens a D-Bus connection.
        qputenv("DBUS_SESSION_BUS_ADDRESS", (QStringLiteral("unix:path=") + path).toUtf8());
        qunsetenv("DISPLAY");
    }

    void jobThatNeverAnswersTimesOut_data() {
        QTest::addColumn<int>("operation");
        QTest::newRow("read") << 0;
        QTest::newRow("write") << 1;
        QTest::newRow("delete") << 2;
    }

    void jobThatNeverAnswersTimesOut() {
        QFETCH(int, operation);
        KeychainSecretStore store;
        store.setEntryName(QStringLiteral("test-silent-bus"));
        store.setTimeout(std::chrono::milliseconds(700));
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
        QVERIFY(spy->wait(5'000));
        // The event loop kept running meanwhile (the wait above returned through it), and the
        // answer came from the timer, not from a bus.
        QVERIFY(elapsed.elapsed() >= 600);
        QVERIFY(elapsed.elapsed() < 4'000);
        QCOMPARE(reads.size() + writes.size() + deletes.size(), 1);
        const auto result = spy->at(0).at(0).value<SecretResult>();
        QCOMPARE(result.status, SecretStatus::TimedOut);
        QVERIFY2(result.message.contains(QStringLiteral("did not answer")),
                 qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(KeychainSecretStoreTimeoutTest)
#include "KeychainSecretStoreTimeoutTest.moc"
