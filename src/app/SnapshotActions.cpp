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
    , m_reading(reading)
    , m_text(text)
    , m_clock(clock)
    , m_window(window)
    , m_statusBar(statusBar) {}

bool SnapshotActions::exportTo(const QString &path, QString *error) const {
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const std::optional<UsageSnapshot> &snapshot = m_reading.state().snapshot;
    if (!snapshot)
        return fail(tr("There is no snapshot to export yet."));
    // Atomic and checked: a full disk or a crash never leaves half a file or replaces a good one.
    return CsvSnapshotWriter::writeFile(path, {*snapshot}, error);
}

QString SnapshotActions::summaryText() const {
    return m_text.summary(m_reading.state());
}

QString SnapshotActions::proposedFileName() const {
    const QDate today = m_clock.now().toLocalTime().date();
    return QStringLiteral("allium-usage-%1.csv").arg(today.toString(Qt::ISODate));
}

void SnapshotActions::exportWithDialog() {
    if (!m_reading.state().snapshot)
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
