// The CSV snapshot format, byte for byte: header, row order, times, numbers, quoting and formula
// neutralisation, and the file of several organizations with its leading organization column.
#include "core/output/CsvSnapshotWriter.h"
#include "SampleSnapshots.h"

#include <QBuffer>
#include <QTest>

using namespace SampleSnapshots;

namespace {

const QByteArray header = "captured_at,billing_period_start,billing_period_end,"
                          "allocation_period_start,allocation_period_end,allocation_cadence,"
                          "unit,allocated,consumed,remaining,percent_used\r\n";

QByteArray writeToBuffer(const UsageSnapshot &snapshot) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvSnapshotWriter writer(&buffer);
    if (!writer.write(snapshot))
        return "write failed: " + writer.errorString().toUtf8();
    return buffer.data();
}

} // namespace

class CsvSnapshotWriterTest final : public QObject {
    Q_OBJECT

private slots:
    void writesOneRowPerUnitSortedByKey();
    void writesSnapshotShapes_data();
    void writesSnapshotShapes();
    void writesNumbersExactly_data();
    void writesNumbersExactly();
    void quotesAndNeutralisesTextCells_data();
    void quotesAndNeutralisesTextCells();
    void writesManySnapshotsUnderOneHeader();
    void severalOrganizationsLeadEachRowWithTheirName();
    void reportsAFailingDevice();
};

void CsvSnapshotWriterTest::writesOneRowPerUnitSortedByKey() {
    QCOMPARE(writeToBuffer(monthly()),
             header + "2026-04-25T10:30:15Z,2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,"
                      "2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,monthly,"
                      "developer_units,2000000,341523,1658477,17.08\r\n"
                      "2026-04-25T10:30:15Z,2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,"
                      "2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,monthly,"
                      "explorer_units,100,12.5,87.5,12.50\r\n");
}

void CsvSnapshotWriterTest::writesSnapshotShapes_data() {
    QTest::addColumn<UsageSnapshot>("snapshot");
    QTest::addColumn<QByteArray>("rows");

    const QByteArray monthlyPrefix = "2026-04-25T10:30:15Z,2026-04-01T00:00:00Z,"
                                     "2026-05-01T00:00:00Z,2026-04-01T00:00:00Z,"
                                     "2026-05-01T00:00:00Z,monthly,";

    UsageSnapshot trial = monthly();
    trial.allocationPeriodStart = QDateTime();
    trial.allocationPeriodEnd = QDateTime();
    trial.cadenceText.clear();
    trial.units = {unit(QStringLiteral("explorer_units"), 3, std::nullopt)};
    QTest::newRow("trial: null periods, cadence and allocation are empty cells")
        << trial
        << QByteArray("2026-04-25T10:30:15Z,2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,,,,"
                      "explorer_units,,3,,\r\n");

    UsageSnapshot overspent = monthly();
    overspent.units = {unit(QStringLiteral("credits"), 10500.25, 10000)};
    QTest::newRow("overspent: remaining is negative, percent above 100")
        << overspent << monthlyPrefix + "credits,10000,10500.25,-500.25,105.00\r\n";

    UsageSnapshot zeroAllocation = monthly();
    zeroAllocation.units = {unit(QStringLiteral("sql_units"), 4, 0)};
    QTest::newRow("zero allocation: no remaining, no percent")
        << zeroAllocation << monthlyPrefix + "sql_units,0,4,,\r\n";

    UsageSnapshot annual = monthly();
    annual.allocationPeriodStart = utc(2026, 1, 1);
    annual.allocationPeriodEnd = utc(2027, 1, 1);
    annual.cadenceText = QStringLiteral("annual");
    annual.units = {unit(QStringLiteral("developer_units"), 9000000, 24000000)};
    QTest::newRow("annual allocation period")
        << annual
        << QByteArray("2026-04-25T10:30:15Z,2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,"
                      "2026-01-01T00:00:00Z,2027-01-01T00:00:00Z,annual,"
                      "developer_units,24000000,9000000,15000000,37.50\r\n");

    UsageSnapshot empty = monthly();
    empty.units.clear();
    QTest::newRow("no units: header only") << empty << QByteArray();
}

void CsvSnapshotWriterTest::writesSnapshotShapes() {
    QFETCH(UsageSnapshot, snapshot);
    QFETCH(QByteArray, rows);

    QCOMPARE(writeToBuffer(snapshot), header + rows);
}

void CsvSnapshotWriterTest::writesNumbersExactly_data() {
    QTest::addColumn<double>("consumed");
    QTest::addColumn<double>("allocated");
    QTest::addColumn<QByteArray>("cells");

    QTest::newRow("integers without decimals")
        << 341523.0 << 2000000.0 << QByteArray("2000000,341523,1658477,17.08");
    QTest::newRow("large value without exponent or grouping")
        << 1234567890123.5 << 1e15
        << QByteArray("1000000000000000,1234567890123.5,998765432109876.5,0.12");
    QTest::newRow("shortest decimal") << 0.1 << 3.0 << QByteArray("3,0.1,2.9,3.33");
    QTest::newRow("tiny value without exponent")
        << 0.0000001 << 1.0 << QByteArray("1,0.0000001,0.9999999,0.00");
    QTest::newRow("remaining without binary noise")
        << 0.1 << 0.3 << QByteArray("0.3,0.1,0.2,33.33");
    QTest::newRow("remaining keeps every decimal")
        << 12.345 << 100.5 << QByteArray("100.5,12.345,88.155,12.28");
    QTest::newRow("exactly used up") << 100.0 << 100.0 << QByteArray("100,100,0,100.00");
    QTest::newRow("percent always has two decimals") << 1.0 << 8.0 << QByteArray("8,1,7,12.50");
}

void CsvSnapshotWriterTest::writesNumbersExactly() {
    QFETCH(double, consumed);
    QFETCH(double, allocated);
    QFETCH(QByteArray, cells);

    UsageSnapshot snapshot = monthly();
    snapshot.units = {unit(QStringLiteral("u"), consumed, allocated)};

    const QByteArray csv = writeToBuffer(snapshot);
    QVERIFY2(csv.endsWith(QByteArray(",u," + cells + "\r\n")), csv.constData());
}

void CsvSnapshotWriterTest::quotesAndNeutralisesTextCells_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("cell");

    QTest::newRow("plain word unquoted") << QStringLiteral("quarterly") << QByteArray("quarterly");
    QTest::newRow("comma quoted") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote doubled")
        << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    // Control characters, which no real key or cadence has, are written as visible escapes:
    // a CSV shown in a terminal (cat) cannot clear the screen or set the window title.
    QTest::newRow("line feed escaped")
        << QStringLiteral("two\nlines") << QByteArray("two\\x0Alines");
    QTest::newRow("escape sequence escaped")
        << QStringLiteral("\x1b]0;owned\x07units") << QByteArray("\\x1B]0;owned\\x07units");
    QTest::newRow("C1 control and DEL escaped")
        << QStringLiteral("a\u009b2Jb\u007fc") << QByteArray("a\\x9B2Jb\\x7Fc");
    QTest::newRow("bidi override escaped")
        << QStringLiteral("units\u202Eexe.csv") << QByteArray("units\\u202Eexe.csv");
    QTest::newRow("formula with equals")
        << QStringLiteral("=HYPERLINK(\"x\")") << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("formula with plus") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("formula with minus") << QStringLiteral("-1+2") << QByteArray("'-1+2");
    QTest::newRow("formula with at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("leading tab escaped, so no longer a formula")
        << QStringLiteral("\tx") << QByteArray("\\x09x");
    QTest::newRow("leading carriage return escaped")
        << QStringLiteral("\rx") << QByteArray("\\x0Dx");
    QTest::newRow("operator later in the text is harmless")
        << QStringLiteral("units=5") << QByteArray("units=5");
    QTest::newRow("non-ASCII as UTF-8") << QStringLiteral("unités") << QByteArray("unit\xc3\xa9s");
}

void CsvSnapshotWriterTest::quotesAndNeutralisesTextCells() {
    QFETCH(QString, text);
    QFETCH(QByteArray, cell);

    // Both server-supplied text cells: the unit key and the cadence word.
    UsageSnapshot snapshot = monthly();
    snapshot.cadenceText = text;
    snapshot.units = {unit(text, 5, 10)};

    QCOMPARE(writeToBuffer(snapshot),
             header +
                 "2026-04-25T10:30:15Z,2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,"
                 "2026-04-01T00:00:00Z,2026-05-01T00:00:00Z," +
                 cell + ',' + cell + ",10,5,5,50.00\r\n");
}

void CsvSnapshotWriterTest::writesManySnapshotsUnderOneHeader() {
    UsageSnapshot first = monthly();
    first.units = {unit(QStringLiteral("credits"), 1, 10)};
    UsageSnapshot second = first;
    second.receivedAt = utc(2026, 4, 25, 10, 35);
    second.units = {unit(QStringLiteral("credits"), 2, 10)};

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvSnapshotWriter writer(&buffer);
    QVERIFY(writer.write(QList<UsageSnapshot>{first, second}));

    const QByteArray prefix = "2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,2026-04-01T00:00:00Z,"
                              "2026-05-01T00:00:00Z,monthly,credits,10,";
    QCOMPARE(buffer.data(), header + "2026-04-25T10:30:15Z," + prefix + "1,9,10.00\r\n" +
                                "2026-04-25T10:35:00Z," + prefix + "2,8,20.00\r\n");
}

void CsvSnapshotWriterTest::severalOrganizationsLeadEachRowWithTheirName() {
    UsageSnapshot production = monthly();
    production.units = {unit(QStringLiteral("credits"), 1, 10)};
    UsageSnapshot staging = production;
    staging.units = {unit(QStringLiteral("credits"), 2, 10)};

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvSnapshotWriter writer(&buffer);
    // A name is the person's own text: quoted and neutralised like any other cell.
    QVERIFY(writer.write(QList<CsvSnapshotWriter::OrganizationSnapshot>{
        {QStringLiteral("Production"), production}, {QStringLiteral("=Staging, EU"), staging}}));

    const QByteArray prefix = "2026-04-25T10:30:15Z,2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,"
                              "2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,monthly,credits,10,";
    QCOMPARE(buffer.data(), "organization," + header + "Production," + prefix + "1,9,10.00\r\n" +
                                "\"'=Staging, EU\"," + prefix + "2,8,20.00\r\n");
    QCOMPARE(CsvSnapshotWriter::text({}),
             QStringLiteral("organization,") + QString::fromLatin1(header));
}

void CsvSnapshotWriterTest::reportsAFailingDevice() {
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvSnapshotWriter writer(&readOnly);

    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writer.write(monthly()));
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(CsvSnapshotWriterTest)
#include "CsvSnapshotWriterTest.moc"
