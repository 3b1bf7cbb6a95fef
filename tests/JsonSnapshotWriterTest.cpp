// The --format json output, byte for byte: the same facts as the CSV, null where a cell is empty.
#include "core/output/JsonSnapshotWriter.h"
#include "SampleSnapshots.h"
#include "core/Clock.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SampleSnapshots;

namespace {

// While the sample's April 2026 period runs, unless said otherwise.
const QDateTime duringApril = utc(2026, 4, 25, 12);

QByteArray writeToBuffer(const UsageSnapshot &snapshot, bool demo = false,
                         const JsonSnapshotWriter::UnitExtras &extras = {},
                         const QDateTime &now = duringApril) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ManualClock clock(now);
    JsonSnapshotWriter writer(&buffer, clock);
    writer.setUnitExtras(extras);
    if (!writer.write(snapshot, demo))
        return "write failed: " + writer.errorString().toUtf8();
    return buffer.data();
}

} // namespace

class JsonSnapshotWriterTest final : public QObject {
    Q_OBJECT

private slots:
    void writesUnitPlanWithUnitsSortedByKey();
    void writesNullWhereTheCsvCellIsEmpty();
    void marksDemoData();
    void mergesExtraMembersPerUnit();
    void writesLargeNumbersExactly();
    void saysWhenThePeriodHasEnded_data();
    void saysWhenThePeriodHasEnded();
    void consumptionNotReportedIsNullNeverZero();
    void escapesWhatATerminalWouldObeyKeepingTheValue();
    void writesNoPercentageForADenormalAllocation();
};

void JsonSnapshotWriterTest::writesUnitPlanWithUnitsSortedByKey() {
    QCOMPARE(writeToBuffer(monthly()), QByteArray(R"({
    "allocation_cadence": "monthly",
    "allocation_period": {
        "end": "2026-05-01T00:00:00Z",
        "start": "2026-04-01T00:00:00Z"
    },
    "billing_period": {
        "end": "2026-05-01T00:00:00Z",
        "start": "2026-04-01T00:00:00Z"
    },
    "captured_at": "2026-04-25T10:30:15Z",
    "period_ended": false,
    "units": [
        {
            "allocated": 2000000,
            "consumed": 341523,
            "label": "Developer units",
            "percent_used": 17.08,
            "remaining": 1658477,
            "unit": "developer_units"
        },
        {
            "allocated": 100,
            "consumed": 12.5,
            "label": "Explorer units",
            "percent_used": 12.5,
            "remaining": 87.5,
            "unit": "explorer_units"
        }
    ]
}
)"));
}

void JsonSnapshotWriterTest::writesNullWhereTheCsvCellIsEmpty() {
    UsageSnapshot trial = monthly();
    trial.allocationPeriodStart = QDateTime();
    trial.allocationPeriodEnd = QDateTime();
    trial.cadenceText.clear();
    trial.units = {unit(QStringLiteral("sql_units"), 4, 0),
                   unit(QStringLiteral("explorer_units"), 3, std::nullopt)};

    QCOMPARE(writeToBuffer(trial), QByteArray(R"({
    "allocation_cadence": null,
    "allocation_period": null,
    "billing_period": {
        "end": "2026-05-01T00:00:00Z",
        "start": "2026-04-01T00:00:00Z"
    },
    "captured_at": "2026-04-25T10:30:15Z",
    "period_ended": false,
    "units": [
        {
            "allocated": null,
            "consumed": 3,
            "label": "Explorer units",
            "percent_used": null,
            "remaining": null,
            "unit": "explorer_units"
        },
        {
            "allocated": 0,
            "consumed": 4,
            "label": "Sql units",
            "percent_used": null,
            "remaining": null,
            "unit": "sql_units"
        }
    ]
}
)"));
}

void JsonSnapshotWriterTest::marksDemoData() {
    UsageSnapshot snapshot = monthly();
    snapshot.units.clear();

    QCOMPARE(writeToBuffer(snapshot, true), QByteArray(R"({
    "allocation_cadence": "monthly",
    "allocation_period": {
        "end": "2026-05-01T00:00:00Z",
        "start": "2026-04-01T00:00:00Z"
    },
    "billing_period": {
        "end": "2026-05-01T00:00:00Z",
        "start": "2026-04-01T00:00:00Z"
    },
    "captured_at": "2026-04-25T10:30:15Z",
    "demo": true,
    "period_ended": false,
    "units": [
    ]
}
)"));
}

void JsonSnapshotWriterTest::mergesExtraMembersPerUnit() {
    UsageSnapshot snapshot = monthly();
    const QJsonObject forecast{{QStringLiteral("percent_at_reset"), 62.5}};
    const JsonSnapshotWriter::UnitExtras extras{
        {QStringLiteral("developer_units"), {{QStringLiteral("forecast"), forecast}}}};

    const QJsonObject json = JsonSnapshotWriter::toJson(snapshot, duringApril, extras);
    const QJsonArray units = json.value(QStringLiteral("units")).toArray();

    QCOMPARE(units.size(), 2);
    QCOMPARE(units.at(0).toObject().value(QStringLiteral("forecast")).toObject(), forecast);
    QCOMPARE(units.at(0).toObject().value(QStringLiteral("consumed")).toDouble(), 341523.0);
    QVERIFY(!units.at(1).toObject().contains(QStringLiteral("forecast")));
    QVERIFY(writeToBuffer(snapshot, false, extras).contains("\"percent_at_reset\": 62.5"));
}

void JsonSnapshotWriterTest::writesLargeNumbersExactly() {
    UsageSnapshot snapshot = monthly();
    snapshot.units = {unit(QStringLiteral("credits"), 1234567890123.5, 3e12)};

    const QByteArray json = writeToBuffer(snapshot);

    QVERIFY2(json.contains("\"allocated\": 3000000000000,"), json.constData());
    QVERIFY2(json.contains("\"consumed\": 1234567890123.5,"), json.constData());
    QVERIFY2(json.contains("\"remaining\": 1765432109876.5,"), json.constData());
    QVERIFY2(json.contains("\"percent_used\": 41.15,"), json.constData());
}

void JsonSnapshotWriterTest::saysWhenThePeriodHasEnded_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("ended");
    QTest::newRow("during the period") << duringApril << false;
    QTest::newRow("the last second of it") << utc(2026, 4, 30, 23, 59, 59) << false;
    QTest::newRow("at its end (the reset)") << utc(2026, 5, 1) << true;
    QTest::newRow("seven months later") << utc(2026, 12, 1) << true;
}

void JsonSnapshotWriterTest::saysWhenThePeriodHasEnded() {
    QFETCH(QDateTime, now);
    QFETCH(bool, ended);
    const QByteArray json = writeToBuffer(monthly(), false, {}, now);
    QVERIFY2(json.contains(ended ? "\"period_ended\": true," : "\"period_ended\": false,"),
             json.constData());
}

void JsonSnapshotWriterTest::consumptionNotReportedIsNullNeverZero() {
    UsageSnapshot snapshot = monthly();
    snapshot.units = {unit(QStringLiteral("developer_units"), 0, 2000000)};
    snapshot.units[0].consumed.reset();
    const QJsonObject developer = JsonSnapshotWriter::toJson(snapshot, duringApril)
                                      .value(QStringLiteral("units"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
    QVERIFY(developer.value(QStringLiteral("consumed")).isNull());
    QVERIFY(developer.value(QStringLiteral("remaining")).isNull());
    QVERIFY(developer.value(QStringLiteral("percent_used")).isNull());
    QCOMPARE(developer.value(QStringLiteral("allocated")).toDouble(), 2000000.0);
}

void JsonSnapshotWriterTest::escapesWhatATerminalWouldObeyKeepingTheValue() {
    UsageSnapshot snapshot = monthly();
    const QString key = QStringLiteral("a\x1b[2J\u009b31m\x7f\u202ez");
    snapshot.cadenceText = QStringLiteral("\u2028monthly");
    snapshot.units = {unit(key, 1, 2)};

    const QByteArray json = writeToBuffer(snapshot);

    // Escaped in the text, so `--format json` on a terminal is inert...
    QVERIFY2(json.contains(R"("unit": "a\u001b[2J\u009b31m\u007f\u202ez")"), json.constData());
    QVERIFY2(json.contains(R"("allocation_cadence": "\u2028monthly")"), json.constData());
    for (const char c : json)
        QVERIFY2(uchar(c) >= 0x20 || c == '\n', json.constData());
    QVERIFY(!json.contains("\xc2\x9b") && !json.contains("\xe2\x80\xae"));
    // ...and exactly the same value for a program that reads it.
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(object.value(QStringLiteral("units"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("unit"))
                 .toString(),
             key);
    QCOMPARE(object.value(QStringLiteral("allocation_cadence")).toString(), snapshot.cadenceText);
}

void JsonSnapshotWriterTest::writesNoPercentageForADenormalAllocation() {
    UsageSnapshot snapshot = monthly();
    snapshot.units = {unit(QStringLiteral("credits"), 12, 5e-324)};
    const QByteArray json = writeToBuffer(snapshot);
    QVERIFY2(json.contains("\"percent_used\": null"), json.constData());
    QVERIFY(!json.contains("inf"));
}

QTEST_GUILESS_MAIN(JsonSnapshotWriterTest)
#include "JsonSnapshotWriterTest.moc"
