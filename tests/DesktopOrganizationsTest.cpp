// The composition root with several organizations, against scripted loopback APIs: each is read
// and notified about by name; the window opens on the overview, worst first, whose cards open an
// organization's dashboard (as the tray menu does) and to which All organizations comes back; on
// the overview Refresh and Copy summary act on every organization; with one organization there is
// no overview; Export all organizations writes them all.
#include "DesktopAppTestBase.h"
#include "app/DesktopApp.h"
#include "app/dashboard/UsageGauge.h"
#include "app/organizations/OrganizationCard.h"
#include "app/organizations/OrganizationsExport.h"
#include "app/organizations/OrganizationsOverview.h"
#include "app/tray/TrayController.h"
#include "core/desktop/ThresholdNotifier.h"
#include "core/organizations/OrganizationKeys.h"
#include "core/organizations/OrganizationReadings.h"
#include "core/secrets/ApiKeyKeeper.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

class DesktopOrganizationsTest final : public DesktopAppTestBase {
    Q_OBJECT

private slots:
    void initTestCase() { prepareHome(); }
    void init() { clearHome(); }

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

    void theTrayMenuChoosesTheOrganizationTheWindowShowsAndExports() {
        ScriptedUsageApi production;
        ScriptedUsageApi staging;
        const QString stagingId = saveTwoOrganizations(production, staging);
        auto app = makeApp(QStringLiteral("production-key"));
        QVERIFY(app->start());
        QVERIFY(waitForTheFirstReading(*app));
        QTRY_VERIFY_WITH_TIMEOUT(app->readings().reading(stagingId)->state().hasSnapshot(), 5'000);
        // The window opens on the overview, named after no organization.
        QVERIFY(app->window().isShowingOverview());
        QCOMPARE(app->window().windowTitle(), QStringLiteral("Allium Usage"));

        // The menu is there once a tray shows it.
        app->trayHost().overrideAvailable(true);
        QAction *stagingEntry = nullptr;
        for (QAction *action : app->tray().menu()->actions()) {
            if (action->data().toString() == stagingId)
                stagingEntry = action;
        }
        QVERIFY(stagingEntry);
        stagingEntry->trigger();
        QVERIFY(!app->window().isShowingOverview());
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

    void severalOrganizationsOpenOnTheOverviewWorstFirst() {
        ScriptedUsageApi production;
        ScriptedUsageApi staging;
        const QString stagingId = saveTwoOrganizations(production, staging);
        auto app = makeApp(QStringLiteral("production-key"));
        QVERIFY(app->start());
        MainWindow &window = app->window();
        QVERIFY(window.isShowingOverview());
        QVERIFY(window.overviewAction()->isVisible());
        QVERIFY(!window.overviewAction()->isEnabled()); // it is on show
        QVERIFY(waitForTheFirstReading(*app));
        QTRY_VERIFY_WITH_TIMEOUT(app->readings().reading(stagingId)->state().hasSnapshot(), 5'000);
        // Staging is over its allocation: first, and named in the headline.
        OrganizationsOverview *overview = window.overview();
        // The overview is worked out again shortly after each change (coalesced): wait for it.
        QTRY_COMPARE(overview->cards().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(overview->cards().at(0)->organizationId(), stagingId, 5'000);
        QCOMPARE(overview->cards().at(0)->row().standing, OrganizationOverview::Standing::Over);
        QCOMPARE(overview->cards().at(1)->organizationId(), Organization::defaultId());
        QCOMPARE(overview->headline()->text(), QStringLiteral("Staging needs attention"));
        // Its bar is the headline unit's, in the stored thresholds.
        QVERIFY(overview->cards().at(0)->gauge()->percent().value_or(0) > 100.0);

        // Copy summary says every organization; Refresh reads every one.
        window.copySummaryAction()->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("Staging needs attention\nStaging — ")),
                 qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("\nProduction — ")), qPrintable(copied));
        const int productionRequests = production.requestCount();
        const int stagingRequests = staging.requestCount();
        window.refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(production.requestCount(), productionRequests + 1, 5'000);
        QTRY_COMPARE_WITH_TIMEOUT(staging.requestCount(), stagingRequests + 1, 5'000);
        app->window().hide();
    }

    void choosingACardOpensItsDashboardAndAllOrganizationsComesBack() {
        ScriptedUsageApi production;
        ScriptedUsageApi staging;
        const QString stagingId = saveTwoOrganizations(production, staging);
        auto app = makeApp(QStringLiteral("production-key"));
        QVERIFY(app->start());
        MainWindow &window = app->window();
        QTRY_VERIFY_WITH_TIMEOUT(app->readings().reading(stagingId)->state().hasSnapshot(), 5'000);
        QTRY_VERIFY(window.overview()->card(stagingId));
        OrganizationCard *card = window.overview()->card(stagingId);
        QTest::mouseClick(card, Qt::LeftButton);
        QVERIFY(!window.isShowingOverview());
        QVERIFY(window.isShowingDashboard());
        QCOMPARE(app->shownOrganization(), stagingId);
        QCOMPARE(&window.dashboard()->reading(), app->readings().reading(stagingId));
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Staging — ")),
                 qPrintable(window.windowTitle()));
        QVERIFY(window.overviewAction()->isEnabled());
        // Export snapshot and Copy summary speak of Staging alone here.
        window.copySummaryAction()->trigger();
        QVERIFY(!QGuiApplication::clipboard()->text().contains(QStringLiteral("Production")));

        window.overviewAction()->trigger();
        QVERIFY(window.isShowingOverview());
        QCOMPARE(window.windowTitle(), QStringLiteral("Allium Usage"));
        // The keyboard opens one too.
        OrganizationCard *first = window.overview()->card(Organization::defaultId());
        first->setFocus();
        QTest::keyClick(first, Qt::Key_Return);
        QCOMPARE(app->shownOrganization(), Organization::defaultId());
        QVERIFY(!window.isShowingOverview());
        // Its figures once its first reading is in (its key may still be on its way).
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingDashboard(), 5'000);
        window.hide();
    }

    void theOverviewGoesWithTheSecondOrganization() {
        ScriptedUsageApi production;
        ScriptedUsageApi staging;
        const QString stagingId = saveTwoOrganizations(production, staging);
        auto app = makeApp(QStringLiteral("production-key"));
        QVERIFY(app->start());
        QVERIFY(app->window().isShowingOverview());
        // Down to one: the app looks as it always did, the dashboard and no overview action.
        QVERIFY(app->settings().organizations().remove(stagingId));
        QVERIFY(!app->window().isShowingOverview());
        QVERIFY(!app->window().overviewAction()->isVisible());
        QVERIFY(waitForTheFirstReading(*app));
        QVERIFY(app->window().isShowingDashboard());
        // A second one without a key yet is no reason to leave the dashboard...
        const std::optional<Organization> clients =
            app->settings().organizations().add(QStringLiteral("Clients"), QUrl());
        QVERIFY(clients);
        QTRY_VERIFY(app->keys().keeper(clients->id)->isLoaded());
        QVERIFY(!app->window().isShowingOverview());
        QVERIFY(!app->window().overviewAction()->isVisible());
        // ... its key is: the overview is back, as on a start with two.
        app->keys().keeper(clients->id)->save(QStringLiteral("clients-key"), true);
        QTRY_VERIFY(app->window().isShowingOverview());
        QVERIFY(app->window().overviewAction()->isVisible());
    }

    void aKeylessDefaultBesideTheEnvironmentsKeyLeavesItsDashboard() {
        // ALLIUM_API_KEY set on a first start: the Default made to take a key has none. The
        // window shows the environment's organization as it always did, not an overview of two.
        ScriptedUsageApi api;
        DesktopApp::Options options;
        options.environmentKey = QStringLiteral("environment-key");
        options.sessionBaseUrl = api.baseUrl();
        options.historyPath = m_home.filePath(QStringLiteral("history.sqlite"));
        options.notificationStateFile = m_home.filePath(QStringLiteral("notifications.ini"));
        m_keychain.setKey(QStringLiteral("api-key"), QString());
        auto host = std::make_unique<TrayHost>();
        host->overrideAvailable(false);
        DesktopApp app(m_clock, options, m_keychain.factory(), std::move(host));
        // Not even for a frame while the keychain is asked about the Default.
        auto *pages = app.window().findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        QSignalSpy pageShown(pages, &QStackedWidget::currentChanged);
        QVERIFY(app.start());
        QCOMPARE(app.readings().organizations().size(), 2);
        QTRY_VERIFY(app.keys().allLoaded());
        QVERIFY(waitForTheFirstReading(app));
        QCOMPARE(app.shownOrganization(), Organization::environmentId());
        QVERIFY(!app.window().isShowingOverview());
        QVERIFY(!app.window().overviewAction()->isVisible());
        QVERIFY(app.window().isShowingDashboard());
        // Nothing to tell it from: the title names no organization.
        QCOMPARE(app.window().windowTitle(), QStringLiteral("Allium Usage"));
        for (const QList<QVariant> &shown : std::as_const(pageShown))
            QVERIFY(pages->widget(shown.constFirst().toInt()) != app.window().overview());
        app.window().hide();
    }

    void theOverviewWorksNothingOutWhileHidden() {
        ScriptedUsageApi production;
        ScriptedUsageApi staging;
        const QString stagingId = saveTwoOrganizations(production, staging);
        auto app = makeApp(QStringLiteral("production-key"));
        QVERIFY(app->start());
        QTRY_VERIFY_WITH_TIMEOUT(app->readings().reading(stagingId)->state().hasSnapshot(), 5'000);
        OrganizationsOverview *overview = app->window().overview();
        app->window().hide();
        const int updates = overview->updates();
        QVERIFY(app->readings().reading(stagingId)->refreshNow());
        QTRY_VERIFY_WITH_TIMEOUT(!app->readings().reading(stagingId)->state().busy, 5'000);
        QCOMPARE(overview->updates(), updates);
        // Shown again: brought up to date at once.
        app->window().show();
        QCOMPARE(overview->updates(), updates + 1);
        app->window().hide();
    }

    void withOneOrganizationThereIsNoOverview() {
        ScriptedUsageApi api;
        saveBaseUrl(api.baseUrl());
        auto app = makeApp(QStringLiteral("stored-key"));
        QVERIFY(app->start());
        QVERIFY(waitForTheFirstReading(*app));
        QVERIFY(!app->window().isShowingOverview());
        QVERIFY(app->window().isShowingDashboard());
        QVERIFY(!app->window().overviewAction()->isVisible());
        QCOMPARE(app->window().overview()->updates(), 0);
        app->window().hide();
    }
};

QTEST_MAIN(DesktopOrganizationsTest)
#include "DesktopOrganizationsTest.moc"
