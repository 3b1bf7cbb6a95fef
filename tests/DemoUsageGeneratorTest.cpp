// The demo data: a valid response for the clock's current month whose consumption grows with time.
#include "core/demo/DemoUsageGenerator.h"
#include "core/api/UsageParser.h"

#include <QTest>

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

UsageSnapshot parsedAt(const QDateTime &now) {
    const UsageParseResult result = UsageParser::parse(DemoUsageGenerator().responseBody(now), now);
    if (!result.ok())
        qFatal("demo body does not parse: %s", qPrintable(result.error));
    return *result.snapshot;
}

} // namespace

class DemoUsageGeneratorTest final : public QObject {
    Q_OBJECT

private slots:
    void servesTheCurrentMonth_data();
    void servesTheCurrentMonth();
    void consumptionGrowsThroughTheMonth();
    void staysUnderTheWarningLevel();
    void isDeterministic();
};

void DemoUsageGeneratorTest::servesTheCurrentMonth_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");

    QTest::newRow("mid April") << utc(2026, 4, 25, 10, 30) << utc(2026, 4, 1) << utc(2026, 5, 1);
    QTest::newRow("first instant of the month")
        << utc(2026, 4, 1) << utc(2026, 4, 1) << utc(2026, 5, 1);
    QTest::newRow("December rolls into the next year")
        << utc(2026, 12, 31, 23, 59) << utc(2026, 12, 1) << utc(2027, 1, 1);
    QTest::newRow("leap February") << utc(2028, 2, 29, 12) << utc(2028, 2, 1) << utc(2028, 3, 1);
    QTest::newRow("offset time is read in UTC")
        << QDateTime(QDate(2026, 5, 1), QTime(1, 0), Qt::OffsetFromUTC, 2 * 3600) << utc(2026, 4, 1)
        << utc(2026, 5, 1);
}

void DemoUsageGeneratorTest::servesTheCurrentMonth() {
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);

    const UsageSnapshot snapshot = parsedAt(now);

    QCOMPARE(snapshot.billingPeriodStart, start);
    QCOMPARE(snapshot.billingPeriodEnd, end);
    QCOMPARE(snapshot.allocationPeriodStart, start);
    QCOMPARE(snapshot.allocationPeriodEnd, end);
    QCOMPARE(snapshot.cadence(), AllocationCadence::Monthly);
    QCOMPARE(snapshot.units.size(), 2);
    QCOMPARE(snapshot.units.at(0).key, QStringLiteral("developer_units"));
    QCOMPARE(snapshot.units.at(0).allocated, std::optional<double>(2000000));
    QCOMPARE(snapshot.units.at(1).key, QStringLiteral("explorer_units"));
    QCOMPARE(snapshot.units.at(1).allocated, std::optional<double>(100));
}

void DemoUsageGeneratorTest::consumptionGrowsThroughTheMonth() {
    QCOMPARE(parsedAt(utc(2026, 4, 1)).units.at(0).consumed, std::optional(0.0));
    QCOMPARE(parsedAt(utc(2026, 4, 1)).units.at(1).consumed, std::optional(0.0));

    // Every five minutes (the default refresh interval) across a month: never less, and every
    // hour visibly more developer units, so a chart refreshed hourly always moves.
    double previousDeveloper = 0;
    double previousExplorer = 0;
    double hourAgoDeveloper = 0;
    for (QDateTime now = utc(2026, 4, 1); now < utc(2026, 5, 1); now = now.addSecs(300)) {
        const UsageSnapshot snapshot = parsedAt(now);
        const double developer = snapshot.units.at(0).consumed.value_or(-1);
        const double explorer = snapshot.units.at(1).consumed.value_or(-1);
        QVERIFY2(developer >= previousDeveloper, qPrintable(now.toString(Qt::ISODate)));
        QVERIFY2(explorer >= previousExplorer, qPrintable(now.toString(Qt::ISODate)));
        if (now.time().minute() == 0 && now > utc(2026, 4, 1)) {
            QVERIFY2(developer > hourAgoDeveloper, qPrintable(now.toString(Qt::ISODate)));
            hourAgoDeveloper = developer;
        }
        previousDeveloper = developer;
        previousExplorer = explorer;
    }

    // Part-way through the month, roughly in proportion to the time elapsed.
    const UsageSnapshot midMonth = parsedAt(utc(2026, 4, 16));
    QVERIFY(*midMonth.units.at(0).percentUsed() > 30.0);
    QVERIFY(*midMonth.units.at(0).percentUsed() < 42.0);
    QVERIFY(midMonth.units.at(1).consumed.value_or(0) > 20.0);
}

void DemoUsageGeneratorTest::staysUnderTheWarningLevel() {
    const UsageSnapshot lastMinute = parsedAt(utc(2026, 4, 30, 23, 59));

    for (const UnitUsage &unit : lastMinute.units) {
        QVERIFY2(*unit.percentUsed() < 80.0, qPrintable(unit.key));
        QVERIFY2(*unit.percentUsed() > 50.0, qPrintable(unit.key));
    }
}

void DemoUsageGeneratorTest::isDeterministic() {
    const DemoUsageGenerator generator;
    const QDateTime now = utc(2026, 4, 25, 10, 30);

    QCOMPARE(generator.responseBody(now), DemoUsageGenerator().responseBody(now));
    QVERIFY(generator.responseBody(now) != generator.responseBody(now.addSecs(3600)));
}

QTEST_GUILESS_MAIN(DemoUsageGeneratorTest)
#include "DemoUsageGeneratorTest.moc"
