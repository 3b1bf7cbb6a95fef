// The one writer for every file the app writes, on real file systems: a full tmpfs and a
// read-only one. A file is replaced by a complete one or left exactly as it was, and a failure
// names the file and the reason.
#include "core/io/AtomicFileWriter.h"
#include "support/ScratchMount.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Previous = "{\"previous\": true}\n";

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// Nothing but the named files: no temporary file is left behind.
QStringList filesIn(const QString &folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class AtomicFileWriterTest final : public QObject {
    Q_OBJECT

private slots:
    void writesANewFile();
    void replacesAFileOnlyWhenComplete();
    void anUncommittedFileLeavesTheOldOneAlone();
    void aFullDiskKeepsThePreviousFileAndSaysSo_data();
    void aFullDiskKeepsThePreviousFileAndSaysSo();
    void aReadOnlyFolderFailsAtOnceAndSaysSo();
    void aMissingFolderFailsAtOnceAndSaysSo();
    void aWriterFailureAbandonsTheFile();
};

void AtomicFileWriterTest::writesANewFile() {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("new.csv"));
    QString error;
    QVERIFY2(AtomicFileWriter::writeFile(path, "a,b\r\n", &error), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("a,b\r\n"));
    QCOMPARE(filesIn(folder.path()), QStringList{QStringLiteral("new.csv")});
}

void AtomicFileWriterTest::replacesAFileOnlyWhenComplete() {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("usage.json"));
    QVERIFY(writeFile(path, Previous));
    AtomicFileWriter writer(path);
    QVERIFY(writer.open());
    QVERIFY(writer.write("{\"new\": "));
    QCOMPARE(contents(path), Previous); // nothing reaches the target before commit
    QVERIFY(writer.write("1}\n"));
    QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
    QCOMPARE(contents(path), QByteArray("{\"new\": 1}\n"));
    QCOMPARE(filesIn(folder.path()), QStringList{QStringLiteral("usage.json")});
}

void AtomicFileWriterTest::anUncommittedFileLeavesTheOldOneAlone() {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("usage.json"));
    QVERIFY(writeFile(path, Previous));
    {
        AtomicFileWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.write(QByteArray(100'000, 'x')));
    } // destroyed without commit, as when a run fails half-way
    QCOMPARE(contents(path), Previous);
    QCOMPARE(filesIn(folder.path()), QStringList{QStringLiteral("usage.json")});
}

void AtomicFileWriterTest::aFullDiskKeepsThePreviousFileAndSaysSo_data() {
    QTest::addColumn<int>("bytes");
    // Smaller than QFileDevice's 16 KiB buffer: only the final flush can notice the full disk
    // (the case QSaveFile's own commit() missed); and larger: a write itself fails.
    QTest::newRow("only the last flush fails") << 3000;
    QTest::newRow("a write fails") << 200'000;
}

void AtomicFileWriterTest::aFullDiskKeepsThePreviousFileAndSaysSo() {
    QFETCH(int, bytes);
    ScratchMount disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.problem()));
    const QString path = disk.filePath(QStringLiteral("usage.json"));
    QVERIFY(writeFile(path, Previous));
    QVERIFY(disk.fill());

    AtomicFileWriter writer(path);
    QVERIFY2(writer.open(), qPrintable(writer.errorString())); // an empty file still fits
    writer.write(QByteArray(bytes, 'x'));                      // may or may not fail by itself
    QVERIFY(!writer.commit());
    QCOMPARE(contents(path), Previous);
    QCOMPARE(writer.errorString(),
             QStringLiteral("Cannot write %1: No space left on device. The file was left as it "
                            "was.")
                 .arg(QDir::toNativeSeparators(path)));
    QCOMPARE(filesIn(disk.path()),
             (QStringList{QStringLiteral("filler"), QStringLiteral("usage.json")}));

    disk.makeRoom(); // and once there is room again, writing works
    QString error;
    QVERIFY2(AtomicFileWriter::writeFile(path, "{}", &error), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("{}"));
}

void AtomicFileWriterTest::aReadOnlyFolderFailsAtOnceAndSaysSo() {
    ScratchMount disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.problem()));
    const QString path = disk.filePath(QStringLiteral("usage.json"));
    QVERIFY(writeFile(path, Previous));
    QVERIFY(disk.makeReadOnly());

    AtomicFileWriter writer(path);
    QVERIFY(!writer.open());
    QVERIFY2(writer.errorString().contains(QStringLiteral("is not writable")),
             qPrintable(writer.errorString()));
    QVERIFY(writer.errorString().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!writer.write("x"));
    QVERIFY(!writer.commit());
    QCOMPARE(contents(path), Previous);

    const QString fresh = disk.filePath(QStringLiteral("new.json"));
    QString error;
    QVERIFY(!AtomicFileWriter::writeFile(fresh, "{}", &error));
    QVERIFY2(error.contains(QStringLiteral("Read-only file system")), qPrintable(error));
    QCOMPARE(filesIn(disk.path()), QStringList{QStringLiteral("usage.json")});
}

void AtomicFileWriterTest::aMissingFolderFailsAtOnceAndSaysSo() {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("no/such/folder/usage.csv"));
    QString error;
    QVERIFY(!AtomicFileWriter::writeFile(path, "x", &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write ") + QDir::toNativeSeparators(path)),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void AtomicFileWriterTest::aWriterFailureAbandonsTheFile() {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("history.csv"));
    QVERIFY(writeFile(path, Previous));
    AtomicFileWriter writer(path);
    QVERIFY(writer.open());
    QVERIFY(writer.write("half a row"));
    writer.abandon(QStringLiteral("the history could not be read"));
    QVERIFY(!writer.commit());
    QCOMPARE(writer.errorString(),
             QStringLiteral("Cannot write %1: the history could not be read. The file was left "
                            "as it was.")
                 .arg(QDir::toNativeSeparators(path)));
    QCOMPARE(contents(path), Previous);
    QCOMPARE(filesIn(folder.path()), QStringList{QStringLiteral("history.csv")});
}

QTEST_GUILESS_MAIN(AtomicFileWriterTest)
#include "AtomicFileWriterTest.moc"
