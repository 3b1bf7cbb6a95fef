// The names and the folder the dashboard proposes for its exports: dated, and demo data named as
// demo so a made-up export is never taken for a real one.
#include "core/output/ExportFileName.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class ExportFileNameTest final : public QObject {
    Q_OBJECT

private slots:
    void namesSayWhatAndWhen_data();
    void namesSayWhatAndWhen();
    void theFolderIsDocumentsWhenThereIsOne();
};

void ExportFileNameTest::namesSayWhatAndWhen_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const QDate date(2026, 12, 1);
    QTest::newRow("snapshot") << ExportFileName::snapshot(date, false)
                              << QStringLiteral("allium-usage-2026-12-01.csv");
    QTest::newRow("demo snapshot") << ExportFileName::snapshot(date, true)
                                   << QStringLiteral("allium-usage-demo-2026-12-01.csv");
    QTest::newRow("an organization's snapshot, its name made safe")
        << ExportFileName::snapshot(date, false, QStringLiteral("Prod / EU: main"))
        << QStringLiteral("allium-usage-Prod---EU--main-2026-12-01.csv");
    QTest::newRow("a demo snapshot of an organization")
        << ExportFileName::snapshot(date, true, QStringLiteral("Production"))
        << QStringLiteral("allium-usage-demo-Production-2026-12-01.csv");
    QTest::newRow("history") << ExportFileName::history(date, false)
                             << QStringLiteral("allium-usage-history-2026-12.csv");
    QTest::newRow("demo history") << ExportFileName::history(date, true)
                                  << QStringLiteral("allium-usage-demo-history-2026-12.csv");
}

void ExportFileNameTest::namesSayWhatAndWhen() {
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(name, expected);
}

void ExportFileNameTest::theFolderIsDocumentsWhenThereIsOne() {
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // A home of its own, without user-dirs.dirs: Documents is ~/Documents.
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    // No Documents folder yet: the home folder, never wherever the process happens to be.
    QCOMPARE(ExportFileName::folder(), QDir::homePath());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("Documents")));
    QCOMPARE(QDir(ExportFileName::folder()).canonicalPath(),
             QDir(home.filePath(QStringLiteral("Documents"))).canonicalPath());
}

QTEST_GUILESS_MAIN(ExportFileNameTest)
#include "ExportFileNameTest.moc"
