// One app per user: a second claim under the same name is refused and asks the first to show
// its window; a socket left behind by a crashed instance does not block a new start.
#include "app/SingleInstance.h"

#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class SingleInstanceTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString name(const char *which) const { return m_dir.filePath(QLatin1String(which)); }

private slots:
    void secondLaunchAsksTheFirstToShowItself() {
        SingleInstance first(name("a"));
        QVERIFY(first.claim());
        QSignalSpy raised(&first, &SingleInstance::activationRequested);

        SingleInstance second(name("a"));
        QVERIFY(!second.claim());
        QVERIFY(raised.wait(2'000));
        QCOMPARE(raised.size(), 1);
    }

    void differentNamesDoNotMeet() {
        SingleInstance first(name("b"));
        QVERIFY(first.claim());
        SingleInstance other(name("c"));
        QVERIFY(other.claim());
    }

    void aSocketLeftByACrashDoesNotBlock() {
        // A leftover socket file with nobody listening, like after a crash.
        {
            QLocalServer crashed;
            QVERIFY(crashed.listen(name("d")));
        }
        QFile leftover(name("d"));
        if (!leftover.exists()) {
            QVERIFY(leftover.open(QIODevice::WriteOnly));
            leftover.close();
        }
        SingleInstance next(name("d"));
        QVERIFY(next.claim());
        SingleInstance again(name("d"));
        QVERIFY(!again.claim());
    }

    void defaultNameIsPerUser() {
        const QString name = SingleInstance::defaultName();
        QVERIFY(name.contains(QStringLiteral("so.allium.AlliumUsage")));
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtime.isEmpty() && QDir(runtime).exists())
            QVERIFY(name.startsWith(runtime));
        else
            QVERIFY(name.endsWith(QString::number(getuid())));
    }
};

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "SingleInstanceTest.moc"
