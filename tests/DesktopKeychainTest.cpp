// The dashboard's key from the real Secret Service, end to end: `allium-usage --set-key` stores it
// in a private gnome-keyring, and the dashboard program (allium-usage-desktop, offscreen), which
// loads the keychain module only after its window has painted, finds it there and sends it to a
// loopback server.
#include "support/AppProcess.h"
#include "support/CannedUsageBodies.h"
#include "support/PrivateKeyring.h"
#include "support/ScriptedUsageApi.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

class DesktopKeychainTest final : public QObject {
    Q_OBJECT

private:
    PrivateKeyring m_keyring;

private slots:
    void initTestCase() { QVERIFY2(m_keyring.start(), qPrintable(m_keyring.problem())); }

    void theDashboardReadsTheKeyThatTheCommandLineStored() {
        ScriptedUsageApi api;
        QVERIFY(api.isListening());
        api.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
        const QString key =
            QStringLiteral("ak_desktop_") + QUuid::createUuid().toString(QUuid::Id128);
        const AppProcess::Outcome set =
            AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), m_keyring.environment())
                .run({QStringLiteral("--set-key")}, (key + QStringLiteral("\n")).toUtf8());
        QVERIFY2(set.exitCode == 0, set.err.constData());

        QProcessEnvironment environment = m_keyring.environment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess dashboard;
        dashboard.setProcessEnvironment(environment);
        dashboard.start(QStringLiteral(ALLIUM_DESKTOP_BINARY),
                        {QStringLiteral("--base-url"), api.baseUrl().toString()});
        QVERIFY2(dashboard.waitForStarted(), qPrintable(dashboard.errorString()));
        // This thread's event loop serves the API meanwhile.
        const bool asked = QTest::qWaitFor([&api] { return api.requestCount() > 0; }, 30'000);
        dashboard.terminate();
        if (!dashboard.waitForFinished(5'000))
            dashboard.kill();
        dashboard.waitForFinished(5'000);
        QVERIFY2(asked, dashboard.readAllStandardError().constData());
        QCOMPARE(api.lastRequest().header("X-API-KEY"), key.toUtf8());
    }
};

QTEST_GUILESS_MAIN(DesktopKeychainTest)
#include "DesktopKeychainTest.moc"
