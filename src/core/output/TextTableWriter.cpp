#include "core/output/TextTableWriter.h"

#include "core/display/DashboardText.h"
#include "core/display/RelativeTime.h"
#include "core/display/UsageFormat.h"

#include <QIODevice>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace {

// English conventions whatever the machine's locale, so scripts and tests see stable text.
QLocale tableLocale() {
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString isoDate(const QDateTime &moment) {
    return moment.toUTC().date().toString(Qt::ISODate);
}

// The API's period end is exclusive (the first instant of the next period), so the last day
// shown is the day holding the instant just before it.
QString period(const QDateTime &start, const QDateTime &endExclusive) {
    if (!start.isValid() || !endExclusive.isValid())
        return TextTableWriter::tr("none");
    return TextTableWriter::tr("%1 to %2 (UTC)")
        .arg(isoDate(start), isoDate(endExclusive.addMSecs(-1)));
}

QString pad(const QString &text, int width, bool right) {
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

} // namespace

TextTableWriter::TextTableWriter(QIODevice *device, const Clock &clock)
    : m_device(device)
    , m_clock(clock) {}

bool TextTableWriter::write(const UsageSnapshot &snapshot, bool demo) {
    const QByteArray bytes = toText(snapshot, demo).toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    return true;
}

QString TextTableWriter::toText(const UsageSnapshot &snapshot, bool demo) const {
    const UsageFormat format(tableLocale());
    // The cadence sentence is the dashboard's, so both say the same thing.
    const DashboardText dashboardText(m_clock, tableLocale(), QTimeZone::utc());

    QStringList lines;
    if (demo)
        lines << tr("Demo data: made-up usage from the built-in demo server, not your "
                    "organization's.");

    lines << dashboardText.cadence(snapshot);
    const QList<QPair<QString, QString>> facts = {
        {tr("Billing period:"), period(snapshot.billingPeriodStart, snapshot.billingPeriodEnd)},
        {tr("Allocation period:"),
         period(snapshot.allocationPeriodStart, snapshot.allocationPeriodEnd)},
    };
    int labelWidth = 0;
    for (const auto &fact : facts)
        labelWidth = std::max(labelWidth, int(fact.first.size()));
    for (const auto &fact : facts)
        lines << pad(fact.first, labelWidth + 2, false) + fact.second;

    // The countdown in the window's words; an ended period is said plainly instead.
    const QDateTime now = m_clock.now();
    const QDateTime end = snapshot.periodEnd();
    if (snapshot.periodEndedBy(now)) {
        lines << tr("The period ended on %1, %2; the figures may be out of date.")
                     .arg(isoDate(end.addMSecs(-1)), RelativeTime::ago(end, now));
    } else if (end.isValid() && !snapshot.hasAllocationPeriod()) {
        lines << tr("Billing period ends on %1 (%2)")
                     .arg(isoDate(end), RelativeTime::until(now, end));
    } else if (end.isValid()) {
        lines << tr("Resets on %1 (%2)").arg(isoDate(end), RelativeTime::until(now, end));
    }
    lines << pad(tr("Captured at:"), labelWidth + 2, false) +
                 tr("%1 UTC").arg(
                     snapshot.receivedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    lines << QString();

    // The table: a header row, then one row per unit sorted by key. The unit column is left
    // aligned, the figures right aligned; a dash where there is no figure.
    const QString none = QStringLiteral("\u2014");
    QList<QStringList> rows = {
        {tr("Unit"), tr("Consumed"), tr("Allocated"), tr("Remaining"), tr("Used %")}};
    QList<UnitUsage> units = snapshot.units;
    std::sort(units.begin(), units.end(),
              [](const UnitUsage &a, const UnitUsage &b) { return a.key < b.key; });
    for (const UnitUsage &unit : units) {
        const auto remaining = unit.remaining();
        const auto percent = unit.percentUsed();
        rows.append({unit.label(), format.consumed(unit),
                     unit.allocated ? format.amount(*unit.allocated) : none,
                     remaining ? format.amount(*remaining) : none,
                     percent ? format.percent(*percent) : none});
    }
    if (units.isEmpty())
        rows.append({tr("(no units reported)"), QString(), QString(), QString(), QString()});

    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (int column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], int(row.at(column).size()));
    for (const QStringList &row : rows) {
        QStringList cells;
        for (int column = 0; column < row.size(); ++column)
            cells << pad(row.at(column), widths.at(column), column > 0);
        // Trailing blanks help no one and make copy-paste ugly.
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines << line;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
