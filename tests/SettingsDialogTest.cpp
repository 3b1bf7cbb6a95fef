// The Settings dialog: invalid values are explained next to their field and keep OK disabled, the
// base URL follows the service's rule, the key can be shown and hidden, a saved key goes to the
// store, and "Test connection" reports the classified result from a loopback server.
#include "app/SettingsDialog.h"
#include "FailingSecretStore.h"
#include "core/Clock.h"
#include "core/api/BaseUrlPolicy.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/SessionSecretStore.h"
#include "core/settings/AppSettings.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {} // namespace

class SettingsDialogTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const ManualClock m_clock{QDateTime(QDate(2026, 4, 25), QTime(12, 0), Qt::UTC)};

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    struct Fixture {
        explicit Fixture(const QString &file, SecretStore *keychain = nullptr,
                         const QString &environmentKey = QString())
            : settings(file)
            , keeper(keychain ? *keychain : ownKeychain, session, environmentKey) {
            QSignalSpy loaded(&keeper, &ApiKeyKeeper::loaded);
            keeper.load();
            loaded.wait(2'000);
        }
        AppSettings settings;
        SessionSecretStore ownKeychain; // stands in for the keychain where it does not matter
        SessionSecretStore session;
        ApiKeyKeeper keeper;
    };

    static QPushButton *okButton(SettingsDialog &dialog) {
        return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok);
    }
    template<typename T> static T *child(SettingsDialog &dialog, const char *name) {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        Q_ASSERT(widget);
        return widget;
    }

private slots:
    void init() { QFile::remove(settingsFile()); }

    void invalidValuesDisableOkAndAreExplained_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("errorLabel");
        QTest::newRow("refresh of zero minutes") << "refreshSpin" << 0 << "refreshErrorLabel";
        QTest::newRow("refresh over a day") << "refreshSpin" << 2000 << "refreshErrorLabel";
        QTest::newRow("warning at zero") << "warningSpin" << 0 << "warningErrorLabel";
        QTest::newRow("critical below warning") << "criticalSpin" << 50 << "criticalErrorLabel";
        QTest::newRow("critical over 100") << "criticalSpin" << 150 << "criticalErrorLabel";
        QTest::newRow("history kept under a month")
            << "retentionSpin" << 10 << "retentionErrorLabel";
        QTest::newRow("history kept over ten years")
            << "retentionSpin" << 4000 << "retentionErrorLabel";
    }

    void invalidValuesDisableOkAndAreExplained() {
        QFETCH(QString, field);
        QFETCH(int, value);
        QFETCH(QString, errorLabel);
        Fixture f(settingsFile());
        SettingsDialog dialog(f.settings, f.keeper, m_clock);
        dialog.show();
        QVERIFY(okButton(dialog)->isEnabled());
        auto *label = child<QLabel>(dialog, errorLabel.toLatin1().constData());
        QVERIFY(label->isHidden());

        child<QSpinBox>(dialog, field.toLatin1().constData())->setValue(value);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog.isValid());
        QVERIFY(label->isVisible());
        QVERIFY(!label->text().isEmpty());

        child<QSpinBox>(dialog, "refreshSpin")->setValue(5);
        child<QSpinBox>(dialog, "warningSpin")->setValue(75);
        child<QSpinBox>(dialog, "criticalSpin")->setValue(90);
        child<QSpinBox>(dialog, "retentionSpin")->setValue(730);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(label->isHidden());
    }

    void baseUrlFollowsTheServiceRule_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("https proxy") << QStringLiteral("https://proxy.example.com/allium") << true;
        QTest::newRow("plain http to loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("plain http elsewhere")
            << QStringLiteral("http://proxy.example.com") << false;
        QTest::newRow("not a URL") << QStringLiteral("proxy") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void baseUrlFollowsTheServiceRule() {
        QFETCH(QString, url);
        QFETCH(bool, acceptable);
        Fixture f(settingsFile());
        SettingsDialog dialog(f.settings, f.keeper, m_clock);
        dialog.show();
        child<QGroupBox>(dialog, "advancedGroup")->setChecked(true);
        child<QLineEdit>(dialog, "baseUrlEdit")->setText(url);
        QCOMPARE(okButton(dialog)->isEnabled(), acceptable);
        auto *label = child<QLabel>(dialog, "baseUrlErrorLabel");
        QCOMPARE(label->isVisible(), !acceptable);
        if (!acceptable)
            QCOMPARE(label->text(), BaseUrlPolicy::textProblem(url));

        // Advanced off means the default address, whatever the field says.
        child<QGroupBox>(dialog, "advancedGroup")->setChecked(false);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.effectiveBaseUrl(), BaseUrlPolicy::defaultBaseUrl());
    }

    void keyIsMaskedUntilShown() {
        Fixture f(settingsFile());
        SettingsDialog dialog(f.settings, f.keeper, m_clock);
        dialog.show();
        auto *edit = child<QLineEdit>(dialog, "keyEdit");
        auto *show = child<QToolButton>(dialog, "showKeyButton");
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        show->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        QCOMPARE(show->text(), QStringLiteral("Hide"));
        show->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    }

    void keyWithSpacesIsRefused() {
        Fixture f(settingsFile());
        SettingsDialog dialog(f.settings, f.keeper, m_clock);
        dialog.show();
        child<QLineEdit>(dialog, "keyEdit")->setText(QStringLiteral("two words"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "keyErrorLabel")->isVisible());
    }

    void okSavesTheSettingsAndTheKey() {
        Fixture f(settingsFile());
        QTemporaryDir autostartDir;
        const QString autostartFile = autostartDir.filePath(QStringLiteral("autostart/x.desktop"));
        SettingsDialog dialog(f.settings, f.keeper, m_clock);
        dialog.setAutostartEntry(
            AutostartEntry(autostartFile, QStringLiteral("/usr/bin/allium-usage")));
        dialog.show();
        child<QSpinBox>(dialog, "refreshSpin")->setValue(10);
        child<QSpinBox>(dialog, "warningSpin")->setValue(60);
        child<QSpinBox>(dialog, "criticalSpin")->setValue(85);
        QCOMPARE(child<QSpinBox>(dialog, "retentionSpin")->value(), 730);
        child<QSpinBox>(dialog, "retentionSpin")->setValue(1825);
        child<QCheckBox>(dialog, "notificationsCheck")->setChecked(false);
        child<QCheckBox>(dialog, "launchAtLoginCheck")->setChecked(true);
        child<QLineEdit>(dialog, "keyEdit")->setText(QStringLiteral("ak_saved_key"));

        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        QSignalSpy finished(&dialog, &QDialog::finished);
        okButton(dialog)->click();
        QVERIFY(finished.wait(2'000));
        QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
        QCOMPARE(applied.size(), 1);

        QCOMPARE(f.keeper.key(), QStringLiteral("ak_saved_key"));
        QVERIFY(!f.keeper.sessionOnly());
        QVERIFY(QFile::exists(autostartFile));
        AppSettings reread(settingsFile());
        QCOMPARE(reread.refreshIntervalMinutes(), 10);
        QCOMPARE(reread.warningPercent(), 60.0);
        QCOMPARE(reread.criticalPercent(), 85.0);
        QCOMPARE(reread.historyRetentionDays(), 1825);
        QVERIFY(!reread.notificationsEnabled());
        QVERIFY(reread.launchAtLogin());
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("ak_saved_key"));
    }

    void withoutAKeychainItOffersThisSessionOnly() {
        FailingSecretStore keychain(SecretStatus::Unavailable,
                                    QStringLiteral("No system keychain is available."));
        Fixture f(settingsFile(), &keychain);
        QVERIFY(!f.keeper.keychainAvailable());
        SettingsDialog dialog(f.settings, f.keeper, m_clock);
        dialog.show();
        auto *sessionOnly = child<QCheckBox>(dialog, "sessionOnlyCheck");
        QVERIFY(sessionOnly->isVisible());
        QVERIFY(child<QLabel>(dialog, "keychainStatusLabel")
                    ->text()
                    .contains(QStringLiteral("No system keychain")));

        // Refused by the keychain: the dialog stays open and says why.
        sessionOnly->setChecked(false);
        child<QLineEdit>(dialog, "keyEdit")->setText(QStringLiteral("ak_session_key"));
        QSignalSpy saved(&f.keeper, &ApiKeyKeeper::saved);
        okButton(dialog)->click();
        QVERIFY(saved.wait(2'000));
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(dialog, "keychainStatusLabel")
                    ->text()
                    .contains(QStringLiteral("not saved")));
        QVERIFY(f.keeper.key().isEmpty());

        // For this session only: kept in memory and in use.
        sessionOnly->setChecked(true);
        QSignalSpy finished(&dialog, &QDialog::finished);
        okButton(dialog)->click();
        QVERIFY(finished.wait(2'000));
        QCOMPARE(f.keeper.key(), QStringLiteral("ak_session_key"));
        QVERIFY(f.keeper.sessionOnly());
        QVERIFY(f.session.hasKey());
    }

    void removeKeyDeletesTheEntry() {
        Fixture f(settingsFile());
        {
            QSignalSpy saved(&f.keeper, &ApiKeyKeeper::saved);
            f.keeper.save(QStringLiteral("ak_to_remove"), false);
            QVERIFY(saved.wait(2'000));
        }
        SettingsDialog dialog(f.settings, f.keeper, m_clock);
        dialog.show();
        QCOMPARE(child<QLineEdit>(dialog, "keyEdit")->text(), QStringLiteral("ak_to_remove"));
        QSignalSpy removed(&f.keeper, &ApiKeyKeeper::removed);
        child<QPushButton>(dialog, "removeKeyButton")->click();
        QVERIFY(removed.wait(2'000));
        QVERIFY(!f.keeper.hasKey());
        QVERIFY(!f.ownKeychain.hasKey());
        QVERIFY(child<QLineEdit>(dialog, "keyEdit")->text().isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "removeKeyButton")->isEnabled());
    }

    void testConnectionReportsTheClassifiedResult_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accepted") << 200 << QStringLiteral("Connected");
        QTest::newRow("rejected key") << 401 << QStringLiteral("Failed");
        QTest::newRow("server error") << 500 << QStringLiteral("Failed");
    }

    void testConnectionReportsTheClassifiedResult() {
        QFETCH(int, status);
        QFETCH(QString, expected);
        ScriptedUsageApi api;
        QVERIFY(api.isListening());
        api.setFallback(status == 200 ? ScriptedUsageApi::ok(CannedUsageBodies::unitPlan())
                                      : ScriptedUsageApi::status(status, "Invalid API key"));
        Fixture f(settingsFile());
        SettingsDialog dialog(f.settings, f.keeper, m_clock);
        UsageServiceTimings timings;
        timings.transferTimeout = std::chrono::milliseconds(2'000);
        dialog.setConnectionTestTimings(timings);
        dialog.show();
        child<QGroupBox>(dialog, "advancedGroup")->setChecked(true);
        child<QLineEdit>(dialog, "baseUrlEdit")->setText(api.baseUrl().toString());
        auto *test = child<QPushButton>(dialog, "testButton");
        QVERIFY(!test->isEnabled()); // nothing to test without a key
        child<QLineEdit>(dialog, "keyEdit")->setText(QStringLiteral("ak_test_connection"));
        QVERIFY(test->isEnabled());
        test->click();
        auto *result = child<QLabel>(dialog, "testResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(expected), 5'000);
        QCOMPARE(api.requestCount(), 1);
        QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("ak_test_connection"));
        if (status == 200)
            QVERIFY(result->text().contains(QStringLiteral("Developer units")));
        else
            QVERIFY(result->text().size() > expected.size() + 10);
        QVERIFY(test->isEnabled());
    }

    void sessionOverridesAreShownAsInUseAndTested() {
        // allium-usage --base-url http://127.0.0.1:<port> with ALLIUM_API_KEY set.
        ScriptedUsageApi api;
        QVERIFY(api.isListening());
        Fixture f(settingsFile(), nullptr, QStringLiteral("ak_from_environment"));
        f.settings.setSessionBaseUrl(api.baseUrl());
        SettingsDialog dialog(f.settings, f.keeper, m_clock);
        UsageServiceTimings timings;
        timings.transferTimeout = std::chrono::milliseconds(2'000);
        dialog.setConnectionTestTimings(timings);
        dialog.show();

        auto *session = child<QLabel>(dialog, "sessionBaseUrlLabel");
        QVERIFY(session->isVisible());
        QVERIFY2(session->text().contains(api.baseUrl().toString()), qPrintable(session->text()));
        QVERIFY(session->text().contains(QStringLiteral("--base-url")));
        // The saved address is shown as what it is, not as the one in use.
        QVERIFY(!child<QGroupBox>(dialog, "advancedGroup")->isChecked());
        QVERIFY(child<QLabel>(dialog, "keychainStatusLabel")
                    ->text()
                    .startsWith(QStringLiteral("In use for this session")));
        // The key from the environment is used, never shown.
        auto *edit = child<QLineEdit>(dialog, "keyEdit");
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!edit->isEnabled());

        auto *test = child<QPushButton>(dialog, "testButton");
        QVERIFY(test->isEnabled());
        test->click();
        auto *result = child<QLabel>(dialog, "testResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 5'000);
        QCOMPARE(api.requestCount(), 1);
        QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("ak_from_environment"));
        QCOMPARE(dialog.testedBaseUrl(), api.baseUrl());
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "SettingsDialogTest.moc"
