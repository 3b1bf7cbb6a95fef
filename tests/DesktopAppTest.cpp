// The composition root, assembled as the app runs it, against scripted loopback APIs: stored
// settings reach the views, the history keeps the stored retention, Settings opens one dialog
// whose changes apply at once (a new base URL or key refreshes at once), no key means the welcome
// view with demo data on offer, --base-url wins for the session, and closing closes unless a tray
// keeps the app running. Settings, history and notification state live in temporary folders; the
// key in a SessionSecretStore, so that no test races another for the system keychain's entry.
#include "app/DesktopApp.h"
#include "SampleSnapshots.h"
#include "app/MainWindow.h"
#include "app/SettingsDialog.h"
#include "app/TrayController.h"
#include "app/TrayHost.h"
#include "app/WelcomeWidget.h"
#include "core/Clock.h"
#include "core/desktop/TrayStatus.h"
#include "core/display/UsageTableModel.h"
#include "core/reading/CurrentReading.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/SessionSecretStore.h"
#include "core/settings/AppSettings.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class DesktopAppTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ManualClock m_clock{QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC)};

    // The app with a keychain held in memory holding `key` (none when empty), and no tray.
    std::unique_ptr<DesktopApp> makeApp(const QString &key,
                                        DesktopApp::Options options = DesktopApp::Options()) {
        auto keychain = std::make_unique<SessionSecretStore>();
        if (!key.isEmpty()) {
            QSignalSpy written(keychain.get(), &SecretStore::writeFinished);
            keychain->writeKey(key);
            written.wait(2'000);
        }
        options.historyPath = m_home.filePath(QStringLiteral("history.sqlite"));
        options.notificationStateFile = m_home.filePath(QStringLiteral("notifications.ini"));
        options.environmentKey.clear();
        auto host = std::make_unique<TrayHost>();
        host->overrideAvailable(false);
        return std::make_unique<DesktopApp>(m_clock, options, std::move(keychain), std::move(host));
    }

    static bool waitForTheFirstReading(DesktopApp &app) {
        return QTest::qWaitFor([&app] { return app.reading().state().hasSnapshot(); }, 5'000);
    }

    static void saveSettings(const std::function<void(AppSettings &)> &change) {
        AppSettings settings;
        change(settings);
        settings.sync();
    }

private slots:
    void initTestCase() {
        // Every file the app writes goes below a temporary home, never the developer's.
        for (const char *name :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"}) {
            const QString dir = m_home.filePath(QLatin1String(name));
            QVERIFY(QDir().mkpath(dir));
            qputenv(name, QFile::encodeName(dir));
        }
        QCoreApplication::setOrganizationName(QStringLiteral("Allium"));
        QCoreApplication::setApplicationName(QStringLiteral("allium-usage"));
        // Closing the last window must not end the test program.
        QApplication::setQuitOnLastWindowClosed(false);
    }

    void init() {
        const QString file = AppSettings().fileName();
        QVERIFY(file.startsWith(m_home.path()));
        QFile::remove(file);
        QFile::remove(m_home.filePath(QStringLiteral("history.sqlite")));
    }

    void storedThresholdsReachTheViews() {
        saveSettings([](AppSettings &settings) { settings.setThresholds(50, 65); });
        auto app = makeApp(QString());
        QCOMPARE(app->window().model()->thresholds().warningPercent, 50.0);
        QCOMPARE(app->window().model()->thresholds().criticalPercent, 65.0);
    }

    void theHistoryKeepsTheStoredRetention_data() {
        QTest::addColumn<int>("retentionDays");
        QTest::addColumn<bool>("kept");
        QTest::newRow("kept for 60 days: a 100-day-old reading goes") << 60 << false;
        QTest::newRow("kept for the default two years: it stays") << 730 << true;
    }

    void theHistoryKeepsTheStoredRetention() {
        QFETCH(int, retentionDays);
        QFETCH(bool, kept);
        const UsageSnapshot old = SampleSnapshots::monthly();
        const ManualClock later(old.receivedAt.addDays(100));
        const QString path = m_home.filePath(QStringLiteral("history.sqlite"));
        const QString source = HistoryStore::demoSourceKey();
        {
            HistoryStore store(path, later);
            store.setRetentionDays(0); // this writer keeps everything
            QVERIFY2(store.open(), qPrintable(store.errorMessage()));
            QVERIFY(store.record(source, old));
        }
        saveSettings(
            [&](AppSettings &settings) { settings.setHistoryRetentionDays(retentionDays); });
        {
            DesktopApp::Options options;
            options.historyPath = path;
            options.notificationStateFile = m_home.filePath(QStringLiteral("notifications.ini"));
            DesktopApp app(later, options, std::make_unique<SessionSecretStore>(),
                           std::make_unique<TrayHost>()); // opening the history prunes it
        }
        HistoryStore store(path, later);
        store.setRetentionDays(0);
        QVERIFY2(store.open(), qPrintable(store.errorMessage()));
        QCOMPARE(store.latestSnapshot(source).has_value(), kept);
    }

    void settingsOpenOneDialogWhoseChangesApplyAtOnce() {
        ScriptedUsageApi api;
        saveSettings([&](AppSettings &settings) { settings.setBaseUrl(api.baseUrl()); });
        auto app = makeApp(QStringLiteral("stored-key"));
        QVERIFY(app->start());
        QVERIFY(waitForTheFirstReading(*app));
        QVERIFY(!app->settingsDialog());
        app->window().settingsAction()->trigger();
        QPointer<SettingsDialog> dialog = app->settingsDialog();
        QVERIFY(dialog && dialog->isVisible());
        app->window().settingsAction()->trigger();
        QCOMPARE(app->settingsDialog(), dialog.data());

        dialog->findChild<QSpinBox *>(QStringLiteral("warningSpin"))->setValue(60);
        dialog->findChild<QSpinBox *>(QStringLiteral("criticalSpin"))->setValue(80);
        dialog->findChild<QSpinBox *>(QStringLiteral("refreshSpin"))->setValue(15);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog); // closed and deleted
        QCOMPARE(app->window().model()->thresholds().warningPercent, 60.0);
        QCOMPARE(app->window().model()->thresholds().criticalPercent, 80.0);
        // The scheduled refresh moved to the new interval.
        QCOMPARE(m_clock.now().secsTo(app->reading().state().nextRefreshAt), 15 * 60);
        QCOMPARE(AppSettings().warningPercent(), 60.0);
    }

    void aBaseUrlChangedInSettingsIsReadAtOnce() {
        ScriptedUsageApi first;
        ScriptedUsageApi second;
        second.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
        saveSettings([&](AppSettings &settings) { settings.setBaseUrl(first.baseUrl()); });
        auto app = makeApp(QStringLiteral("stored-key"));
        QVERIFY(app->start());
        QVERIFY(waitForTheFirstReading(*app));

        app->openSettings();
        SettingsDialog *dialog = app->settingsDialog();
        dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
            ->setText(second.baseUrl().toString());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        // The first server's figures are gone at once, and the second is asked at once, not at
        // the next scheduled refresh.
        QVERIFY(!app->reading().state().snapshot);
        QTRY_COMPARE_WITH_TIMEOUT(second.requestCount(), 1, 5'000);
        QVERIFY(waitForTheFirstReading(*app));
        QVERIFY(app->reading().state().snapshot->unit(QStringLiteral("credits")));
        QCOMPARE(first.requestCount(), 1);
    }

    void aKeySavedAfterA401IsTriedAtOnce() {
        ScriptedUsageApi api;
        api.enqueue(ScriptedUsageApi::status(401, "Invalid API key"));
        saveSettings([&](AppSettings &settings) { settings.setBaseUrl(api.baseUrl()); });
        auto app = makeApp(QStringLiteral("revoked-key"));
        QVERIFY(app->start());
        QTRY_VERIFY_WITH_TIMEOUT(app->reading().state().error.has_value(), 5'000);
        QCOMPARE(app->reading().state().error->kind, UsageErrorKind::Unauthorized);

        app->openSettings();
        SettingsDialog *dialog = app->settingsDialog();
        dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))
            ->setText(QStringLiteral("new-key"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(api.requestCount(), 2, 5'000);
        QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("new-key"));
        QTRY_VERIFY_WITH_TIMEOUT(app->reading().state().hasSnapshot(), 5'000);
        QVERIFY(!app->reading().state().error);
    }

    void theSessionBaseUrlWinsOverTheSavedOne() {
        ScriptedUsageApi saved;
        ScriptedUsageApi session;
        saveSettings([&](AppSettings &settings) { settings.setBaseUrl(saved.baseUrl()); });
        DesktopApp::Options options;
        options.sessionBaseUrl = session.baseUrl();
        auto app = makeApp(QStringLiteral("stored-key"), options);
        QVERIFY(app->start());
        QVERIFY(waitForTheFirstReading(*app));
        QCOMPARE(session.requestCount(), 1);
        QCOMPARE(saved.requestCount(), 0);
        QCOMPARE(app->settings().baseUrl(), session.baseUrl());
        QCOMPARE(AppSettings().baseUrl(), saved.baseUrl()); // never saved
    }

    void withoutAKeyTheWelcomeViewOffersDemoData() {
        auto app = makeApp(QString());
        QVERIFY(app->start());
        QTRY_VERIFY(app->window().findChild<WelcomeWidget *>());
        auto *welcome = app->window().findChild<WelcomeWidget *>();
        QTRY_VERIFY(welcome->isVisible());
        QVERIFY(!app->isDemo());
        QCOMPARE(app->tray().status().look, TrayStatus::Look::NoKey);

        auto *demo = welcome->findChild<QPushButton *>(QStringLiteral("demoButton"));
        QVERIFY(demo);
        demo->click();
        QVERIFY(app->isDemo());
        QVERIFY(app->reading().state().demo);
        QVERIFY(waitForTheFirstReading(*app));
        QVERIFY(app->tray().status().toolTip.contains(QStringLiteral("demo data")));
        QVERIFY(app->window().model()->rowCount() > 0);
    }

    void aStoredKeyPollsTheConfiguredApi() {
        ScriptedUsageApi api;
        saveSettings([&](AppSettings &settings) { settings.setBaseUrl(api.baseUrl()); });
        auto app = makeApp(QStringLiteral("stored-key"));
        QVERIFY(app->start());
        QVERIFY(waitForTheFirstReading(*app));
        QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("stored-key"));
        QVERIFY(app->window().isShowingDashboard());
        QVERIFY(app->window().model()->rowCount() > 0);
    }

    void closingClosesUnlessATrayKeepsTheAppRunning_data() {
        QTest::addColumn<bool>("trayAvailable");
        QTest::addColumn<bool>("closeToTray");
        QTest::addColumn<bool>("closes");
        QTest::newRow("no tray, close to tray on: closes") << false << true << true;
        QTest::newRow("no tray, close to tray off: closes") << false << false << true;
        QTest::newRow("tray, close to tray on: hidden to the tray") << true << true << false;
        QTest::newRow("tray, close to tray off: closes") << true << false << true;
    }

    void closingClosesUnlessATrayKeepsTheAppRunning() {
        QFETCH(bool, trayAvailable);
        QFETCH(bool, closeToTray);
        QFETCH(bool, closes);
        saveSettings([&](AppSettings &settings) { settings.setCloseToTray(closeToTray); });
        auto app = makeApp(QString());
        app->trayHost().overrideAvailable(trayAvailable);
        QVERIFY(app->start());
        QVERIFY(app->window().isVisible());
        // close() says whether the window accepted the close event.
        QCOMPARE(app->window().close(), closes);
        QVERIFY(!app->window().isVisible());
    }
};

QTEST_MAIN(DesktopAppTest)
#include "DesktopAppTest.moc"
