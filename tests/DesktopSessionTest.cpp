// The desktop wiring around a real dashboard: stored thresholds reach the model, the stored
// history retention prunes the dashboard's history, the Settings action opens one dialog whose
// changes apply at once, no key means the welcome view whose "Try demo data" starts demo mode, a
// stored key polls the configured API, and closing the window closes it unless a tray keeps the
// app running. Settings, history and notification state live in temporary folders; the key in a
// SessionSecretStore, so that no test races another for the one entry of the system keychain.
#include "app/DesktopSession.h"
#include "SampleSnapshots.h"
#include "app/DashboardApp.h"
#include "app/MainWindow.h"
#include "app/SettingsDialog.h"
#include "app/TrayController.h"
#include "app/WelcomeWidget.h"
#include "core/Clock.h"
#include "core/api/UsageService.h"
#include "core/desktop/TrayStatus.h"
#include "core/display/UsageTableModel.h"
#include "core/history/HistoryStore.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/SessionSecretStore.h"
#include "core/settings/AppSettings.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class DesktopSessionTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ManualClock m_clock{QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC)};

    // A session whose keychain is an in-memory store holding `key` (none when empty).
    struct Fixture {
        Fixture(const Clock &clock, const QString &key)
            : dashboard(clock) {
            auto keychain = std::make_unique<SessionSecretStore>();
            if (!key.isEmpty()) {
                QSignalSpy written(keychain.get(), &SecretStore::writeFinished);
                keychain->writeKey(key);
                written.wait(2'000);
            }
            session = std::make_unique<DesktopSession>(dashboard, clock, std::move(keychain));
            session->tray().overrideTrayAvailable(false);
        }
        ~Fixture() { dashboard.window().hide(); }
        bool waitForKey() {
            if (session->keeper().isLoaded())
                return true;
            QSignalSpy loaded(&session->keeper(), &ApiKeyKeeper::loaded);
            return loaded.wait(2'000);
        }
        MainWindow &window() { return dashboard.window(); }

        DashboardApp dashboard;
        std::unique_ptr<DesktopSession> session;
    };

private slots:
    void initTestCase() {
        // Every file the app writes goes below a temporary home, never the developer's.
        for (const char *name :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"}) {
            const QString dir = m_home.filePath(QLatin1String(name));
            QVERIFY(QDir().mkpath(dir));
            qputenv(name, QFile::encodeName(dir));
        }
        qunsetenv("ALLIUM_API_KEY");
        QCoreApplication::setOrganizationName(QStringLiteral("Allium"));
        QCoreApplication::setApplicationName(QStringLiteral("allium-usage"));
        // Closing the last window must not end the test program.
        QApplication::setQuitOnLastWindowClosed(false);
    }

    void init() {
        const QString file = AppSettings().fileName();
        QVERIFY(file.startsWith(m_home.path()));
        QFile::remove(file);
    }

    void storedThresholdsReachTheModel() {
        {
            AppSettings settings;
            settings.setThresholds(50, 65);
            settings.sync();
        }
        Fixture f(m_clock, QString());
        QCOMPARE(f.window().model()->thresholds().warningPercent, 50.0);
        QCOMPARE(f.window().model()->thresholds().criticalPercent, 65.0);
    }

    void dashboardKeepsHistoryForTheStoredRetention_data() {
        QTest::addColumn<int>("retentionDays");
        QTest::addColumn<bool>("kept");
        QTest::newRow("kept for 60 days: a 100-day-old reading goes") << 60 << false;
        QTest::newRow("kept for the default two years: it stays") << 730 << true;
    }

    void dashboardKeepsHistoryForTheStoredRetention() {
        QFETCH(int, retentionDays);
        QFETCH(bool, kept);
        const UsageSnapshot old = SampleSnapshots::monthly();
        const ManualClock later(old.receivedAt.addDays(100));
        const QString source = HistoryStore::demoSourceKey();
        QFile::remove(HistoryStore::defaultPath());
        {
            HistoryStore store(HistoryStore::defaultPath(), later);
            store.setRetentionDays(0); // this writer keeps everything
            QVERIFY2(store.open(), qPrintable(store.errorMessage()));
            QVERIFY(store.record(source, old));
        }
        {
            AppSettings settings;
            settings.setHistoryRetentionDays(retentionDays);
            settings.sync();
        }
        { DashboardApp dashboard(later); } // opening the history prunes it

        HistoryStore store(HistoryStore::defaultPath(), later);
        store.setRetentionDays(0);
        QVERIFY2(store.open(), qPrintable(store.errorMessage()));
        QCOMPARE(store.latestSnapshot(source).has_value(), kept);
    }

    void settingsActionOpensOneDialogWhoseChangesApplyAtOnce() {
        Fixture f(m_clock, QString());
        QVERIFY(f.waitForKey());
        f.session->start();
        QVERIFY(!f.session->settingsDialog());
        f.window().settingsAction()->trigger();
        QPointer<SettingsDialog> dialog = f.session->settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        f.window().settingsAction()->trigger();
        QCOMPARE(f.session->settingsDialog(), dialog.data());

        dialog->findChild<QSpinBox *>(QStringLiteral("warningSpin"))->setValue(60);
        dialog->findChild<QSpinBox *>(QStringLiteral("criticalSpin"))->setValue(80);
        dialog->findChild<QSpinBox *>(QStringLiteral("refreshSpin"))->setValue(15);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog); // closed and deleted
        QCOMPARE(f.window().model()->thresholds().warningPercent, 60.0);
        QCOMPARE(f.window().model()->thresholds().criticalPercent, 80.0);
        QCOMPARE(f.dashboard.service().timings().refreshInterval,
                 std::chrono::milliseconds(std::chrono::minutes(15)));
        QCOMPARE(AppSettings().warningPercent(), 60.0);
    }

    void withoutAKeyTheWelcomeViewOffersDemoData() {
        Fixture f(m_clock, QString());
        QVERIFY(f.waitForKey());
        f.session->start();
        f.session->showWindow(false);
        auto *welcome = f.window().findChild<WelcomeWidget *>();
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
        QVERIFY(!f.dashboard.isDemo());
        QCOMPARE(f.session->tray().status().look, TrayStatus::Look::NoKey);

        auto *demo = welcome->findChild<QPushButton *>(QStringLiteral("demoButton"));
        QVERIFY(demo);
        QSignalSpy received(&f.dashboard.service(), &UsageService::snapshotReceived);
        demo->click();
        QVERIFY(f.dashboard.isDemo());
        QVERIFY(received.wait(5'000));
        QTRY_VERIFY(f.session->tray().status().toolTip.contains(QStringLiteral("demo data")));
        QVERIFY(f.window().model()->rowCount() > 0);
    }

    void storedKeyPollsTheConfiguredApi() {
        ScriptedUsageApi api;
        QVERIFY(api.isListening());
        api.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
        {
            AppSettings settings;
            settings.setBaseUrl(api.baseUrl());
            settings.sync();
        }
        Fixture f(m_clock, QStringLiteral("stored-key"));
        QVERIFY(f.waitForKey());
        QSignalSpy received(&f.dashboard.service(), &UsageService::snapshotReceived);
        f.session->start();
        QVERIFY(received.wait(5'000));
        QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("stored-key"));
        QVERIFY(!f.window().findChild<WelcomeWidget *>() ||
                !f.window().findChild<WelcomeWidget *>()->isVisible());
        QVERIFY(f.window().model()->rowCount() > 0);
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
        {
            AppSettings settings;
            settings.setCloseToTray(closeToTray);
            settings.sync();
        }
        Fixture f(m_clock, QString());
        f.session->tray().overrideTrayAvailable(trayAvailable);
        f.session->showWindow(false);
        QVERIFY(f.window().isVisible());
        // close() says whether the window accepted the close event.
        QCOMPARE(f.window().close(), closes);
        QVERIFY(!f.window().isVisible());
    }
};

QTEST_MAIN(DesktopSessionTest)
#include "DesktopSessionTest.moc"
