// "Launch at login": the XDG autostart entry is written where the specification says, is a valid
// desktop entry, and is removed again.
#include "core/desktop/AutostartEntry.h"
#include "support/ScratchMount.h"

#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class AutostartEntryTest final : public QObject {
    Q_OBJECT

private slots:
    void defaultPathFollowsXdgConfigHome() {
        QTemporaryDir dir;
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        QCOMPARE(AutostartEntry::defaultFilePath(),
                 dir.path() + QStringLiteral("/autostart/so.allium.AlliumUsage.desktop"));
        qputenv("XDG_CONFIG_HOME", "relative/is/ignored");
        QCOMPARE(AutostartEntry::defaultFilePath(),
                 QDir::homePath() +
                     QStringLiteral("/.config/autostart/so.allium.AlliumUsage.desktop"));
        qunsetenv("XDG_CONFIG_HOME");
    }

    void enablingWritesAValidEntryAndDisablingRemovesIt() {
        QTemporaryDir dir;
        const QString path =
            dir.filePath(QStringLiteral("autostart/so.allium.AlliumUsage.desktop"));
        AutostartEntry entry(path, QStringLiteral("/opt/allium usage/bin/allium-usage"));
        QVERIFY(!entry.isEnabled());

        QString error;
        QVERIFY2(entry.setEnabled(true, &error), qPrintable(error));
        QVERIFY(entry.isEnabled());

        QSettings desktop(path, QSettings::IniFormat);
        desktop.beginGroup(QStringLiteral("Desktop Entry"));
        QCOMPARE(desktop.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
        QCOMPARE(desktop.value(QStringLiteral("Name")).toString(), QStringLiteral("Allium Usage"));
        QCOMPARE(desktop.value(QStringLiteral("Terminal")).toString(), QStringLiteral("false"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY(text.contains(QStringLiteral("\nExec=\"/opt/allium usage/bin/allium-usage\"\n")));

        const QString validator =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validator.isEmpty()) {
            QProcess process;
            process.start(validator, {path});
            QVERIFY(process.waitForFinished(20'000));
            const QByteArray output =
                process.readAllStandardOutput() + process.readAllStandardError();
            QVERIFY2(process.exitCode() == 0 && !output.contains("error"), output.constData());
        } else {
            qWarning("desktop-file-validate not installed; checked the keys only");
        }

        QVERIFY(entry.setEnabled(false, &error));
        QVERIFY(!entry.isEnabled());
        QVERIFY(!QFile::exists(path));
        QVERIFY2(entry.setEnabled(false, &error), "removing an absent entry is not an error");
    }

    void unwritableFolderIsReported() {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("autostart")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        AutostartEntry entry(dir.filePath(QStringLiteral("autostart/x.desktop")),
                             QStringLiteral("/usr/bin/allium-usage"));
        QString error;
        QVERIFY(!entry.setEnabled(true, &error));
        QVERIFY(error.contains(QStringLiteral("autostart")));
    }

    void aFullDiskKeepsTheEntryWholeAndSaysSo() {
        ScratchMount disk;
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.problem()));
        const QString path = disk.filePath(QStringLiteral("autostart/x.desktop"));
        AutostartEntry old(path, QStringLiteral("/usr/bin/allium-usage"));
        QString error;
        QVERIFY2(old.setEnabled(true, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        QVERIFY(disk.fill());
        AutostartEntry moved(path, QStringLiteral("/opt/a much longer path/bin/allium-usage"));
        QVERIFY(!moved.setEnabled(true, &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // never half an entry for the desktop to misread
    }

    void execArgumentsAreQuotedPerTheSpecification_data() {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain path")
            << QStringLiteral("/usr/bin/allium-usage") << QStringLiteral("/usr/bin/allium-usage");
        QTest::newRow("space") << QStringLiteral("/a b/app") << QStringLiteral("\"/a b/app\"");
        QTest::newRow("dollar") << QStringLiteral("/a$b/app") << QStringLiteral("\"/a\\\\$b/app\"");
        QTest::newRow("double quote") << QStringLiteral("/a\"b") << QStringLiteral("\"/a\\\\\"b\"");
        QTest::newRow("backslash") << QStringLiteral("/a\\b") << QStringLiteral("\"/a\\\\\\\\b\"");
        QTest::newRow("percent") << QStringLiteral("/100%/app") << QStringLiteral("\"/100%%/app\"");
    }

    void execArgumentsAreQuotedPerTheSpecification() {
        QFETCH(QString, argument);
        QFETCH(QString, expected);
        QCOMPARE(AutostartEntry::quoteExecArgument(argument), expected);
    }
};

QTEST_GUILESS_MAIN(AutostartEntryTest)
#include "AutostartEntryTest.moc"
