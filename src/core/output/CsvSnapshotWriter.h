// Writes usage snapshots as CSV (RFC 4180, UTF-8) to any QIODevice: the --once snapshot, the
// dashboard's export and the history export all use this one writer, so the files agree.
#pragma once

#include "core/api/UsageSnapshot.h"

#include <QList>
#include <QString>

#include <functional>

class QIODevice;

// Format: one header row, then one row per unit sorted by unit key. Lines end in CRLF, as RFC 4180
// specifies (spreadsheets, Python's csv module and pandas all read that). Times are UTC ISO 8601
// with seconds and a Z; a null value is an empty cell; numbers are exact, C locale, no exponent.
// Text cells (unit key, cadence word: both come from the server) are quoted when they hold a
// comma, quote or line break, prefixed with ' when a spreadsheet would run them as a formula, and
// their control characters are written as visible escapes (ServerText), never raw.
class CsvSnapshotWriter final {
public:
    // One organization's snapshot in a file of several (--once --all-orgs, the dashboard's
    // "Export all organizations").
    struct OrganizationSnapshot {
        QString organization; // its name
        UsageSnapshot snapshot;
    };

    // The device must be open for writing; the writer does not own it.
    explicit CsvSnapshotWriter(QIODevice *device);

    // A single snapshot: header and rows.
    bool write(const UsageSnapshot &snapshot);
    // Many snapshots under one header (the history export).
    bool write(const QList<UsageSnapshot> &snapshots);
    // Several organizations under the organization header, in the order given.
    bool write(const QList<OrganizationSnapshot> &snapshots);

    // A CSV file written by `write`, atomically and checked (AtomicFileWriter): every export of
    // the dashboard. On failure *error names the file and the reason, and an existing file is
    // left as it was.
    static bool writeFile(const QString &path,
                          const std::function<bool(CsvSnapshotWriter &)> &write, QString *error);
    // The snapshots under one header (the snapshot export, the history export).
    static bool writeFile(const QString &path, const QList<UsageSnapshot> &snapshots,
                          QString *error);

    // The building blocks, for writers that stream rows as they read them.
    bool writeHeader();
    bool writeRows(const UsageSnapshot &snapshot);

    // Why the last write failed (the device's message).
    QString errorString() const { return m_error; }

    static QString header();
    // Several organizations in one file: the same columns after a leading `organization` column
    // (the organization's name). Only such a file has it, so a single snapshot's file keeps its
    // documented columns.
    static QString organizationHeader();
    // The rows of one snapshot, each ending in CRLF.
    static QString rows(const UsageSnapshot &snapshot);
    static QString rows(const UsageSnapshot &snapshot, const QString &organization);
    // The whole file of several organizations: the organization header and their rows.
    static QString text(const QList<OrganizationSnapshot> &snapshots);
    // One text cell: neutralised against formulas, then quoted if needed.
    static QString textCell(const QString &text);

private:
    bool writeText(const QString &text);
    // The rows of one snapshot, each starting with `leadingCells` (each cell followed by a comma).
    static QString rowsAfter(const QString &leadingCells, const UsageSnapshot &snapshot);

    QIODevice *m_device;
    QString m_error;
};
