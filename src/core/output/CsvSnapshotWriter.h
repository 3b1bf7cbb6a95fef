// Writes usage snapshots as CSV (RFC 4180, UTF-8) to any QIODevice: the --once snapshot, the
// dashboard's export and the history export all use this one writer, so the files agree.
#pragma once

#include "core/api/UsageSnapshot.h"

#include <QList>
#include <QString>

class QIODevice;

// Format: one header row, then one row per unit sorted by unit key. Lines end in CRLF, as RFC 4180
// specifies (spreadsheets, Python's csv module and pandas all read that). Times are UTC ISO 8601
// with seconds and a Z; a null value is an empty cell; numbers are exact, C locale, no exponent.
// Text cells (unit key, cadence word: both come from the server) are quoted when they hold a
// comma, quote or line break, prefixed with ' when a spreadsheet would run them as a formula, and
// their control characters are written as visible escapes (ServerText), never raw.
class CsvSnapshotWriter final {
public:
    // The device must be open for writing; the writer does not own it.
    explicit CsvSnapshotWriter(QIODevice *device);

    // A single snapshot: header and rows.
    bool write(const UsageSnapshot &snapshot);
    // Many snapshots under one header (the history export).
    bool write(const QList<UsageSnapshot> &snapshots);

    // Writes the snapshots under one header to a file, atomically and checked (AtomicFileWriter):
    // the dashboard's snapshot export and its history export. On failure *error names the file
    // and the reason, and an existing file is left as it was.
    static bool writeFile(const QString &path, const QList<UsageSnapshot> &snapshots,
                          QString *error);

    // The building blocks, for writers that stream rows as they read them.
    bool writeHeader();
    bool writeRows(const UsageSnapshot &snapshot);

    // Why the last write failed (the device's message).
    QString errorString() const { return m_error; }

    static QString header();
    // The rows of one snapshot, each ending in CRLF.
    static QString rows(const UsageSnapshot &snapshot);
    // One text cell: neutralised against formulas, then quoted if needed.
    static QString textCell(const QString &text);

private:
    bool writeText(const QString &text);

    QIODevice *m_device;
    QString m_error;
};
