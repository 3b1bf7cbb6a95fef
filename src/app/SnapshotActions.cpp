#include "app/SnapshotActions.h"

#include "core/Clock.h"
#include "core/output/CsvSnapshotWriter.h"
#include "core/reading/CurrentReading.h"
#include "core/reading/ReadingText.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>
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
    return proposedFileName(m_organization, m_clock);
}

QString SnapshotActions::proposedFileName(const QString &what, const Clock &clock) {
    const QString today = clock.now().toLocalTime().date().toString(Qt::ISODate);
    // Letters and digits of any script stay; a slash, a colon or a space would make a folder,
    // trouble on another system or a name to quote.
    QString part;
    for (const QChar c : what.simplified())
        part += c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_')
                    ? c
                    : QLatin1Char('-');
    while (part.startsWith(QLatin1Char('-')) || part.startsWith(QLatin1Char('.')))
        part.remove(0, 1);
    return part.isEmpty() ? QStringLiteral("allium-usage-%1.csv").arg(today)
                          : QStringLiteral("allium-usage-%1-%2.csv").arg(part, today);
}

void SnapshotActions::exportWithDialog() {
    if (!m_reading->state().snapshot)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export snapshot to CSV"),
                                                      QDir(folder).filePath(proposedFileName()),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(m_window, tr("Export failed"), error);
    else
        m_statusBar->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void SnapshotActions::copySummary() {
    const QString text = summaryText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_statusBar->showMessage(tr("Summary copied"), 3000);
}
