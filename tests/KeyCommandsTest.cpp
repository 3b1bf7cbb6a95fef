// `--set-key` and `--forget-key` end to end: the real binary (QProcess) against a private D-Bus
// session with its own unlocked gnome-keyring, so a developer's keychain is never touched and
// tests running in parallel never see this key. `--once` then finds the key there and sends it
// to a loopback server.
#include "support/AppProcess.h"
#include "support/CannedUsageBodies.h"
#include "support/PrivateKeyring.h"
#include "support/ScriptedUsageApi.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

using Outcome = AppProcess::Outcome;

class KeyCommandsTest final : public QObject {
    Q_OBJECT

private:
    PrivateKeyring m_keyring;

    // Runs the binary while this thread's event loop keeps serving the scripted API.
    Outcome run(const QStringList &arguments, const QByteArray &input = {},
                const QString &busAddress = {}, const QString &envKey = {}) {
        QProcessEnvironment env = m_keyring.environment(busAddress);
        if (!envKey.isEmpty())
            env.insert(QStringLiteral("ALLIUM_API_KEY"), envKey);
        return AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), env).run(arguments, input);
    }

    static QString newKey() {
        return QStringLiteral("ak_cli_") + QUuid::createUuid().toString(QUuid::Id128);
    }

private slots:
    void initTestCase() { QVERIFY2(m_keyring.start(), qPrintable(m_keyring.problem())); }

    void setKeyFromStandardInputThenOnceUsesIt() {
        ScriptedUsageApi api;
        QVERIFY(api.isListening());
        api.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
        const QString key = newKey();

        const Outcome set =
            run({QStringLiteral("--set-key")}, (key + QStringLiteral("\n")).toUtf8());
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(set.out.contains("Stored the API key in the system keychain"));
        QVERIFY(!set.out.contains(key.toUtf8()));
        QVERIFY(!set.err.contains(key.toUtf8()));

        const Outcome once =
            run({QStringLiteral("--once"), QStringLiteral("--base-url"), api.baseUrl().toString(),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QVERIFY(once.out.contains("developer_units"));
        QVERIFY(!once.out.contains(key.toUtf8()));
        QVERIFY(!once.err.contains(key.toUtf8()));
        QCOMPARE(api.requestCount(), 1);
        QCOMPARE(api.lastRequest().header("X-API-KEY"), key.toUtf8());

        // The variable still wins over the keychain.
        const Outcome env =
            run({QStringLiteral("--once"), QStringLiteral("--base-url"), api.baseUrl().toString()},
                {}, {}, QStringLiteral("from-the-environment"));
        QCOMPARE(env.exitCode, 0);
        QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("from-the-environment"));
    }

    void setKeyReplacesTheStoredKey() {
        ScriptedUsageApi api;
        QVERIFY(api.isListening());
        QCOMPARE(run({QStringLiteral("--set-key")}, newKey().toUtf8()).exitCode, 0);
        const QString second = newKey();
        QCOMPARE(run({QStringLiteral("--set-key")}, second.toUtf8() + "\r\n").exitCode, 0);
        QCOMPARE(
            run({QStringLiteral("--once"), QStringLiteral("--base-url"), api.baseUrl().toString()})
                .exitCode,
            0);
        QCOMPARE(api.lastRequest().header("X-API-KEY"), second.toUtf8());
    }

    void forgetKeyDeletesIt() {
        ScriptedUsageApi api;
        QVERIFY(api.isListening());
        QCOMPARE(run({QStringLiteral("--set-key")}, newKey().toUtf8()).exitCode, 0);

        const Outcome forget = run({QStringLiteral("--forget-key")});
        QVERIFY2(forget.exitCode == 0, forget.err.constData());
        QVERIFY(forget.out.contains("Deleted the API key"));

        const Outcome again = run({QStringLiteral("--forget-key")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("No API key was stored"));

        // Without a key anywhere, --once is a usage error and never calls the server.
        const Outcome once =
            run({QStringLiteral("--once"), QStringLiteral("--base-url"), api.baseUrl().toString()});
        QCOMPARE(once.exitCode, 2);
        QCOMPARE(api.requestCount(), 0);
    }

    void emptyOrMalformedInputIsRefused_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("an empty line") << QByteArray("\n");
        QTest::newRow("only spaces") << QByteArray("   \n");
        QTest::newRow("two words") << QByteArray("ak_one ak_two\n");
    }

    void emptyOrMalformedInputIsRefused() {
        QFETCH(QByteArray, input);
        const Outcome set = run({QStringLiteral("--set-key")}, input);
        QCOMPARE(set.exitCode, 2);
        QVERIFY(!set.err.isEmpty());
        QVERIFY(set.out.isEmpty());
    }

    void noKeychainExitsNonZeroWithAClearMessage_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("set-key") << QStringList{QStringLiteral("--set-key")};
        QTest::newRow("forget-key") << QStringList{QStringLiteral("--forget-key")};
    }

    void noKeychainExitsNonZeroWithAClearMessage() {
        QFETCH(QStringList, arguments);
        const QString deadBus =
            QStringLiteral("unix:path=") + m_keyring.homePath(QStringLiteral("no-bus"));
        const Outcome outcome = run(arguments, "ak_never_stored\n", deadBus);
        QCOMPARE(outcome.exitCode, 6);
        QVERIFY2(outcome.err.contains("No system keychain is available"), outcome.err.constData());
        QVERIFY(!outcome.err.contains("ak_never_stored"));
    }

    void keyTypedOnATerminalIsNotEchoed() {
        // A pseudo-terminal for the child's standard streams: what it echoes comes back on master.
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
        const QString slave = QString::fromLocal8Bit(ptsname(master));
        const auto readMaster = [master](int waitMs) {
            QByteArray text;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < waitMs) {
                pollfd p{master, POLLIN, 0};
                if (poll(&p, 1, 50) > 0) {
                    char buffer[512];
                    const ssize_t n = ::read(master, buffer, sizeof buffer);
                    if (n <= 0)
                        break;
                    text.append(buffer, n);
                }
            }
            return text;
        };

        QProcess process;
        process.setProcessEnvironment(m_keyring.environment());
        process.setStandardInputFile(slave);
        process.setStandardOutputFile(slave);
        process.setStandardErrorFile(slave);
        process.start(QStringLiteral(ALLIUM_USAGE_BINARY), {QStringLiteral("--set-key")});
        QVERIFY(process.waitForStarted(5'000));
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        while (!seen.contains("will not be shown") && timer.elapsed() < 10'000)
            seen += readMaster(100);
        QVERIFY2(seen.contains("will not be shown"), seen.constData());

        const QByteArray key = newKey().toUtf8();
        QCOMPARE(::write(master, key.constData(), size_t(key.size())), ssize_t(key.size()));
        QCOMPARE(::write(master, "\n", 1), ssize_t(1));
        QVERIFY(process.waitForFinished(15'000));
        seen += readMaster(300);
        ::close(master);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(seen.contains("Stored the API key"), seen.constData());
        QVERIFY2(!seen.contains(key), "the key was echoed on the terminal");
    }

    void keyIsNeverAcceptedAsAnArgument() {
        const Outcome outcome =
            run({QStringLiteral("--set-key"), QStringLiteral("ak_on_the_command_line")});
        QVERIFY(outcome.exitCode != 0);
        QVERIFY(!outcome.out.contains("Stored"));
    }
};

QTEST_GUILESS_MAIN(KeyCommandsTest)
#include "KeyCommandsTest.moc"
