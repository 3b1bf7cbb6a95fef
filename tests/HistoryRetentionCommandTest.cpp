// The command line keeps history as long as Settings says: `--history` run by the real binary
// shows or leaves out a 100-day-old reading according to the retention in the settings file, not
// only the two-year default. (It opens the store read-only, so it leaves out what a writer prunes.)
#include "SampleSnapshots.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "support/AppProcess.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class HistoryRetentionCommandTest final : public QObject {
    Q_OBJECT

private slots:
    void historyKeepsReadingsForTheStoredRetention_data() {
        QTest::addColumn<QVariant>("retentionDays");
        QTest::addColumn<bool>("kept");
        QTest::newRow("60 days: a 100-day-old reading is removed") << QVariant(60) << false;
        QTest::newRow("200 days: it stays") << QVariant(200) << true;
        QTest::newRow("not set: two years, it stays") << QVariant() << true;
    }

    void historyKeepsReadingsForTheStoredRetention() {
        QFETCH(QVariant, retentionDays);
        QFETCH(bool, kept);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString configHome = home.filePath(QStringLiteral("config"));
        const QString dataHome = home.filePath(QStringLiteral("data"));
        const QString storePath = dataHome + QStringLiteral("/Allium/allium-usage/history.sqlite");
        QVERIFY(QDir().mkpath(QFileInfo(storePath).path()));

        const ManualClock now(QDateTime::currentDateTimeUtc());
        UsageSnapshot old = SampleSnapshots::monthly();
        old.receivedAt = now.now().addDays(-100);
        {
            HistoryStore store(storePath, now);
            store.setRetentionDays(0); // this writer keeps everything
            QVERIFY2(store.open(), qPrintable(store.errorMessage()));
            QVERIFY(store.record(HistoryStore::demoSourceKey(), old));
        }
        if (retentionDays.isValid()) {
            QSettings settings(configHome + QStringLiteral("/Allium/allium-usage.conf"),
                               QSettings::IniFormat);
            settings.setValue(QStringLiteral("history/retentionDays"), retentionDays);
        }

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ALLIUM_API_KEY"})
            environment.remove(QLatin1String(name));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        const AppProcess::Outcome outcome =
            AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), environment)
                .run({QStringLiteral("--history"), QStringLiteral("--demo"),
                      QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(outcome.exitCode, 0);
        // One header line, then one line per unit of each kept reading.
        const int lines = outcome.out.count('\n');
        QCOMPARE(lines, kept ? 1 + int(old.units.size()) : 1);
        QCOMPARE(outcome.err.contains("No readings"), !kept);
    }
};

QTEST_GUILESS_MAIN(HistoryRetentionCommandTest)
#include "HistoryRetentionCommandTest.moc"
