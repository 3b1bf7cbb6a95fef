// The parser against every documented response shape, forward-compatible extras and bad input.
#include "core/api/UsageParser.h"
#include "support/CannedUsageBodies.h"

#include <QTest>

namespace {

const QDateTime receivedAt(QDate(2026, 4, 25), QTime(10, 30, 15), Qt::UTC);

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
              int ms = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

QByteArray responseWith(const char *field, const QByteArray &json) {
    return CannedUsageBodies::unitPlanWith(field, json);
}

UnitUsage unit(const char *key, std::optional<double> consumed, std::optional<double> allocated) {
    UnitUsage usage;
    usage.key = QString::fromLatin1(key);
    usage.consumed = consumed;
    usage.allocated = allocated;
    return usage;
}

} // namespace

class UsageParserTest final : public QObject {
    Q_OBJECT

private slots:
    void acceptsEveryDocumentedShape_data();
    void acceptsEveryDocumentedShape();
    void acceptsDateTimeForms_data();
    void acceptsDateTimeForms();
    void rejectsBadInputNamingTheField_data();
    void rejectsBadInputNamingTheField();
    void keepsTheReceivedTimeInUtc();
};

void UsageParserTest::acceptsEveryDocumentedShape_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QDateTime>("allocationStart");
    QTest::addColumn<QDateTime>("allocationEnd");
    QTest::addColumn<QString>("cadenceText");
    QTest::addColumn<int>("cadence");
    QTest::addColumn<QList<UnitUsage>>("units");

    QTest::newRow("unit plan, monthly allocation")
        << responseWith("", "") << utc(2026, 4, 1) << utc(2026, 5, 1) << QStringLiteral("monthly")
        << int(AllocationCadence::Monthly)
        << QList<UnitUsage>{unit("developer_units", 341523, 2000000),
                            unit("explorer_units", 12.5, 100)};

    QTest::newRow("legacy credits plan")
        << responseWith("allocation_amounts", R"({"credits": 10000})")
               .replace(R"({"explorer_units": 12.5, "developer_units": 341523})",
                        R"({"credits": 4321.5})")
        << utc(2026, 4, 1) << utc(2026, 5, 1) << QStringLiteral("monthly")
        << int(AllocationCadence::Monthly) << QList<UnitUsage>{unit("credits", 4321.5, 10000)};

    const QByteArray trialEmpty = R"({
        "billing_period_start": "2026-04-01T00:00:00Z",
        "billing_period_end": "2026-05-01T00:00:00Z",
        "allocation_period_start": null, "allocation_period_end": null,
        "allocation_cadence": null,
        "allocation_amounts": {},
        "consumed_amounts": {"explorer_units": 3, "developer_units": 1500.25}})";
    QTest::newRow("trial with empty allocation object")
        << trialEmpty << QDateTime() << QDateTime() << QString() << int(AllocationCadence::None)
        << QList<UnitUsage>{unit("developer_units", 1500.25, std::nullopt),
                            unit("explorer_units", 3, std::nullopt)};

    QByteArray trialNull = trialEmpty;
    trialNull.replace(R"("allocation_amounts": {})", R"("allocation_amounts": null)");
    QTest::newRow("trial with null allocation")
        << trialNull << QDateTime() << QDateTime() << QString() << int(AllocationCadence::None)
        << QList<UnitUsage>{unit("developer_units", 1500.25, std::nullopt),
                            unit("explorer_units", 3, std::nullopt)};

    QTest::newRow("trial with nothing consumed yet")
        << QByteArray(trialNull).replace(R"({"explorer_units": 3, "developer_units": 1500.25})",
                                         "{}")
        << QDateTime() << QDateTime() << QString() << int(AllocationCadence::None)
        << QList<UnitUsage>{};

    const QByteArray annual = R"({
        "billing_period_start": "2026-04-01T00:00:00Z",
        "billing_period_end": "2026-05-01T00:00:00Z",
        "allocation_period_start": "2026-01-01T00:00:00Z",
        "allocation_period_end": "2027-01-01T00:00:00Z",
        "allocation_cadence": "annual",
        "allocation_amounts": {"explorer_units": 1200, "developer_units": 24000000},
        "consumed_amounts": {"explorer_units": 400, "developer_units": 9000000}})";
    QTest::newRow("annual allocation")
        << annual << utc(2026, 1, 1) << utc(2027, 1, 1) << QStringLiteral("annual")
        << int(AllocationCadence::Annual)
        << QList<UnitUsage>{unit("developer_units", 9000000, 24000000),
                            unit("explorer_units", 400, 1200)};

    QTest::newRow("unknown unit is kept")
        << responseWith("consumed_amounts",
                        R"({"explorer_units": 12.5, "developer_units": 341523, "sql_units": 7})")
               .replace(R"("developer_units": 2000000})",
                        R"("developer_units": 2000000, "sql_units": 50})")
        << utc(2026, 4, 1) << utc(2026, 5, 1) << QStringLiteral("monthly")
        << int(AllocationCadence::Monthly)
        << QList<UnitUsage>{unit("developer_units", 341523, 2000000),
                            unit("explorer_units", 12.5, 100), unit("sql_units", 7, 50)};

    QTest::newRow("unit only in consumed amounts has no allocation")
        << responseWith("consumed_amounts",
                        R"({"explorer_units": 12.5, "developer_units": 341523, "ai_units": 9})")
        << utc(2026, 4, 1) << utc(2026, 5, 1) << QStringLiteral("monthly")
        << int(AllocationCadence::Monthly)
        << QList<UnitUsage>{unit("ai_units", 9, std::nullopt),
                            unit("developer_units", 341523, 2000000),
                            unit("explorer_units", 12.5, 100)};

    QTest::newRow("unit only in allocation amounts: its consumption is not reported, not 0")
        << responseWith("consumed_amounts", R"({"developer_units": 341523})") << utc(2026, 4, 1)
        << utc(2026, 5, 1) << QStringLiteral("monthly") << int(AllocationCadence::Monthly)
        << QList<UnitUsage>{unit("developer_units", 341523, 2000000),
                            unit("explorer_units", std::nullopt, 100)};

    QTest::newRow("null consumed amount: not reported, not 0")
        << responseWith("consumed_amounts", R"({"explorer_units": null, "developer_units": 7})")
        << utc(2026, 4, 1) << utc(2026, 5, 1) << QStringLiteral("monthly")
        << int(AllocationCadence::Monthly)
        << QList<UnitUsage>{unit("developer_units", 7, 2000000),
                            unit("explorer_units", std::nullopt, 100)};

    QTest::newRow("null amount reads as absent")
        << responseWith("allocation_amounts", R"({"explorer_units": null, "developer_units": 5})")
        << utc(2026, 4, 1) << utc(2026, 5, 1) << QStringLiteral("monthly")
        << int(AllocationCadence::Monthly)
        << QList<UnitUsage>{unit("developer_units", 341523, 5),
                            unit("explorer_units", 12.5, std::nullopt)};

    QTest::newRow("unknown top-level fields are ignored")
        << responseWith("allocation_cadence",
                        R"("monthly", "plan": {"name": "Team"}, "overage_allowed": true)")
        << utc(2026, 4, 1) << utc(2026, 5, 1) << QStringLiteral("monthly")
        << int(AllocationCadence::Monthly)
        << QList<UnitUsage>{unit("developer_units", 341523, 2000000),
                            unit("explorer_units", 12.5, 100)};

    QTest::newRow("unknown cadence word is kept as sent")
        << responseWith("allocation_cadence", R"("quarterly")") << utc(2026, 4, 1)
        << utc(2026, 5, 1) << QStringLiteral("quarterly") << int(AllocationCadence::Unknown)
        << QList<UnitUsage>{unit("developer_units", 341523, 2000000),
                            unit("explorer_units", 12.5, 100)};

    QTest::newRow("missing allocation fields read as null")
        << responseWith("allocation_period_start", "")
               .replace(R"("allocation_period_end": "2026-05-01T00:00:00Z",)", "")
               .replace(R"("allocation_cadence": "monthly",)", "")
        << QDateTime() << QDateTime() << QString() << int(AllocationCadence::None)
        << QList<UnitUsage>{unit("developer_units", 341523, 2000000),
                            unit("explorer_units", 12.5, 100)};

    QTest::newRow("zero allocation is an allocation")
        << responseWith("allocation_amounts", R"({"explorer_units": 0, "developer_units": 0})")
        << utc(2026, 4, 1) << utc(2026, 5, 1) << QStringLiteral("monthly")
        << int(AllocationCadence::Monthly)
        << QList<UnitUsage>{unit("developer_units", 341523, 0), unit("explorer_units", 12.5, 0)};

    QTest::newRow("a byte order mark before the object is ignored")
        << QByteArray("\xef\xbb\xbf") + responseWith("", "") << utc(2026, 4, 1) << utc(2026, 5, 1)
        << QStringLiteral("monthly") << int(AllocationCadence::Monthly)
        << QList<UnitUsage>{unit("developer_units", 341523, 2000000),
                            unit("explorer_units", 12.5, 100)};

    QTest::newRow("the largest exact amount, 2^53 - 1")
        << responseWith("consumed_amounts", R"({"developer_units": 9007199254740991})")
        << utc(2026, 4, 1) << utc(2026, 5, 1) << QStringLiteral("monthly")
        << int(AllocationCadence::Monthly)
        << QList<UnitUsage>{unit("developer_units", 9007199254740991.0, 2000000),
                            unit("explorer_units", std::nullopt, 100)};

    QTest::newRow("large exact amounts")
        << responseWith("consumed_amounts",
                        R"({"explorer_units": 1234567890123.5, "developer_units": 1e15})")
        << utc(2026, 4, 1) << utc(2026, 5, 1) << QStringLiteral("monthly")
        << int(AllocationCadence::Monthly)
        << QList<UnitUsage>{unit("developer_units", 1e15, 2000000),
                            unit("explorer_units", 1234567890123.5, 100)};
}

void UsageParserTest::acceptsEveryDocumentedShape() {
    QFETCH(QByteArray, body);
    QFETCH(QDateTime, allocationStart);
    QFETCH(QDateTime, allocationEnd);
    QFETCH(QString, cadenceText);
    QFETCH(int, cadence);
    QFETCH(QList<UnitUsage>, units);

    const UsageParseResult result = UsageParser::parse(body, receivedAt);

    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    const UsageSnapshot &snapshot = *result.snapshot;
    QCOMPARE(snapshot.billingPeriodStart, utc(2026, 4, 1));
    QCOMPARE(snapshot.billingPeriodEnd, utc(2026, 5, 1));
    QCOMPARE(snapshot.allocationPeriodStart, allocationStart);
    QCOMPARE(snapshot.allocationPeriodEnd, allocationEnd);
    QCOMPARE(snapshot.cadenceText, cadenceText);
    QCOMPARE(int(snapshot.cadence()), cadence);
    QCOMPARE(snapshot.receivedAt, receivedAt);
    QCOMPARE(snapshot.units.size(), units.size());
    for (int i = 0; i < units.size(); ++i) {
        QCOMPARE(snapshot.units.at(i).key, units.at(i).key);
        QCOMPARE(snapshot.units.at(i).consumed, units.at(i).consumed);
        QCOMPARE(snapshot.units.at(i).allocated, units.at(i).allocated);
    }
}

void UsageParserTest::acceptsDateTimeForms_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Z suffix") << QByteArray(R"("2026-04-01T00:00:00Z")") << utc(2026, 4, 1);
    QTest::newRow("positive offset converted to UTC")
        << QByteArray(R"("2026-04-01T02:00:00+02:00")") << utc(2026, 4, 1);
    QTest::newRow("negative offset crossing midnight")
        << QByteArray(R"("2026-03-31T19:00:00-05:00")") << utc(2026, 4, 1);
    QTest::newRow("fractional seconds")
        << QByteArray(R"("2026-04-01T00:00:00.250Z")") << utc(2026, 4, 1, 0, 0, 0, 250);
    QTest::newRow("microseconds") << QByteArray(R"("2026-04-01T00:00:00.123456Z")")
                                  << utc(2026, 4, 1, 0, 0, 0, 123);
    QTest::newRow("zero offset written out")
        << QByteArray(R"("2026-04-01T00:00:00+00:00")") << utc(2026, 4, 1);
    QTest::newRow("no offset reads as UTC")
        << QByteArray(R"("2026-04-01T00:00:00")") << utc(2026, 4, 1);
}

void UsageParserTest::acceptsDateTimeForms() {
    QFETCH(QByteArray, json);
    QFETCH(QDateTime, expected);

    const UsageParseResult result =
        UsageParser::parse(responseWith("billing_period_start", json), receivedAt);

    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.snapshot->billingPeriodStart, expected);
    QCOMPARE(result.snapshot->billingPeriodStart.timeSpec(), Qt::UTC);
}

void UsageParserTest::rejectsBadInputNamingTheField_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    // Syntax errors end in "at byte N)"; where N falls is the JSON reader's business, so those
    // rows give the message up to the offset.
    QTest::newRow("not JSON") << QByteArray("<html>Bad gateway</html>")
                              << QStringLiteral("response: not valid JSON (illegal value at byte ");
    QTest::newRow("empty body") << QByteArray()
                                << QStringLiteral("response: empty, expected a JSON object");
    QTest::newRow("blank body") << QByteArray(" \r\n")
                                << QStringLiteral("response: empty, expected a JSON object");
    QTest::newRow("array") << QByteArray(R"([{"billing_period_start": "2026-04-01T00:00:00Z"}])")
                           << QStringLiteral("response: expected a JSON object");
    QTest::newRow("missing billing period start")
        << responseWith("billing_period_start", "")
        << QStringLiteral("billing_period_start: missing");
    QTest::newRow("missing billing period end")
        << responseWith("billing_period_end", "") << QStringLiteral("billing_period_end: missing");
    QTest::newRow("null billing period start")
        << responseWith("billing_period_start", "null")
        << QStringLiteral("billing_period_start: expected an ISO 8601 date-time, got null");
    QTest::newRow("words for a date")
        << responseWith("billing_period_start", R"("yesterday")")
        << QStringLiteral(
               R"(billing_period_start: expected an ISO 8601 date-time, got "yesterday")");
    QTest::newRow("date without a time")
        << responseWith("billing_period_end", R"("2026-05-01")")
        << QStringLiteral(
               R"(billing_period_end: expected an ISO 8601 date-time, got "2026-05-01")");
    QTest::newRow("impossible date")
        << responseWith("billing_period_end", R"("2026-02-30T00:00:00Z")")
        << QStringLiteral(
               R"(billing_period_end: expected an ISO 8601 date-time, got "2026-02-30T00:00:00Z")");
    QTest::newRow("epoch number for a date")
        << responseWith("billing_period_start", "1775001600")
        << QStringLiteral("billing_period_start: expected an ISO 8601 date-time, got a number");
    QTest::newRow("billing period ends before it starts")
        << responseWith("billing_period_end", R"("2026-03-01T00:00:00Z")")
        << QStringLiteral("billing_period_end: is before billing_period_start");
    QTest::newRow("bad allocation period date")
        << responseWith("allocation_period_end", R"("soon")")
        << QStringLiteral(
               R"(allocation_period_end: expected an ISO 8601 date-time or null, got "soon")");
    QTest::newRow("allocation period start is an object")
        << responseWith("allocation_period_start", "{}")
        << QStringLiteral(
               "allocation_period_start: expected an ISO 8601 date-time or null, got an object");
    QTest::newRow("cadence is a number")
        << responseWith("allocation_cadence", "12")
        << QStringLiteral("allocation_cadence: expected a string or null, got a number");
    QTest::newRow("string amount")
        << responseWith("consumed_amounts", R"({"explorer_units": "12.5"})")
        << QStringLiteral("consumed_amounts.explorer_units: expected a number, got a string");
    QTest::newRow("boolean amount")
        << responseWith("allocation_amounts", R"({"developer_units": true})")
        << QStringLiteral("allocation_amounts.developer_units: expected a number, got a boolean");
    QTest::newRow("nested object amount")
        << responseWith("consumed_amounts", R"({"credits": {"value": 3}})")
        << QStringLiteral("consumed_amounts.credits: expected a number, got an object");
    QTest::newRow("negative amount")
        << responseWith("consumed_amounts", R"({"developer_units": -5})")
        << QStringLiteral(
               "consumed_amounts.developer_units: expected a non-negative number, got -5");
    QTest::newRow("negative fractional allocation")
        << responseWith("allocation_amounts", R"({"explorer_units": -0.5})")
        << QStringLiteral(
               "allocation_amounts.explorer_units: expected a non-negative number, got -0.5");
    QTest::newRow("NaN literal") << responseWith("consumed_amounts", R"({"explorer_units": NaN})")
                                 << QStringLiteral(
                                        "response: not valid JSON (illegal number at byte ");
    QTest::newRow("number too large for a double")
        << responseWith("consumed_amounts", R"({"explorer_units": 1e400})")
        << QStringLiteral("response: not valid JSON (illegal number at byte ");
    QTest::newRow("amounts are an array")
        << responseWith("consumed_amounts", "[1, 2]")
        << QStringLiteral("consumed_amounts: expected an object, got an array");
    QTest::newRow("consumed amounts missing (the API documents them as required)")
        << responseWith("consumed_amounts", "") << QStringLiteral("consumed_amounts: missing");
    QTest::newRow("consumed amounts null")
        << responseWith("consumed_amounts", "null")
        << QStringLiteral("consumed_amounts: expected an object, got null");
    QTest::newRow("amounts are a number")
        << responseWith("allocation_amounts", "100")
        << QStringLiteral("allocation_amounts: expected an object or null, got a number");
    QTest::newRow("unit without a name")
        << responseWith("consumed_amounts", R"({"": 1})")
        << QStringLiteral("consumed_amounts.: a unit needs a name");
    QTest::newRow("2^53 is beyond exact amounts")
        << responseWith("consumed_amounts", R"({"developer_units": 9007199254740992})")
        << QStringLiteral("consumed_amounts.developer_units: expected at most 9007199254740991 "
                          "(2^53 - 1), the largest amount this app holds exactly, got "
                          "9007199254740992");
    QTest::newRow("2^53 + 1 is quoted exactly, not as its rounded neighbour")
        << responseWith("allocation_amounts", R"({"developer_units": 9007199254740993})")
        << QStringLiteral("allocation_amounts.developer_units: expected at most "
                          "9007199254740991 (2^53 - 1), the largest amount this app holds "
                          "exactly, got 9007199254740993");
    QTest::newRow("huge amount")
        << responseWith("consumed_amounts", R"({"credits": 1e300})")
        << QStringLiteral("consumed_amounts.credits: expected at most 9007199254740991 (2^53 - "
                          "1), the largest amount this app holds exactly, got 1e+300");
    QTest::newRow("a name twice at the top")
        << QByteArray(R"({"billing_period_end": "x",)") + responseWith("", "").mid(1)
        << QStringLiteral("billing_period_end: appears more than once, so its value is unknown");
    QTest::newRow("a unit twice")
        << responseWith("consumed_amounts",
                        R"({"developer_units": 10, "explorer_units": 1, "developer_units": 900})")
        << QStringLiteral(
               "consumed_amounts.developer_units: appears more than once, so its value is unknown");
    QTest::newRow("a unit twice, once written with an escape")
        << responseWith("allocation_amounts", R"({"credits": 10, "\u0063redits": 20})")
        << QStringLiteral(
               "allocation_amounts.credits: appears more than once, so its value is unknown");
    QTest::newRow("escape sequence in a quoted date is shown escaped")
        << responseWith("billing_period_start", R"("\u001b[2J\u001b]0;owned\u0007")")
        << QStringLiteral(R"(billing_period_start: expected an ISO 8601 date-time, got )"
                          R"("\x1B[2J\x1B]0;owned\x07")");
    QTest::newRow("escape sequence in a unit name is shown escaped")
        << responseWith("consumed_amounts", R"({"\u001b[31mred": "1"})")
        << QStringLiteral(R"(consumed_amounts.\x1B[31mred: expected a number, got a string)");
    const QByteArray longText(900 * 1024, 'A');
    QTest::newRow("a 900 KB quoted value is cut to 200 characters")
        << responseWith("billing_period_end", '"' + longText + '"')
        << QStringLiteral(R"(billing_period_end: expected an ISO 8601 date-time, got ")") +
               QString(199, QLatin1Char('A')) + QChar(0x2026) + QLatin1Char('"');
}

void UsageParserTest::rejectsBadInputNamingTheField() {
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    const UsageParseResult result = UsageParser::parse(body, receivedAt);

    QVERIFY(!result.ok());
    if (error.endsWith(QLatin1String("at byte ")))
        QVERIFY2(result.error.startsWith(error) && result.error.endsWith(QLatin1Char(')')),
                 qPrintable(result.error));
    else
        QCOMPARE(result.error, error);
}

void UsageParserTest::keepsTheReceivedTimeInUtc() {
    const QDateTime local(QDate(2026, 4, 25), QTime(12, 30, 15), Qt::OffsetFromUTC, 2 * 3600);

    const UsageParseResult result = UsageParser::parse(responseWith("", ""), local);

    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.snapshot->receivedAt, receivedAt);
    QCOMPARE(result.snapshot->receivedAt.timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(UsageParserTest)
#include "UsageParserTest.moc"
