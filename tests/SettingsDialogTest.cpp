// The Settings dialog: invalid values are explained next to their field and keep OK disabled;
// organizations are added, renamed, reordered and removed (with their key and readings) on OK and
// not on Cancel, each with its own key, address and Test connection against a loopback server;
// ALLIUM_API_KEY's organization is shown as such and cannot be edited; the dialog fits a small
// screen. The keychain is a MemoryKeychain (the real one has OrganizationKeychainTest).
#include "app/SettingsDialog.h"
#include "SampleSnapshots.h"
#include "app/organizations/OrganizationsPage.h"
#include "core/Clock.h"
#include "core/api/BaseUrlPolicy.h"
#include "core/history/HistoryStore.h"
#include "core/organizations/OrganizationEdits.h"
#include "core/organizations/OrganizationList.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/settings/AppSettings.h"
#include "support/CannedUsageBodies.h"
#include "support/MemoryKeychain.h"
#include "support/ScriptedUsageApi.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

class SettingsDialogTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const ManualClock m_clock{QDateTime(QDate(2026, 4, 25), QTime(12, 0), Qt::UTC)};

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QString historyFile() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }

    // The settings, the keys of their organizations (looked up) and a history, as the app has
    // them when Settings opens.
    struct Fixture {
        explicit Fixture(const QString &file, const QString &history,
                         const QString &environmentKey = QString(), bool keychain = true)
            : settings(file)
            , store(history, clock)
            , environmentKey(environmentKey) {
            memory.setUnavailable(!keychain);
            settings.organizations().setEnvironmentOrganization(!environmentKey.isEmpty());
            store.open();
            load();
        }
        // The keys as the app finds them at start: looked up in the keychain as it is now.
        void load() {
            keys = std::make_unique<OrganizationKeys>(memory.factory(), environmentKey);
            keys->setOrganizations(settings.organizations().all());
            QTRY_VERIFY(keys->allLoaded());
        }
        ManualClock clock{QDateTime(QDate(2026, 4, 25), QTime(12, 0), Qt::UTC)};
        AppSettings settings;
        MemoryKeychain memory;
        std::unique_ptr<OrganizationKeys> keys;
        HistoryStore store;
        QString environmentKey;
    };

    static QPushButton *okButton(SettingsDialog &dialog) {
        return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok);
    }
    template<typename T> static T *child(QWidget &dialog, const char *name) {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        Q_ASSERT(widget);
        return widget;
    }
    static void type(QLineEdit *edit, const QString &text) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    static bool pressOk(SettingsDialog &dialog) {
        QSignalSpy finished(&dialog, &QDialog::finished);
        okButton(dialog)->click();
        return (finished.size() == 1 || finished.wait(3'000)) &&
               finished.at(0).at(0).toInt() == QDialog::Accepted;
    }
    // Answers the confirmation a removal asks for with its Remove button.
    static void confirmRemovalSoon() {
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
    }

private slots:
    void init() {
        QFile::remove(settingsFile());
        QFile::remove(historyFile());
    }

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
        Fixture f(settingsFile(), historyFile());
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        dialog.show();
        child<QTabWidget>(dialog, "tabs")->setCurrentIndex(1);
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

    void anAddressFollowsTheServiceRule_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("https proxy") << QStringLiteral("https://proxy.example.com/allium") << true;
        QTest::newRow("plain http to loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("plain http elsewhere")
            << QStringLiteral("http://proxy.example.com") << false;
        QTest::newRow("not a URL") << QStringLiteral("proxy") << false;
        QTest::newRow("empty: the default address") << QString() << true;
    }

    void anAddressFollowsTheServiceRule() {
        QFETCH(QString, url);
        QFETCH(bool, acceptable);
        Fixture f(settingsFile(), historyFile());
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        dialog.show();
        type(child<QLineEdit>(dialog, "baseUrlEdit"), QStringLiteral("x"));
        type(child<QLineEdit>(dialog, "baseUrlEdit"), url);
        QCOMPARE(okButton(dialog)->isEnabled(), acceptable);
        auto *label = child<QLabel>(dialog, "baseUrlErrorLabel");
        QCOMPARE(label->isVisible(), !acceptable);
        if (!acceptable)
            QCOMPARE(label->text(), BaseUrlPolicy::textProblem(url));
        if (acceptable) {
            QVERIFY(pressOk(dialog));
            QCOMPARE(f.settings.organizations().stored().constFirst().effectiveBaseUrl(),
                     url.isEmpty() ? BaseUrlPolicy::defaultBaseUrl() : QUrl(url));
        }
    }

    void keyIsMaskedUntilShown() {
        Fixture f(settingsFile(), historyFile());
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
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

    void aKeyWithSpacesIsRefused() {
        Fixture f(settingsFile(), historyFile());
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        dialog.show();
        type(child<QLineEdit>(dialog, "keyEdit"), QStringLiteral("two words"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "keyErrorLabel")->isVisible());
    }

    void okSavesTheSettingsAndTheKey() {
        Fixture f(settingsFile(), historyFile());
        QTemporaryDir autostartDir;
        const QString autostartFile = autostartDir.filePath(QStringLiteral("autostart/x.desktop"));
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
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
        type(child<QLineEdit>(dialog, "keyEdit"), QStringLiteral("ak_saved_key"));

        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        QVERIFY(pressOk(dialog));
        QCOMPARE(applied.size(), 1);

        // The first organization keeps the keychain entry the single key always had.
        QCOMPARE(f.memory.key(QStringLiteral("api-key")), QStringLiteral("ak_saved_key"));
        QCOMPARE(f.keys->keeper(Organization::defaultId())->key(), QStringLiteral("ak_saved_key"));
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

    void organizationsAreAddedRenamedAndReorderedOnOk() {
        ScriptedUsageApi staging;
        Fixture f(settingsFile(), historyFile());
        f.memory.setKey(QStringLiteral("api-key"), QStringLiteral("ak_production"));
        f.load();
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        dialog.show();
        auto *list = child<QListWidget>(dialog, "organizationList");
        QCOMPARE(list->count(), 1);
        type(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Production"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Production"));

        child<QToolButton>(dialog, "addOrganizationButton")->click();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(child<QLineEdit>(dialog, "keyEdit")->text().isEmpty());
        type(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Staging"));
        type(child<QLineEdit>(dialog, "keyEdit"), QStringLiteral("ak_staging"));
        type(child<QLineEdit>(dialog, "baseUrlEdit"), staging.baseUrl().toString());
        child<QToolButton>(dialog, "moveUpButton")->click();
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Staging"));
        // Nothing is saved before OK.
        QCOMPARE(f.settings.organizations().stored().size(), 1);

        QVERIFY(pressOk(dialog));
        const QList<Organization> stored = f.settings.organizations().stored();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).name, QStringLiteral("Staging"));
        QCOMPARE(stored.at(0).baseUrl, staging.baseUrl());
        QCOMPARE(stored.at(1).name, QStringLiteral("Production"));
        QCOMPARE(stored.at(1).id, Organization::defaultId());
        // Each key in its own entry; the renamed organization's stays where it was.
        QCOMPARE(f.memory.key(stored.at(0).keychainEntry), QStringLiteral("ak_staging"));
        QCOMPARE(stored.at(0).keychainEntry, Organization::keychainEntryFor(stored.at(0).id));
        QCOMPARE(f.memory.key(QStringLiteral("api-key")), QStringLiteral("ak_production"));
    }

    void cancelKeepsEverythingAsItWas() {
        Fixture f(settingsFile(), historyFile());
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        dialog.show();
        child<QToolButton>(dialog, "addOrganizationButton")->click();
        type(child<QLineEdit>(dialog, "keyEdit"), QStringLiteral("ak_never_saved"));
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(f.settings.organizations().stored().size(), 1);
        QVERIFY(!f.settings.organizations().isWritten());
        QCOMPARE(f.memory.key(QStringLiteral("api-key")), QString());
    }

    void aNameTakenTwiceIsRefused() {
        Fixture f(settingsFile(), historyFile());
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        dialog.show();
        child<QToolButton>(dialog, "addOrganizationButton")->click();
        type(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("default"));
        QVERIFY(!okButton(dialog)->isEnabled());
        auto *label = child<QLabel>(dialog, "nameErrorLabel");
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("Default")));
        type(child<QLineEdit>(dialog, "nameEdit"), QString());
        QVERIFY(!okButton(dialog)->isEnabled());
        type(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Staging"));
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void removingAnOrganizationDeletesItsKeyAndReadingsOnOk() {
        Fixture f(settingsFile(), historyFile());
        const std::optional<Organization> staging =
            f.settings.organizations().add(QStringLiteral("Staging"), QUrl());
        QVERIFY(staging);
        f.memory.setKey(QStringLiteral("api-key"), QStringLiteral("ak_production"));
        f.memory.setKey(staging->keychainEntry, QStringLiteral("ak_staging"));
        QVERIFY(f.store.record(staging->historyKey(), SampleSnapshots::monthly()));
        QVERIFY(f.store.record(Organization::defaultId(), SampleSnapshots::monthly()));
        f.load();

        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        dialog.show();
        auto *list = child<QListWidget>(dialog, "organizationList");
        list->setCurrentRow(1);
        confirmRemovalSoon();
        child<QToolButton>(dialog, "removeOrganizationButton")->click();
        QCOMPARE(list->count(), 1);
        // Only on OK: until then the key and the readings are all there.
        QVERIFY(f.memory.hasKey(staging->keychainEntry));
        QVERIFY(f.store.latestSnapshot(staging->historyKey()));

        QVERIFY(pressOk(dialog));
        QCOMPARE(f.settings.organizations().stored().size(), 1);
        QVERIFY(!f.memory.hasKey(staging->keychainEntry));
        QVERIFY(!f.store.latestSnapshot(staging->historyKey()));
        // The other organization keeps its key and its readings.
        QVERIFY(f.memory.hasKey(QStringLiteral("api-key")));
        QVERIFY(f.store.latestSnapshot(Organization::defaultId()));
    }

    void withoutAKeychainItOffersThisSessionOnly() {
        Fixture f(settingsFile(), historyFile(), QString(), false);
        ApiKeyKeeper *keeper = f.keys->keeper(Organization::defaultId());
        QVERIFY(!keeper->keychainAvailable());
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        dialog.show();
        auto *sessionOnly = child<QCheckBox>(dialog, "sessionOnlyCheck");
        QVERIFY(sessionOnly->isVisible());
        QVERIFY(child<QLabel>(dialog, "keychainStatusLabel")
                    ->text()
                    .contains(QStringLiteral("No system keychain")));

        // Refused by the keychain: the dialog stays open and says why.
        sessionOnly->setChecked(false);
        type(child<QLineEdit>(dialog, "keyEdit"), QStringLiteral("ak_session_key"));
        QSignalSpy applied(&dialog.edits(), &OrganizationEdits::applied);
        okButton(dialog)->click();
        QVERIFY(applied.wait(2'000));
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(dialog, "applyProblemLabel")
                    ->text()
                    .contains(QStringLiteral("not saved")));
        QVERIFY(keeper->key().isEmpty());

        // For this session only: kept in memory and in use.
        sessionOnly->setChecked(true);
        QVERIFY(pressOk(dialog));
        QCOMPARE(keeper->key(), QStringLiteral("ak_session_key"));
        QVERIFY(keeper->sessionOnly());
    }

    void removeKeyDeletesTheEntryAndKeepsTheOrganization() {
        Fixture f(settingsFile(), historyFile());
        f.memory.setKey(QStringLiteral("api-key"), QStringLiteral("ak_to_remove"));
        f.load();
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        dialog.show();
        QCOMPARE(child<QLineEdit>(dialog, "keyEdit")->text(), QStringLiteral("ak_to_remove"));
        ApiKeyKeeper *keeper = f.keys->keeper(Organization::defaultId());
        QSignalSpy removed(keeper, &ApiKeyKeeper::removed);
        child<QToolButton>(dialog, "removeKeyButton")->click();
        QVERIFY(removed.wait(2'000));
        QVERIFY(!keeper->hasKey());
        QVERIFY(!f.memory.hasKey(QStringLiteral("api-key")));
        QTRY_VERIFY(child<QLineEdit>(dialog, "keyEdit")->text().isEmpty());
        QVERIFY(!child<QToolButton>(dialog, "removeKeyButton")->isEnabled());
        QCOMPARE(child<QListWidget>(dialog, "organizationList")->count(), 1);
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
        Fixture f(settingsFile(), historyFile());
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        UsageServiceTimings timings;
        timings.transferTimeout = std::chrono::milliseconds(2'000);
        dialog.setConnectionTestTimings(timings);
        dialog.show();
        // A new organization is tested with what its fields hold, before anything is saved.
        child<QToolButton>(dialog, "addOrganizationButton")->click();
        type(child<QLineEdit>(dialog, "baseUrlEdit"), api.baseUrl().toString());
        auto *test = child<QPushButton>(dialog, "testButton");
        QVERIFY(!test->isEnabled()); // nothing to test without a key
        type(child<QLineEdit>(dialog, "keyEdit"), QStringLiteral("ak_test_connection"));
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

    void theEnvironmentsOrganizationIsShownAsInUseAndTested() {
        // allium-usage --base-url http://127.0.0.1:<port> with ALLIUM_API_KEY set.
        ScriptedUsageApi api;
        QVERIFY(api.isListening());
        Fixture f(settingsFile(), historyFile(), QStringLiteral("ak_from_environment"));
        f.settings.setSessionBaseUrl(api.baseUrl());
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        UsageServiceTimings timings;
        timings.transferTimeout = std::chrono::milliseconds(2'000);
        dialog.setConnectionTestTimings(timings);
        dialog.show();

        auto *list = child<QListWidget>(dialog, "organizationList");
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("ALLIUM_API_KEY")));
        QCOMPARE(list->currentRow(), 0);
        auto *session = child<QLabel>(dialog, "sessionBaseUrlLabel");
        QVERIFY(session->isVisible());
        QVERIFY2(session->text().contains(api.baseUrl().toString()), qPrintable(session->text()));
        QVERIFY(child<QLabel>(dialog, "keychainStatusLabel")
                    ->text()
                    .startsWith(QStringLiteral("In use for this session")));
        // Used, never shown, never edited, moved or removed.
        auto *edit = child<QLineEdit>(dialog, "keyEdit");
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!edit->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
        QVERIFY(!child<QToolButton>(dialog, "removeOrganizationButton")->isEnabled());
        QVERIFY(!child<QToolButton>(dialog, "moveDownButton")->isEnabled());

        auto *test = child<QPushButton>(dialog, "testButton");
        QVERIFY(test->isEnabled());
        test->click();
        auto *result = child<QLabel>(dialog, "testResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 5'000);
        QCOMPARE(api.requestCount(), 1);
        QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("ak_from_environment"));
        QCOMPARE(dialog.organizationsPage().testedBaseUrl(), api.baseUrl());

        // The stored organization below it cannot move above it.
        list->setCurrentRow(1);
        QVERIFY(!child<QToolButton>(dialog, "moveUpButton")->isEnabled());
        QVERIFY(child<QToolButton>(dialog, "removeOrganizationButton")->isEnabled());
    }

    void atItsSmallestTheOrganizationsDetailsAreNotCutOff() {
        Fixture f(settingsFile(), historyFile());
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        dialog.show();
        dialog.resize(dialog.minimumSizeHint());
        QCoreApplication::processEvents();
        auto *scroll = child<QScrollArea>(dialog, "detailsScroll");
        // The row that cannot wrap (field, Show, Remove key) ends inside the visible area.
        auto *removeKey = child<QToolButton>(dialog, "removeKeyButton");
        const int right = removeKey->mapTo(scroll->viewport(), QPoint(removeKey->width(), 0)).x();
        QVERIFY2(right <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(right).arg(scroll->viewport()->width())));
        auto *key = child<QLineEdit>(dialog, "keyEdit");
        QVERIFY(key->width() >= key->minimumSizeHint().width());
    }

    void theDialogFitsALaptopScreenAtTwiceTheScale() {
        // 1366 x 768 at 200 %: 683 x 384 device-independent pixels, less a title bar and a panel.
        Fixture f(settingsFile(), historyFile());
        SettingsDialog dialog(f.settings, *f.keys, &f.store, m_clock);
        dialog.show();
        QVERIFY2(dialog.minimumSizeHint().height() <= 384 - 60,
                 qPrintable(QString::number(dialog.minimumSizeHint().height())));
        QVERIFY(dialog.minimumSizeHint().width() <= 683);
        // Never taller than the screen it opens on, whatever the contents want.
        QVERIFY(dialog.height() <= dialog.screen()->availableGeometry().height());
        // No 400-pixel spin boxes for "5 min".
        QVERIFY(child<QSpinBox>(dialog, "refreshSpin")->width() < 200);
        QVERIFY(child<QSpinBox>(dialog, "retentionSpin")->width() < 200);
        // Plain buttons, without the style's stock icons.
        for (QAbstractButton *button : child<QDialogButtonBox>(dialog, "buttonBox")->buttons())
            QVERIFY(button->icon().isNull());
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "SettingsDialogTest.moc"
