// The exports' shared parts: the proposed file name names the organization in a form every file
// system takes, and a CSV file is written whole or not at all, the previous one kept.
#include "app/SnapshotActions.h"
#include "core/Clock.h"
#include "core/output/CsvSnapshotWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class SnapshotActionsTest final : public QObject {
    Q_OBJECT

private slots:
    void theProposedNameNamesTheOrganizationSafely_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one organization: no name") << QString() << "allium-usage-2026-04-24.csv";
        QTest::newRow("a plain name") << "Production"
                                      << "allium-usage-Production-2026-04-24.csv";
        QTest::newRow("spaces and a slash make no folder")
            << "Client A/B  EU"
            << "allium-usage-Client-A-B-EU-2026-04-24.csv";
        QTest::newRow("letters of any script stay") << "Müller Zürich"
                                                    << "allium-usage-Müller-Zürich-2026-04-24.csv";
        QTest::newRow("no hidden file, no parent folder") << "../.secret"
                                                          << "allium-usage-secret-2026-04-24.csv";
        QTest::newRow("nothing usable left: as for one organization")
            << "///"
            << "allium-usage-2026-04-24.csv";
    }

    void theProposedNameNamesTheOrganizationSafely() {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        const ManualClock clock(QDateTime(QDate(2026, 4, 24), QTime(12, 0), Qt::UTC));
        QCOMPARE(SnapshotActions::proposedFileName(what, clock), expected);
    }

    void aFailedWriteKeepsThePreviousFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usage.csv"));
        QString error;
        QVERIFY(SnapshotActions::writeCsvFile(
            path, [](CsvSnapshotWriter &writer) { return writer.write(QList<UsageSnapshot>()); },
            &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        QCOMPARE(before, CsvSnapshotWriter::header().toUtf8());
        file.close();

        QVERIFY(!SnapshotActions::writeCsvFile(
            path, [](CsvSnapshotWriter &) { return false; }, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write ")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);

        // A folder that does not exist: said, and nothing is made.
        const QString nowhere = dir.filePath(QStringLiteral("missing/usage.csv"));
        QVERIFY(!SnapshotActions::writeCsvFile(
            nowhere, [](CsvSnapshotWriter &writer) { return writer.writeHeader(); }, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_MAIN(SnapshotActionsTest)
#include "SnapshotActionsTest.moc"
