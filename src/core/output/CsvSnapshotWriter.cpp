#include "core/output/CsvSnapshotWriter.h"

#include "core/api/ServerText.h"
#include "core/api/UsageNumber.h"
#include "core/io/AtomicFileWriter.h"

#include <QIODevice>
#include <QStringList>

#include <algorithm>

namespace {

const QLatin1String lineEnd("\r\n");

QString timeCell(const QDateTime &time) {
    // Qt::ISODate on a UTC time gives 2026-04-01T00:00:00Z: seconds, no milliseconds, a Z.
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString numberCell(const std::optional<double> &value) {
    return value ? UsageNumber::toPlainText(*value) : QString();
}

} // namespace

CsvSnapshotWriter::CsvSnapshotWriter(QIODevice *device)
    : m_device(device) {}

bool CsvSnapshotWriter::write(const UsageSnapshot &snapshot) {
    return writeHeader() && writeRows(snapshot);
}

bool CsvSnapshotWriter::write(const QList<UsageSnapshot> &snapshots) {
    if (!writeHeader())
        return false;
    return std::all_of(snapshots.cbegin(), snapshots.cend(),
                       [this](const UsageSnapshot &snapshot) { return writeRows(snapshot); });
}

bool CsvSnapshotWriter::writeFile(const QString &path,
                                  const std::function<bool(CsvSnapshotWriter &)> &write,
                                  QString *error) {
    AtomicFileWriter file(path);
    CsvSnapshotWriter writer(file.device());
    bool written = file.open();
    if (written && !write(writer)) {
        file.abandon(writer.errorString());
        written = false;
    }
    written = written && file.commit();
    if (!written && error)
        *error = file.errorString();
    return written;
}

bool CsvSnapshotWriter::writeFile(const QString &path, const QList<UsageSnapshot> &snapshots,
                                  QString *error) {
    return writeFile(
        path, [&snapshots](CsvSnapshotWriter &writer) { return writer.write(snapshots); }, error);
}

bool CsvSnapshotWriter::write(const QList<OrganizationSnapshot> &snapshots) {
    return writeText(text(snapshots));
}

QString CsvSnapshotWriter::text(const QList<OrganizationSnapshot> &snapshots) {
    QString text = organizationHeader();
    for (const OrganizationSnapshot &each : snapshots)
        text += rows(each.snapshot, each.organization);
    return text;
}

bool CsvSnapshotWriter::writeHeader() {
    return writeText(header());
}

bool CsvSnapshotWriter::writeRows(const UsageSnapshot &snapshot) {
    return writeText(rows(snapshot));
}

QString CsvSnapshotWriter::organizationHeader() {
    return QStringLiteral("organization,") + header();
}

QString CsvSnapshotWriter::rows(const UsageSnapshot &snapshot, const QString &organization) {
    // The name is the person's own text: a cell like any other, neutralised and quoted.
    return rowsAfter(textCell(organization) + QLatin1Char(','), snapshot);
}

QString CsvSnapshotWriter::header() {
    // Column names are part of the file format, not user-visible prose: never translated.
    return QStringLiteral("captured_at,billing_period_start,billing_period_end,"
                          "allocation_period_start,allocation_period_end,allocation_cadence,"
                          "unit,allocated,consumed,remaining,percent_used") +
           lineEnd;
}

QString CsvSnapshotWriter::rows(const UsageSnapshot &snapshot) {
    return rowsAfter(QString(), snapshot);
}

QString CsvSnapshotWriter::rowsAfter(const QString &leadingCells, const UsageSnapshot &snapshot) {
    QList<UnitUsage> units = snapshot.units;
    std::sort(units.begin(), units.end(),
              [](const UnitUsage &a, const UnitUsage &b) { return a.key < b.key; });

    // The columns shared by every row of this snapshot.
    const QString periods =
        QStringList{
            timeCell(snapshot.receivedAt),          timeCell(snapshot.billingPeriodStart),
            timeCell(snapshot.billingPeriodEnd),    timeCell(snapshot.allocationPeriodStart),
            timeCell(snapshot.allocationPeriodEnd), textCell(snapshot.cadenceText)}
            .join(QLatin1Char(','));
    QString text;
    for (const UnitUsage &unit : units) {
        const auto percent = unit.percentUsed();
        text += leadingCells + periods + QLatin1Char(',') +
                QStringList{textCell(unit.key), numberCell(unit.allocated),
                            numberCell(unit.consumed), numberCell(unit.remaining()),
                            percent ? UsageNumber::toPlainPercent(*percent) : QString()}
                    .join(QLatin1Char(',')) +
                lineEnd;
    }
    return text;
}

QString CsvSnapshotWriter::textCell(const QString &text) {
    // CSV has no escapes of its own, and a CSV is often read in a terminal (cat, less): control
    // characters, which no real unit key or cadence word has, are written as visible escapes
    // (\x1B) instead of raw. The text is kept whole: a file is data, not a message.
    QString cell = ServerText::displayable(text, -1);
    // A spreadsheet runs a cell starting with one of these as a formula; a leading quote makes
    // it plain text (the OWASP "CSV injection" advice).
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.at(0)))
        cell.prepend(QLatin1Char('\''));

    static const QString needsQuotes = QStringLiteral(",\"\r\n");
    const bool quote =
        std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return needsQuotes.contains(c); });
    if (!quote)
        return cell;
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

bool CsvSnapshotWriter::writeText(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    return true;
}
