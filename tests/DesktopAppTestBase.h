// What the tests of the composition root share: a temporary home for every file the app writes
// (settings, history, notification state), a clock of their own, a keychain in memory, and a
// DesktopApp assembled as the app runs it, with no tray.
#pragma once

#include "app/DesktopApp.h"
#include "app/MainWindow.h"
#include "app/dashboard/OrganizationDashboard.h"
#include "app/dashboard/UnitCard.h"
#include "app/dashboard/UnitCardGrid.h"
#include "app/dashboard/UsageGauge.h"
#include "app/tray/TrayHost.h"
#include "core/Clock.h"
#include "core/organizations/OrganizationList.h"
#include "core/reading/CurrentReading.h"
#include "core/settings/AppSettings.h"
#include "support/CannedUsageBodies.h"
#include "support/MemoryKeychain.h"
#include "support/ScriptedUsageApi.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

class DesktopAppTestBase : public QObject {
protected:
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

    // For initTestCase(): every file the app writes goes below the temporary home.
    void prepareHome() {
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

    // For init(): each test starts without settings and history.
    void clearHome() {
        const QString file = AppSettings().fileName();
        QVERIFY(file.startsWith(m_home.path()));
        QFile::remove(file);
        QFile::remove(m_home.filePath(QStringLiteral("history.sqlite")));
    }
};
