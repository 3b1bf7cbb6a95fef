// What the window does with the reading it shows: Export snapshot to CSV (atomically, with the
// desktop's file dialog proposing a dated name, "demo" in it for demo data) and Copy summary
// (plain text, saying when the figures are demo data, stale or of an ended period). Kept apart
// from the window, which only wires the actions.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class Clock;
class CsvSnapshotWriter;
class CurrentReading;
class QStatusBar;
class QWidget;
class ReadingText;

class SnapshotActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotActions)

public:
    // Dialogs open over `window`; confirmations go to its status bar.
    SnapshotActions(const CurrentReading &reading, const ReadingText &text, const Clock &clock,
                    QWidget *window, QStatusBar *statusBar);

    // Acts on another reading from now on.
    void setReading(const CurrentReading &reading) { m_reading = &reading; }
    // The shown organization's name for the proposed file name; empty with one organization.
    void setOrganizationName(const QString &name) { m_organization = name; }

    // Writes the shown snapshot as CSV to path, atomically. False with a reason on failure.
    bool exportTo(const QString &path, QString *error = nullptr) const;
    // The plain text "Copy summary" puts on the clipboard; empty without a snapshot.
    QString summaryText() const;
    // "allium-usage-2026-04-24.csv" for today's date; "allium-usage-Production-2026-04-24.csv"
    // with several organizations, so that a file never passes for another organization's;
    // "allium-usage-demo-2026-04-24.csv" for demo data (ExportFileName).
    QString proposedFileName() const;
    // "allium-usage-<what>-<today>.csv", `what` made safe for a file name; without `what`,
    // "allium-usage-<today>.csv".
    static QString proposedFileName(const QString &what, const Clock &clock);
    // A CSV file written by `write` atomically: on failure the reason, and the previous file
    // is kept.
    static bool writeCsvFile(const QString &path,
                             const std::function<bool(CsvSnapshotWriter &)> &write, QString *error);

    void exportWithDialog();
    void copySummary();
    // Puts a summary on the clipboard and says so in the status bar (Copy summary, also of the
    // overview of every organization); nothing for an empty one.
    void copyText(const QString &text);

private:
    const CurrentReading *m_reading;
    const ReadingText &m_text;
    const Clock &m_clock;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    QString m_organization;
};
