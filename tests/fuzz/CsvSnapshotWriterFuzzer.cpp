// Snapshots made of fuzzed text and numbers, written as CSV: every row has exactly the header's
// eleven cells when read back as RFC 4180, the text cells come back as written (displayable, a
// formula neutralised), no control character is left raw, and numbers stay plain numbers.
#include "FuzzCheck.h"
#include "core/api/ServerText.h"
#include "core/output/CsvSnapshotWriter.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QLocale>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace {

// RFC 4180 reading of one CSV text of CRLF-ended rows: the cells of each row.
QList<QStringList> readCsv(const QString &text) {
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    FUZZ_CHECK(!quoted && row.isEmpty() && cell.isEmpty(), "the text ends with a whole row");
    return rows;
}

QString expectedTextCell(const QString &text) {
    QString cell = ServerText::displayable(text, -1);
    if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.at(0)))
        cell.prepend(QLatin1Char('\''));
    return cell;
}

double amount(FuzzedDataProvider &input) {
    switch (input.ConsumeIntegralInRange(0, 3)) {
    case 0:
        return input.ConsumeFloatingPoint<double>();
    case 1:
        return double(input.ConsumeIntegral<std::int64_t>());
    case 2:
        return input.ConsumeFloatingPointInRange<double>(0.0, 1e6);
    default:
        return 0.0;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    UsageSnapshot snapshot;
    snapshot.billingPeriodStart = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    snapshot.billingPeriodEnd = snapshot.billingPeriodStart.addMonths(1);
    snapshot.receivedAt =
        snapshot.billingPeriodStart.addSecs(input.ConsumeIntegral<std::int32_t>());
    snapshot.cadenceText = QString::fromUtf8(input.ConsumeRandomLengthString(64));
    const int units = input.ConsumeIntegralInRange(0, 4);
    for (int i = 0; i < units; ++i) {
        UnitUsage unit;
        unit.key = QString::fromUtf8(input.ConsumeRandomLengthString(64));
        unit.consumed = amount(input);
        if (input.ConsumeBool())
            unit.allocated = amount(input);
        snapshot.units << unit;
    }

    const QString text = CsvSnapshotWriter::header() + CsvSnapshotWriter::rows(snapshot);
    for (const QChar c : text) {
        FUZZ_CHECK(c.unicode() >= 0x20 || c == QLatin1Char('\r') || c == QLatin1Char('\n'),
                   "no raw control character");
        FUZZ_CHECK(!ServerText::isNeutralised(c.unicode()) || c == QLatin1Char('\r') ||
                       c == QLatin1Char('\n') || c.isSurrogate(),
                   "nothing a terminal would act on");
    }
    const QList<QStringList> rows = readCsv(text);
    FUZZ_CHECK(rows.size() == 1 + snapshot.units.size(), "one row per unit under the header");
    QStringList keys;
    for (const UnitUsage &unit : snapshot.units)
        keys << expectedTextCell(unit.key);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        FUZZ_CHECK(row.size() == 11, "eleven cells in every row");
        FUZZ_CHECK(row.at(5) == expectedTextCell(snapshot.cadenceText), "the cadence as written");
        FUZZ_CHECK(keys.contains(row.at(6)), "the unit as written");
        for (const int column : {7, 8, 9, 10}) {
            if (row.at(column).isEmpty() || row.at(column) == QLatin1String("inf") ||
                row.at(column) == QLatin1String("-inf") || row.at(column) == QLatin1String("nan"))
                continue; // fuzzed doubles can be infinite; the parser never lets one through
            bool number = false;
            QLocale::c().toDouble(row.at(column), &number);
            FUZZ_CHECK(number, "a figure is a plain number");
            FUZZ_CHECK(!row.at(column).contains(QLatin1Char('e')), "no exponent");
        }
    }
    return 0;
}
