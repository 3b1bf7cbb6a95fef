#include "app/files/SnapshotActions.h"

#include "app/files/SaveFileChooser.h"
#include "core/Clock.h"
#include "core/output/CsvSnapshotWriter.h"
#include "core/output/ExportFileName.h"
#include "core/reading/CurrentReading.h"
#include "core/reading/ReadingText.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStatusBar>

SnapshotActions::SnapshotActions(const CurrentReading &reading, const ReadingText &text,
                                 const Clock &clock, QWidget *window, QStatusBar *statusBar)
    : QObject(window)
    , m_reading(&reading)
    , m_text(text)
    , m_clock(clock)
    , m_window(window)
    , m_statusBar(statusBar) {}

bool SnapshotActions::exportTo(const QString &path, QString *error) const {
    const std::optional<UsageSnapshot> &snapshot = m_reading->state().snapshot;
    if (!snapshot) {
        if (error)
            *error = tr("There is no snapshot to export yet.");
        return false;
    }
    return writeCsvFile(
        path, [&snapshot](CsvSnapshotWriter &writer) { return writer.write(*snapshot); }, error);
}

bool SnapshotActions::writeCsvFile(const QString &path,
                                   const std::function<bool(CsvSnapshotWriter &)> &write,
                                   QString *error) {
    // Atomic and checked: a full disk or a crash never leaves half a file or replaces a good one.
    return CsvSnapshotWriter::writeFile(path, write, error);
}

QString SnapshotActions::summaryText() const {
    return m_text.summary(m_reading->state());
}

QString SnapshotActions::proposedFileName() const {
    return ExportFileName::snapshot(m_clock.now().toLocalTime().date(), m_reading->state().demo,
                                    m_organization);
}

QString SnapshotActions::proposedFileName(const QString &what, const Clock &clock) {
    return ExportFileName::snapshot(clock.now().toLocalTime().date(), false, what);
}

void SnapshotActions::exportWithDialog() {
    if (!m_reading->state().snapshot)
        return;
    SaveFileChooser::ask(m_window, tr("Export snapshot to CSV"),
                         QDir(ExportFileName::folder()).filePath(proposedFileName()),
                         tr("CSV files"), QStringLiteral("*.csv"), [this](const QString &path) {
                             QString error;
                             if (!exportTo(path, &error))
                                 QMessageBox::warning(m_window, tr("Export failed"), error);
                             else
                                 m_statusBar->showMessage(
                                     tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                     5000);
                         });
}

void SnapshotActions::copySummary() {
    copyText(summaryText());
}

void SnapshotActions::copyText(const QString &text) {
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_statusBar->showMessage(tr("Summary copied"), 3000);
}
