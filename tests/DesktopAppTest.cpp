// The composition root, assembled as the app runs it, against scripted loopback APIs: stored
// settings reach the views, the history keeps the stored retention, Settings opens one dialog
// whose changes apply at once (a new base URL or key refreshes at once), no key means the welcome
// view with demo data on offer, --base-url wins for the session, and closing closes unless a tray
// keeps the app running (several organizations: DesktopOrganizationsTest). Settings, history and
// notification state live in temporary folders; the key in a SessionSecretStore, so that no test
// races another for the system keychain's entry.
#include "app/DesktopApp.h"
#include "DesktopAppTestBase.h"
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

class DesktopAppTest final : public DesktopAppTestBase {
    Q_OBJECT

private slots:
    void initTestCase() { prepareHome(); }
    void init() { clearHome(); }

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
        // The restored figures are a snapshot too: wait for the second server's reply itself.
        QTRY_COMPARE_WITH_TIMEOUT(app->reading().state().freshness,
                                  ReadingState::Freshness::Current, 5'000);
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
        // Shown from the event loop, once what is known at once has chosen what to show.
        QTRY_VERIFY(app->window().isVisible());
        // close() says whether the window accepted the close event.
        QCOMPARE(app->window().close(), closes);
        QVERIFY(!app->window().isVisible());
    }
};

QTEST_MAIN(DesktopAppTest)
#include "DesktopAppTest.moc"
