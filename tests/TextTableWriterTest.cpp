// The --once table, exact text: facts block, reset countdown from the injected clock (in the
// window's words) or that the period ended, aligned unit rows with English grouping, dashes where
// there is no figure, "not reported" where the API gave none, and the demo marker.
#include "core/output/TextTableWriter.h"
#include "SampleSnapshots.h"
#include "core/display/DashboardText.h"

#include <QBuffer>
#include <QTest>

using namespace SampleSnapshots;

class TextTableWriterTest final : public QObject {
    Q_OBJECT

private slots:
    void writesTheTable_data();
    void writesTheTable();
    void countsDownInTheWindowsWords_data();
    void countsDownInTheWindowsWords();
    void saysPlainlyThatThePeriodEnded();
    void ignoresTheMachineLocale();
};

void TextTableWriterTest::writesTheTable_data() {
    QTest::addColumn<UsageSnapshot>("snapshot");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("text");

    // The lines after the cadence for a snapshot of April 2026 read at its capture time.
    const QString aprilFacts = QStringLiteral("Billing period:     2026-04-01 to 2026-04-30 (UTC)\n"
                                              "Allocation period:  2026-04-01 to 2026-04-30 (UTC)\n"
                                              "Resets on 2026-05-01 (in 5 days)\n"
                                              "Captured at:        2026-04-25 10:30:15 UTC\n"
                                              "\n");
    const QString monthlyText =
        QStringLiteral("Monthly allocation\n") + aprilFacts +
        QStringLiteral("Unit             Consumed  Allocated  Remaining  Used %\n"
                       "Developer units   341,523  2,000,000  1,658,477  17.1 %\n"
                       "Explorer units       12.5        100       87.5  12.5 %\n");

    QTest::newRow("unit plan, monthly") << monthly() << false << monthlyText;

    QTest::newRow("demo data is marked on the first line")
        << monthly() << true
        << QStringLiteral("Demo data: made-up usage from the built-in demo server, not your "
                          "organization's.\n") +
               monthlyText;

    QTest::newRow("trial: dashes where there is no allocation")
        << trial() << false
        << QStringLiteral(
               "Trial: no periodic allocation\n"
               "Billing period:     2026-04-01 to 2026-04-30 (UTC)\n"
               "Allocation period:  none\n"
               "Billing period ends on 2026-05-01 (in 5 days)\n"
               "Captured at:        2026-04-25 10:30:15 UTC\n"
               "\n"
               "Unit             Consumed  Allocated  Remaining  Used %\n"
               "Developer units  1,500.25          \u2014          \u2014       \u2014\n"
               "Explorer units          3          \u2014          \u2014       \u2014\n");

    UsageSnapshot annual = monthly();
    annual.allocationPeriodStart = utc(2026, 1, 1);
    annual.allocationPeriodEnd = utc(2027, 1, 1);
    annual.cadenceText = QStringLiteral("annual");
    annual.units = {unit(QStringLiteral("developer_units"), 25000000, 24000000)};
    QTest::newRow("annual, overspent: negative remaining")
        << annual << false
        << QStringLiteral("Annual allocation \u2014 consumption is cumulative over the year\n"
                          "Billing period:     2026-04-01 to 2026-04-30 (UTC)\n"
                          "Allocation period:  2026-01-01 to 2026-12-31 (UTC)\n"
                          "Resets on 2027-01-01 (in 250 days)\n"
                          "Captured at:        2026-04-25 10:30:15 UTC\n"
                          "\n"
                          "Unit               Consumed   Allocated   Remaining   Used %\n"
                          "Developer units  25,000,000  24,000,000  -1,000,000  104.2 %\n");

    UsageSnapshot quarterly = monthly();
    quarterly.cadenceText = QStringLiteral("quarterly");
    quarterly.units = {unit(QStringLiteral("sql_units"), 0.25, 0)};
    QTest::newRow("unknown cadence word and unit, zero allocation")
        << quarterly << false
        << QStringLiteral("Allocation: quarterly\n") + aprilFacts +
               QStringLiteral("Unit       Consumed  Allocated  Remaining  Used %\n"
                              "Sql units      0.25          0          \u2014       \u2014\n");

    UsageSnapshot notReported = monthly();
    notReported.units[1].consumed.reset(); // developer_units: an allocation, no consumed amount
    QTest::newRow("consumption not reported: said, never a zero")
        << notReported << false
        << QStringLiteral("Monthly allocation\n") + aprilFacts +
               QStringLiteral(
                   "Unit                 Consumed  Allocated  Remaining  Used %\n"
                   "Developer units  not reported  2,000,000          \u2014       \u2014\n"
                   "Explorer units           12.5        100       87.5  12.5 %\n");

    UsageSnapshot hostile = monthly();
    hostile.cadenceText = QStringLiteral("\x1b]0;owned\x07");
    hostile.units = {unit(QStringLiteral("\x1b[2Jx"), 1, 5e-324)};
    QTest::newRow("escape sequences shown, not obeyed; no percentage of a denormal allocation")
        << hostile << false
        << QStringLiteral("Allocation: \\x1B]0;owned\\x07\n") + aprilFacts +
               QStringLiteral("Unit      Consumed  Allocated  Remaining  Used %\n"
                              "\\x1B[2Jx         1          0         -1       \u2014\n");

    UsageSnapshot empty = monthly();
    empty.units.clear();
    QTest::newRow("no units reported")
        << empty << false
        << QStringLiteral("Monthly allocation\n") + aprilFacts +
               QStringLiteral("Unit                 Consumed  Allocated  Remaining  Used %\n"
                              "(no units reported)\n");
}

void TextTableWriterTest::writesTheTable() {
    QFETCH(UsageSnapshot, snapshot);
    QFETCH(bool, demo);
    QFETCH(QString, text);

    const ManualClock clock(snapshot.receivedAt);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TextTableWriter writer(&buffer, clock);

    QVERIFY(writer.write(snapshot, demo));
    QCOMPARE(QString::fromUtf8(buffer.data()), text);
}

void TextTableWriterTest::countsDownInTheWindowsWords_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("countdown");
    // Whole units, never rounded up: the window and the tray say the same at the same moment.
    QTest::newRow("six and a half days") << utc(2026, 4, 24, 12) << "in 6 days";
    QTest::newRow("two days exactly") << utc(2026, 4, 29) << "in 2 days";
    QTest::newRow("hours under two days") << utc(2026, 4, 29, 1) << "in 47 hours";
    QTest::newRow("minutes under an hour") << utc(2026, 4, 30, 23, 15) << "in 45 minutes";
}

void TextTableWriterTest::countsDownInTheWindowsWords() {
    QFETCH(QDateTime, now);
    QFETCH(QString, countdown);
    const ManualClock clock(now);
    QBuffer buffer;
    TextTableWriter writer(&buffer, clock);
    QVERIFY(writer.toText(monthly()).contains(
        QStringLiteral("Resets on 2026-05-01 (%1)\n").arg(countdown)));
    const DashboardText window(clock, QLocale(QLocale::English), QTimeZone::utc());
    QCOMPARE(window.resetCountdown(monthly()),
             QStringLiteral("Resets %1, on 1 May").arg(countdown));
}

void TextTableWriterTest::saysPlainlyThatThePeriodEnded() {
    // December: the API still reports April.
    const ManualClock clock(utc(2026, 12, 1, 9));
    QBuffer buffer;
    const QString text = TextTableWriter(&buffer, clock).toText(monthly());
    QVERIFY2(text.contains(QStringLiteral("The period ended on 2026-04-30, 7 months ago; the "
                                          "figures may be out of date.\n")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Resets")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("due")), qPrintable(text));
}

void TextTableWriterTest::ignoresTheMachineLocale() {
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const ManualClock clock(utc(2026, 4, 25));
    QBuffer buffer;
    const QString text = TextTableWriter(&buffer, clock).toText(monthly());
    QLocale::setDefault(previous);

    QVERIFY2(
        text.contains(QStringLiteral("Developer units   341,523  2,000,000  1,658,477  17.1 %")),
        qPrintable(text));
}

QTEST_GUILESS_MAIN(TextTableWriterTest)
#include "TextTableWriterTest.moc"
