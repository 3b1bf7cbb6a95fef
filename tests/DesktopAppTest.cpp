// The composition root, assembled as the app runs it, against scripted loopback APIs: stored
// settings reach the views, the history keeps the stored retention, Settings opens one dialog
// whose changes apply at once (a new base URL or key refreshes at once), no key means the welcome
// view with demo data on offer, --base-url wins for the session, and closing closes unless a tray
// keeps the app running. With several organizations each is read, the tray menu chooses the one
// the window shows (and Export snapshot writes), and Export all organizations writes them all.
// Settings, history and notification state live in temporary folders; the key in a
// SessionSecretStore, so that no test races another for the system keychain's entry.
#include "app/DesktopApp.h"
#include "SampleSnapshots.h"
#include "app/MainWindow.h"
#include "app/SettingsDialog.h"
#include "app/WelcomeWidget.h"
#include "app/dashboard/OrganizationDashboard.h"
#include "app/dashboard/UnitCard.h"
#include "app/dashboard/UnitCardGrid.h"
#include "app/dashboard/UsageGauge.h"
#include "app/organizations/OrganizationsExport.h"
#include "app/tray/TrayController.h"
#include "app/tray/TrayHost.h"
#include "core/Clock.h"
#include "core/desktop/TrayStatus.h"
#include "core/organizations/OrganizationList.h"
#include "core/organizations/OrganizationReadings.h"
#include "core/reading/CurrentReading.h"
#include "core/settings/AppSettings.h"
#include "support/CannedUsageBodies.h"
#include "support/MemoryKeychain.h"
#include "support/ScriptedUsageApi.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenu>
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

    MemoryKeychain m_keychain;

    // The app with a keychain held in memory holding `key` for the first organization (none when
    // empty), and no tray.
    std::unique_ptr<DesktopApp> makeApp(const QString &key,
                                        DesktopApp::Options options = DesktopApp::Options()) {
        m_keychain.setKey(QStringLiteral("api-key"), key);
        options.historyPath = m_home.filePath(QStringLiteral("history.sqlite"));
        options.notificationStateFile = m_home.filePath(QStringLiteral("notifications.ini"));
        options.environmentKey.clear();
        auto host = std::make_unique<TrayHost>();
        host->overrideAvailable(false);
        return std::make_unique<DesktopApp>(m_clock, options, m_keychain.factory(),
                                            std::move(host));
    }

    static bool waitForTheFirstReading(DesktopApp &app) {
        return QTest::qWaitFor([&app] { return app.reading().state().hasSnapshot(); }, 5'000);
    }

    // The thresholds the dashboard's first unit card draws its bar with.
    static UsageThresholds cardThresholds(const DesktopApp &app) {
        const QList<UnitCard *> &cards = app.window().dashboard()->cards()->cards();
        return cards.isEmpty() ? UsageThresholds{-1, -1}
                               : cards.constFirst()->gauge()->thresholds();
    }

    // Production (the first organization, unit plan) and Staging (95 % and over its allocation),
    // each on its own server; returns Staging's id.
    QString saveTwoOrganizations(const ScriptedUsageApi &production, ScriptedUsageApi &staging) {
        staging.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::overAllocation()));
        QString stagingId;
        saveSettings([&](AppSettings &settings) {
            OrganizationList &list = settings.organizations();
            QVERIFY(list.setBaseUrl(Organization::defaultId(), production.baseUrl()));
            QVERIFY(list.rename(Organization::defaultId(), QStringLiteral("Production")));
            stagingId = list.add(QStringLiteral("Staging"), staging.baseUrl())->id;
        });
        m_keychain.setKey(Organization::keychainEntryFor(stagingId), QStringLiteral("staging-key"));
        return stagingId;
    }

    static QString readFile(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static void saveSettings(const std::function<void(AppSettings &)> &change) {
        AppSettings settings;
        change(settings);
        settings.sync();
    }
    // The first organization's own address, as Settings saves it.
    static void saveBaseUrl(const QUrl &url) {
        saveSettings([&](AppSettings &settings) {
            QVERIFY(settings.organizations().setBaseUrl(Organization::defaultId(), url));
        });
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
        ScriptedUsageApi api;
        saveBaseUrl(api.baseUrl());
        saveSettings([](AppSettings &settings) { settings.setThresholds(50, 65); });
        auto app = makeApp(QStringLiteral("stored-key"));
        QVERIFY(app->start());
        QVERIFY(waitForTheFirstReading(*app));
        const UsageThresholds shown = cardThresholds(*app);
        QCOMPARE(shown.warningPercent, 50.0);
        QCOMPARE(shown.criticalPercent, 65.0);
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
            DesktopApp app(later, options, m_keychain.factory(),
                           std::make_unique<TrayHost>()); // opening the history prunes it
        }
        HistoryStore store(path, later);
        store.setRetentionDays(0);
        QVERIFY2(store.open(), qPrintable(store.errorMessage()));
        QCOMPARE(store.latestSnapshot(source).has_value(), kept);
    }

    void settingsOpenOneDialogWhoseChangesApplyAtOnce() {
        ScriptedUsageApi api;
        saveBaseUrl(api.baseUrl());
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
        QCOMPARE(cardThresholds(*app).warningPercent, 60.0);
        QCOMPARE(cardThresholds(*app).criticalPercent, 80.0);
        // The scheduled refresh moved to the new interval.
        QCOMPARE(m_clock.now().secsTo(app->reading().state().nextRefreshAt), 15 * 60);
        QCOMPARE(AppSettings().warningPercent(), 60.0);
    }

    void aBaseUrlChangedInSettingsIsReadAtOnce() {
        ScriptedUsageApi first;
        ScriptedUsageApi second;
        second.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
        saveBaseUrl(first.baseUrl());
        auto app = makeApp(QStringLiteral("stored-key"));
        QVERIFY(app->start());
        QVERIFY(waitForTheFirstReading(*app));

        app->openSettings();
        SettingsDialog *dialog = app->settingsDialog();
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
        address->selectAll();
        QTest::keyClicks(address, second.baseUrl().toString());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        // The organization's figures from the first server are shown as recorded, no longer as
        // current, and the second server is asked at once, not at the next scheduled refresh.
        QCOMPARE(app->reading().state().freshness, ReadingState::Freshness::Restored);
        QTRY_COMPARE_WITH_TIMEOUT(second.requestCount(), 1, 5'000);
        QVERIFY(waitForTheFirstReading(*app));
        QVERIFY(app->reading().state().snapshot->unit(QStringLiteral("credits")));
        QCOMPARE(first.requestCount(), 1);
    }

    void aKeySavedAfterA401IsTriedAtOnce() {
        ScriptedUsageApi api;
        api.enqueue(ScriptedUsageApi::status(401, "Invalid API key"));
        saveBaseUrl(api.baseUrl());
        auto app = makeApp(QStringLiteral("revoked-key"));
        QVERIFY(app->start());
        QTRY_VERIFY_WITH_TIMEOUT(app->reading().state().error.has_value(), 5'000);
        QCOMPARE(app->reading().state().error->kind, UsageErrorKind::Unauthorized);

        app->openSettings();
        SettingsDialog *dialog = app->settingsDialog();
        auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
        keyEdit->selectAll();
        QTest::keyClicks(keyEdit, QStringLiteral("new-key"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(api.requestCount(), 2, 5'000);
        QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("new-key"));
        QTRY_VERIFY_WITH_TIMEOUT(app->reading().state().hasSnapshot(), 5'000);
        QVERIFY(!app->reading().state().error);
    }

    void theSessionBaseUrlWinsOverTheSavedOne() {
        ScriptedUsageApi saved;
        ScriptedUsageApi session;
        saveBaseUrl(saved.baseUrl());
        DesktopApp::Options options;
        options.sessionBaseUrl = session.baseUrl();
        auto app = makeApp(QStringLiteral("stored-key"), options);
        QVERIFY(app->start());
        QVERIFY(waitForTheFirstReading(*app));
        QCOMPARE(session.requestCount(), 1);
        QCOMPARE(saved.requestCount(), 0);
        QCOMPARE(app->settings().sessionBaseUrl(), session.baseUrl());
        // Never saved: the organization keeps its own address.
        QCOMPARE(AppSettings().organizations().stored().constFirst().baseUrl, saved.baseUrl());
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
        QVERIFY(!app->window().dashboard()->cards()->cards().isEmpty());
    }

    void aStoredKeyPollsTheConfiguredApi() {
        ScriptedUsageApi api;
        saveBaseUrl(api.baseUrl());
        auto app = makeApp(QStringLiteral("stored-key"));
        QVERIFY(app->start());
        QVERIFY(waitForTheFirstReading(*app));
        QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("stored-key"));
        QVERIFY(app->window().isShowingDashboard());
        QVERIFY(!app->window().dashboard()->cards()->cards().isEmpty());
    }

    void everyOrganizationIsReadAndNotifiedAboutByName() {
        ScriptedUsageApi production;
        ScriptedUsageApi staging;
        const QString stagingId = saveTwoOrganizations(production, staging);
        auto app = makeApp(QStringLiteral("production-key"));
        QSignalSpy notified(&app->tray(), &TrayController::notified);
        QVERIFY(app->start());
        CurrentReading *stagingReading = app->readings().reading(stagingId);
        QTRY_VERIFY_WITH_TIMEOUT(stagingReading->state().hasSnapshot(), 5'000);
        QVERIFY(waitForTheFirstReading(*app));
        // The window and the tray show the first organization; the other is read all the same.
        QCOMPARE(app->shownOrganization(), Organization::defaultId());
        QCOMPARE(&app->reading(), app->readings().reading(Organization::defaultId()));
        QCOMPARE(production.lastRequest().header("X-API-KEY"), QByteArray("production-key"));
        QCOMPARE(staging.lastRequest().header("X-API-KEY"), QByteArray("staging-key"));
        // Staging is over its allocation: its notification says whose units these are.
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5'000);
        const auto notification = notified.at(0).at(0).value<ThresholdNotification>();
        QCOMPARE(notification.organization, QStringLiteral("Staging"));
        QVERIFY2(notification.title.startsWith(QStringLiteral("Staging: ")),
                 qPrintable(notification.title));

        // The shown organization removed: the window moves to the next one, at once.
        QVERIFY(app->settings().organizations().remove(Organization::defaultId()));
        QCOMPARE(app->shownOrganization(), stagingId);
        QCOMPARE(&app->reading(), stagingReading);
        QVERIFY(!app->window().dashboard()->cards()->cards().isEmpty());
        QVERIFY(!app->readings().reading(Organization::defaultId()));
    }

    void theEnvironmentsOrganizationIsReadBesideTheStoredOnes() {
        ScriptedUsageApi api;
        saveBaseUrl(api.baseUrl());
        DesktopApp::Options options;
        auto app = makeApp(QStringLiteral("stored-key"), options);
        app.reset();
        options.environmentKey = QStringLiteral("environment-key");
        options.sessionBaseUrl = api.baseUrl();
        m_keychain.setKey(QStringLiteral("api-key"), QStringLiteral("stored-key"));
        options.historyPath = m_home.filePath(QStringLiteral("history.sqlite"));
        options.notificationStateFile = m_home.filePath(QStringLiteral("notifications.ini"));
        auto host = std::make_unique<TrayHost>();
        host->overrideAvailable(false);
        DesktopApp withEnvironment(m_clock, options, m_keychain.factory(), std::move(host));
        QVERIFY(withEnvironment.start());
        QTRY_COMPARE_WITH_TIMEOUT(api.requestCount(), 2, 5'000);
        // As the variable always won, its organization is the one the window shows.
        QCOMPARE(withEnvironment.shownOrganization(), Organization::environmentId());
        QCOMPARE(withEnvironment.readings().organizations().size(), 2);
        QSet<QByteArray> keys;
        for (const HttpRequest &request : api.requests())
            keys.insert(request.header("X-API-KEY"));
        QCOMPARE(keys, (QSet<QByteArray>{"environment-key", "stored-key"}));
    }

    void withEveryOrganizationRemovedTheWelcomeViewAsksForAKeyAgain() {
        auto app = makeApp(QString());
        QVERIFY(app->start());
        QTRY_VERIFY(app->window().findChild<WelcomeWidget *>());
        QVERIFY(app->settings().organizations().remove(Organization::defaultId()));
        // A new organization takes the next key, as on a first start.
        const QList<Organization> stored = app->settings().organizations().stored();
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.constFirst().id != Organization::defaultId());
        QTRY_VERIFY(app->window().findChild<WelcomeWidget *>() &&
                    app->window().findChild<WelcomeWidget *>()->isVisible());
    }

    void theTrayMenuChoosesTheOrganizationTheWindowShowsAndExports() {
        ScriptedUsageApi production;
        ScriptedUsageApi staging;
        const QString stagingId = saveTwoOrganizations(production, staging);
        auto app = makeApp(QStringLiteral("production-key"));
        QVERIFY(app->start());
        QVERIFY(waitForTheFirstReading(*app));
        QTRY_VERIFY_WITH_TIMEOUT(app->readings().reading(stagingId)->state().hasSnapshot(), 5'000);
        QVERIFY2(app->window().windowTitle().startsWith(QStringLiteral("Production — ")),
                 qPrintable(app->window().windowTitle()));

        // The menu is there once a tray shows it.
        app->trayHost().overrideAvailable(true);
        QAction *stagingEntry = nullptr;
        for (QAction *action : app->tray().menu()->actions()) {
            if (action->data().toString() == stagingId)
                stagingEntry = action;
        }
        QVERIFY(stagingEntry);
        stagingEntry->trigger();
        QCOMPARE(app->shownOrganization(), stagingId);
        QCOMPARE(&app->reading(), app->readings().reading(stagingId));
        QVERIFY(app->window().isVisible());
        QVERIFY2(app->window().windowTitle().startsWith(QStringLiteral("Staging — ")),
                 qPrintable(app->window().windowTitle()));
        // Export snapshot writes Staging's figures, in the single-organization columns, under a
        // name that says whose they are.
        QVERIFY(app->window().proposedExportFileName().startsWith(
            QStringLiteral("allium-usage-Staging-")));
        const QString path = m_home.filePath(QStringLiteral("staging.csv"));
        QVERIFY(app->window().exportSnapshotTo(path));
        const QString csv = readFile(path);
        QVERIFY2(csv.startsWith(QStringLiteral("captured_at,")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral(",developer_units,2000000,1900000,")));
        QVERIFY(!csv.contains(QStringLiteral("341523")));
        // The choice stays while the keys and the list change around it.
        QVERIFY(app->settings().organizations().rename(stagingId, QStringLiteral("Staging EU")));
        QCOMPARE(app->shownOrganization(), stagingId);
        QVERIFY(app->window().windowTitle().startsWith(QStringLiteral("Staging EU — ")));
        app->window().hide();
    }

    void exportAllOrganizationsWritesOneFileLedByTheOrganization() {
        ScriptedUsageApi production;
        ScriptedUsageApi staging;
        const QString stagingId = saveTwoOrganizations(production, staging);
        saveSettings([](AppSettings &settings) {
            QVERIFY(settings.organizations().add(QStringLiteral("Clients"), QUrl()));
        });
        auto app = makeApp(QStringLiteral("production-key"));
        OrganizationsExport &exportAll = app->organizationsExport();
        QVERIFY(app->start());
        QVERIFY(exportAll.action()->isVisible());
        QVERIFY(!exportAll.action()->isEnabled()); // nothing to export yet
        QVERIFY(waitForTheFirstReading(*app));
        QTRY_VERIFY_WITH_TIMEOUT(app->readings().reading(stagingId)->state().hasSnapshot(), 5'000);
        QVERIFY(exportAll.action()->isEnabled());
        QVERIFY(app->tray().menu()->actions().contains(exportAll.action()));

        const QString path = m_home.filePath(QStringLiteral("all.csv"));
        QStringList leftOut;
        QString error;
        QVERIFY2(exportAll.exportTo(path, &leftOut, &error), qPrintable(error));
        // Clients has no key, so no reading: named as left out, never a row of zeros.
        QCOMPARE(leftOut, QStringList{QStringLiteral("Clients")});
        const QStringList lines = readFile(path).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("organization,captured_at,")),
                 qPrintable(lines.value(0)));
        QCOMPARE(lines.size(), 5); // the header, two units each
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Production,")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("Production,")));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("Staging,")));
        QVERIFY(lines.at(3).contains(QStringLiteral(",developer_units,2000000,1900000,")));
        QVERIFY(exportAll.proposedFileName().startsWith(
            QStringLiteral("allium-usage-all-organizations-")));

        // Down to one organization, the action goes: Export snapshot says it all.
        OrganizationList &list = app->settings().organizations();
        QVERIFY(list.remove(stagingId));
        QVERIFY(list.remove(list.stored().constLast().id));
        QVERIFY(!exportAll.action()->isVisible());
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
