// Every way a key comes in follows the one key rule, case by awkward case: the Settings dialog and
// the welcome view offer to save only what the rule accepts, the keeper stores nothing else,
// --set-key and ALLIUM_API_KEY refuse the rest before any keychain or network is touched, and the
// service sends only an accepted key (trimmed), to the loopback API, never a refused one.
#include "app/SettingsDialog.h"
#include "app/WelcomeWidget.h"
#include "core/Clock.h"
#include "core/api/UsageService.h"
#include "core/organizations/OrganizationList.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/ApiKeyRule.h"
#include "core/secrets/SessionSecretStore.h"
#include "core/settings/AppSettings.h"
#include "support/AppProcess.h"
#include "support/AwkwardKeys.h"
#include "support/MemoryKeychain.h"
#include "support/ScriptedUsageApi.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class ApiKeyEntryPointsTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const ManualClock m_clock{QDateTime(QDate(2026, 4, 25), QTime(12, 0), Qt::UTC)};

    // The binary with a home of its own and no session bus: a keychain is never reached.
    AppProcess binary(const QString &environmentKey = QString()) const {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "ALLIUM_API_KEY"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("c")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("d")));
        if (!environmentKey.isNull())
            environment.insert(QStringLiteral("ALLIUM_API_KEY"), environmentKey);
        return AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), environment);
    }

private slots:
    void theSettingsDialogSavesOnlyAnAcceptedKey_data() { AwkwardKeys::addRows(); }

    void theSettingsDialogSavesOnlyAnAcceptedKey() {
        QFETCH(QString, key);
        QFETCH(bool, acceptable);
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MemoryKeychain memory;
        OrganizationKeys keys(memory.factory(), QString());
        keys.setOrganizations(settings.organizations().all());
        QTRY_VERIFY(keys.allLoaded());
        ApiKeyKeeper &keeper = *keys.keeper(Organization::defaultId());
        SettingsDialog dialog(settings, keys, nullptr, m_clock);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(key);
        // An empty field is no key at all (nothing to save), which the dialog accepts.
        const bool nothingTyped = key.trimmed().isEmpty();
        QCOMPARE(dialog.isValid(), acceptable || nothingTyped);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("keyErrorLabel"))->isVisible(),
                 !acceptable && !nothingTyped);
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->isEnabled(),
                 acceptable);
        if (acceptable) {
            QSignalSpy saved(&keeper, &ApiKeyKeeper::saved);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(saved.wait(2'000));
            QCOMPARE(keeper.key(), ApiKeyRule::normalized(key));
        }
    }

    void theWelcomeViewSavesOnlyAnAcceptedKey_data() { AwkwardKeys::addRows(); }

    void theWelcomeViewSavesOnlyAnAcceptedKey() {
        QFETCH(QString, key);
        QFETCH(bool, acceptable);
        SessionSecretStore keychain;
        SessionSecretStore session;
        ApiKeyKeeper keeper(keychain, session, QString());
        WelcomeWidget welcome(keeper);
        welcome.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(key);
        QCOMPARE(welcome.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled(),
                 acceptable);
        const QString message = welcome.findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        if (!acceptable && !key.trimmed().isEmpty())
            QCOMPARE(message, ApiKeyRule::problem(key));
    }

    void theKeeperStoresOnlyAnAcceptedKey_data() { AwkwardKeys::addRows(); }

    void theKeeperStoresOnlyAnAcceptedKey() {
        QFETCH(QString, key);
        QFETCH(bool, acceptable);
        SessionSecretStore keychain;
        SessionSecretStore session;
        ApiKeyKeeper keeper(keychain, session, QString());
        QSignalSpy saved(&keeper, &ApiKeyKeeper::saved);
        keeper.save(key, false);
        QVERIFY(saved.wait(2'000));
        QCOMPARE(saved.at(0).at(0).value<SecretResult>().ok(), acceptable);
        QCOMPARE(keychain.hasKey(), acceptable);
    }

    void theServiceSendsOnlyAnAcceptedKey_data() { AwkwardKeys::addRows(); }

    void theServiceSendsOnlyAnAcceptedKey() {
        QFETCH(QString, key);
        QFETCH(bool, acceptable);
        ScriptedUsageApi api;
        UsageService service(m_clock);
        QVERIFY(service.setBaseUrl(api.baseUrl()));
        service.setApiKey(key);
        QSignalSpy received(&service, &UsageService::snapshotReceived);
        QSignalSpy failed(&service, &UsageService::refreshFailed);
        QVERIFY(service.refreshNow());
        QVERIFY(received.wait(5'000) || !failed.isEmpty());
        QCOMPARE(received.size(), acceptable ? 1 : 0);
        QCOMPARE(api.requestCount(), acceptable ? 1 : 0);
        if (acceptable) {
            QCOMPARE(api.lastRequest().header("X-API-KEY"), ApiKeyRule::normalized(key).toLatin1());
        } else {
            QCOMPARE(failed.at(0).at(0).value<UsageError>().kind, UsageErrorKind::Configuration);
        }
    }

    void setKeyRefusesWhatTheRuleRefuses_data() { AwkwardKeys::addRows(); }

    void setKeyRefusesWhatTheRuleRefuses() {
        QFETCH(QString, key);
        QFETCH(bool, acceptable);
        if (acceptable)
            QSKIP("Storing an accepted key is KeyCommandsTest's, on a keyring of its own.");
        const AppProcess::Outcome outcome =
            binary().run({QStringLiteral("--set-key")}, key.toUtf8());
        QCOMPARE(outcome.exitCode, 2);
        const QString error = QString::fromUtf8(outcome.err);
        if (key.trimmed().isEmpty())
            QVERIFY2(error.contains(QStringLiteral("No API key on standard input")),
                     qPrintable(error));
        else
            QVERIFY2(error.contains(ApiKeyRule::problem(key)), qPrintable(error));
    }

    void onceRefusesAnEnvironmentKeyTheRuleRefuses_data() { AwkwardKeys::addRows(); }

    void onceRefusesAnEnvironmentKeyTheRuleRefuses() {
        QFETCH(QString, key);
        QFETCH(bool, acceptable);
        if (key.trimmed().isEmpty())
            QSKIP("An empty ALLIUM_API_KEY is no key: the keychain is asked instead.");
        // Only refused keys here: a good one would need the network. It is the service's case.
        if (acceptable)
            QSKIP("An accepted key is sent: theServiceSendsOnlyAnAcceptedKey.");
        ScriptedUsageApi api;
        const AppProcess::Outcome outcome =
            binary(key).run({QStringLiteral("--once"), QStringLiteral("--no-history"),
                             QStringLiteral("--base-url"), api.baseUrl().toString()});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(QString::fromUtf8(outcome.err).startsWith(QStringLiteral("ALLIUM_API_KEY: ")),
                 outcome.err.constData());
        QCOMPARE(api.requestCount(), 0);
    }
};

QTEST_MAIN(ApiKeyEntryPointsTest)
#include "ApiKeyEntryPointsTest.moc"
