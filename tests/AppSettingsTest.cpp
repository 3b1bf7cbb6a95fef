// The typed settings: defaults, round trips, validation messages, and hand-edited nonsense falling
// back to safe defaults. (The organizations in the same file: OrganizationListTest.)
#include "core/settings/AppSettings.h"
#include "core/api/BaseUrlPolicy.h"
#include "core/organizations/OrganizationList.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class AppSettingsTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void init() { QFile::remove(file()); }

    void defaultsForANewUser() {
        AppSettings settings(file());
        QVERIFY(!settings.hasSessionBaseUrl());
        QCOMPARE(settings.organizations().stored().size(), 1);
        QCOMPARE(settings.organizations().stored().constFirst().effectiveBaseUrl(),
                 BaseUrlPolicy::defaultBaseUrl());
        QCOMPARE(settings.refreshIntervalMinutes(), 5);
        QCOMPARE(settings.warningPercent(), 75.0);
        QCOMPARE(settings.criticalPercent(), 90.0);
        QVERIFY(settings.notificationsEnabled());
        QVERIFY(!settings.startMinimised());
        QVERIFY(!settings.launchAtLogin());
        QVERIFY(settings.closeToTray());
        QVERIFY(!settings.noTrayExplained());
        QCOMPARE(settings.historyRetentionDays(), 730);
    }

    void valuesSurviveARestart() {
        {
            AppSettings settings(file());
            settings.setRefreshIntervalMinutes(15);
            settings.setThresholds(60, 80);
            settings.setNotificationsEnabled(false);
            settings.setStartMinimised(true);
            settings.setLaunchAtLogin(true);
            settings.setCloseToTray(false);
            settings.setNoTrayExplained(true);
            settings.setHistoryRetentionDays(365);
        }
        AppSettings settings(file());
        QCOMPARE(settings.refreshIntervalMinutes(), 15);
        QCOMPARE(settings.warningPercent(), 60.0);
        QCOMPARE(settings.criticalPercent(), 80.0);
        QVERIFY(!settings.notificationsEnabled());
        QVERIFY(settings.startMinimised());
        QVERIFY(settings.launchAtLogin());
        QVERIFY(!settings.closeToTray());
        QVERIFY(settings.noTrayExplained());
        QCOMPARE(settings.historyRetentionDays(), 365);
    }

    void eachChangeIsAnnouncedOnce() {
        AppSettings settings(file());
        QSignalSpy changed(&settings, &AppSettings::changed);
        settings.setThresholds(60, 80);
        QCOMPARE(changed.size(), 1);
        settings.setThresholds(60, 80); // the same again: nobody needs to re-read
        settings.setRefreshIntervalMinutes(15);
        settings.setRefreshIntervalMinutes(15);
        settings.setHistoryRetentionDays(90);
        settings.setHistoryRetentionDays(90);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(settings.thresholds().warningPercent, 60.0);
        QCOMPARE(settings.thresholds().criticalPercent, 80.0);
    }

    void sessionBaseUrlWinsForThisSessionOnly() {
        const QUrl session(QStringLiteral("http://127.0.0.1:8080"));
        const QUrl saved(QStringLiteral("https://proxy.example.com"));
        {
            AppSettings settings(file());
            OrganizationList &organizations = settings.organizations();
            QVERIFY(organizations.setBaseUrl(Organization::defaultId(), saved));
            QSignalSpy changed(&settings, &AppSettings::changed);
            settings.setSessionBaseUrl(session);
            QCOMPARE(changed.size(), 1);
            QVERIFY(settings.hasSessionBaseUrl());
            const Organization organization = organizations.stored().constFirst();
            QCOMPARE(organization.effectiveBaseUrl(settings.sessionBaseUrl()), session);
            // What Settings saves is still the organization's own address, shown as such.
            QCOMPARE(organization.baseUrl, saved);
        }
        AppSettings next(file()); // the next start, without --base-url
        QVERIFY(!next.hasSessionBaseUrl());
        QCOMPARE(next.organizations().stored().constFirst().effectiveBaseUrl(next.sessionBaseUrl()),
                 saved);
    }

    void handEditedNonsenseFallsBackToDefaults() {
        {
            QSettings raw(file(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("service/baseUrl"),
                         QStringLiteral("http://evil.example.com"));
            raw.setValue(QStringLiteral("service/refreshMinutes"), QStringLiteral("often"));
            raw.setValue(QStringLiteral("thresholds/warningPercent"), 95);
            raw.setValue(QStringLiteral("thresholds/criticalPercent"), 80);
        }
        AppSettings settings(file());
        QVERIFY(!settings.hasSessionBaseUrl());
        QCOMPARE(settings.organizations().stored().size(), 1);
        QCOMPARE(settings.organizations().stored().constFirst().effectiveBaseUrl(),
                 BaseUrlPolicy::defaultBaseUrl());
        QCOMPARE(settings.refreshIntervalMinutes(), 5);
        QCOMPARE(settings.warningPercent(), 75.0);
        QCOMPARE(settings.criticalPercent(), 90.0);
    }

    void handEditedRetentionFallsBackToTwoYears_data() {
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("not a number") << QVariant(QStringLiteral("forever"));
        QTest::newRow("zero, which would empty the history") << QVariant(0);
        QTest::newRow("negative") << QVariant(-5);
        QTest::newRow("a week") << QVariant(7);
        QTest::newRow("a century") << QVariant(36500);
    }

    void handEditedRetentionFallsBackToTwoYears() {
        QFETCH(QVariant, stored);
        QSettings(file(), QSettings::IniFormat)
            .setValue(QStringLiteral("history/retentionDays"), stored);
        QCOMPARE(AppSettings(file()).historyRetentionDays(), Defaults::historyRetentionDays);
    }

    void historyRetentionRule_data() {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("zero") << 0 << false;
        QTest::newRow("29 days") << 29 << false;
        QTest::newRow("30 days") << 30 << true;
        QTest::newRow("two years") << 730 << true;
        QTest::newRow("ten years") << 3650 << true;
        QTest::newRow("over ten years") << 3651 << false;
    }

    void historyRetentionRule() {
        QFETCH(int, days);
        QFETCH(bool, acceptable);
        const QString problem = AppSettings::historyRetentionProblem(days);
        QCOMPARE(problem.isEmpty(), acceptable);
        if (!acceptable)
            QVERIFY(problem.endsWith(QLatin1Char('.')));
    }

    void baseUrlRule_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("the default") << QStringLiteral("https://api.allium.so") << true;
        QTest::newRow("https proxy with a path")
            << QStringLiteral("https://proxy.example.com/allium") << true;
        QTest::newRow("plain http to loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("plain http to localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("plain http elsewhere") << QStringLiteral("http://api.allium.so") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no scheme or host") << QStringLiteral("api.allium.so") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://api.allium.so") << false;
    }

    void baseUrlRule() {
        QFETCH(QString, text);
        QFETCH(bool, acceptable);
        const QString problem = BaseUrlPolicy::textProblem(text);
        QCOMPARE(problem.isEmpty(), acceptable);
        if (!acceptable)
            QVERIFY(problem.endsWith(QLatin1Char('.')));
    }

    void refreshIntervalRule_data() {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("zero") << 0 << false;
        QTest::newRow("one minute") << 1 << true;
        QTest::newRow("five minutes") << 5 << true;
        QTest::newRow("a day") << 1440 << true;
        QTest::newRow("over a day") << 1441 << false;
    }

    void refreshIntervalRule() {
        QFETCH(int, minutes);
        QFETCH(bool, acceptable);
        QCOMPARE(AppSettings::refreshIntervalProblem(minutes).isEmpty(), acceptable);
    }

    void thresholdRules_data() {
        QTest::addColumn<double>("warning");
        QTest::addColumn<double>("critical");
        QTest::addColumn<bool>("warningOk");
        QTest::addColumn<bool>("criticalOk");
        QTest::newRow("defaults") << 75.0 << 90.0 << true << true;
        QTest::newRow("critical at 100") << 50.0 << 100.0 << true << true;
        QTest::newRow("critical equal to warning") << 80.0 << 80.0 << true << false;
        QTest::newRow("critical below warning") << 90.0 << 75.0 << true << false;
        QTest::newRow("warning zero") << 0.0 << 90.0 << false << true;
        QTest::newRow("warning 100") << 100.0 << 100.0 << false << false;
        QTest::newRow("critical over 100") << 75.0 << 120.0 << true << false;
    }

    void thresholdRules() {
        QFETCH(double, warning);
        QFETCH(double, critical);
        QFETCH(bool, warningOk);
        QFETCH(bool, criticalOk);
        QCOMPARE(AppSettings::warningProblem(warning).isEmpty(), warningOk);
        QCOMPARE(AppSettings::criticalProblem(warning, critical).isEmpty(), criticalOk);
    }
};

QTEST_GUILESS_MAIN(AppSettingsTest)
#include "AppSettingsTest.moc"
