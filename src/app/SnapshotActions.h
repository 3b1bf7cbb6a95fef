// What the window does with the reading it shows: Export snapshot to CSV (atomically, with a file
// dialog proposing a dated name) and Copy summary (plain text, saying when the figures are demo
// data, stale or of an ended period). Kept apart from the window, which only wires the actions.
#pragma once

#include <QObject>
#include <QString>

class Clock;
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

    // Writes the shown snapshot as CSV to path, atomically. False with a reason on failure.
    bool exportTo(const QString &path, QString *error = nullptr) const;
    // The plain text "Copy summary" puts on the clipboard; empty without a snapshot.
    QString summaryText() const;
    // "allium-usage-2026-04-24.csv" for today's date.
    QString proposedFileName() const;

    void exportWithDialog();
    void copySummary();

private:
    const CurrentReading &m_reading;
    const ReadingText &m_text;
    const Clock &m_clock;
    QWidget *m_window;
    QStatusBar *m_statusBar;
};
