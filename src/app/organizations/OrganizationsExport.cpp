#include "app/organizations/OrganizationsExport.h"

#include "app/SnapshotActions.h"
#include "core/organizations/OrganizationReadings.h"
#include "core/output/CsvSnapshotWriter.h"
#include "core/reading/CurrentReading.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QWidget>

#include <algorithm>

OrganizationsExport::OrganizationsExport(const OrganizationReadings &readings, const Clock &clock,
                                         QWidget *window, QStatusBar *statusBar)
    : QObject(window)
    , m_readings(readings)
    , m_clock(clock)
    , m_window(window)
    , m_statusBar(statusBar)
    , m_action(new QAction(tr("Export a&ll organizations to CSV…"), this)) {
    m_action->setToolTip(tr("One CSV file with the latest snapshot of every organization, each row "
                            "led by the organization's name"));
    connect(m_action, &QAction::triggered, this, &OrganizationsExport::exportWithDialog);
    connect(&m_readings, &OrganizationReadings::organizationsChanged, this,
            &OrganizationsExport::updateAction);
    connect(&m_readings, &OrganizationReadings::readingChanged, this,
            &OrganizationsExport::updateAction);
    updateAction();
}

void OrganizationsExport::updateAction() {
    const QList<CurrentReading *> readings = m_readings.readings();
    m_action->setVisible(readings.size() > 1);
    m_action->setEnabled(std::any_of(readings.cbegin(), readings.cend(),
                                     [](CurrentReading *r) { return r->state().hasSnapshot(); }));
}

bool OrganizationsExport::exportTo(const QString &path, QStringList *leftOut,
                                   QString *error) const {
    QList<CsvSnapshotWriter::OrganizationSnapshot> snapshots;
    QStringList without;
    for (const Organization &organization : m_readings.organizations()) {
        const ReadingState &state = m_readings.reading(organization.id)->state();
        // A stale snapshot goes in like any other: its captured_at says how old it is.
        if (state.snapshot)
            snapshots.append({organization.name, *state.snapshot});
        else
            without.append(organization.name);
    }
    if (leftOut)
        *leftOut = without;
    if (snapshots.isEmpty()) {
        if (error)
            *error = tr("No organization has a snapshot to export yet.");
        return false;
    }
    return SnapshotActions::writeCsvFile(
        path, [&snapshots](CsvSnapshotWriter &writer) { return writer.write(snapshots); }, error);
}

QString OrganizationsExport::proposedFileName() const {
    // The file name is not translated: it names a format, like the CSV's column names.
    return SnapshotActions::proposedFileName(QStringLiteral("all-organizations"), m_clock);
}

void OrganizationsExport::exportWithDialog() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export all organizations to CSV"), QDir(folder).filePath(proposedFileName()),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QStringList leftOut;
    QString error;
    if (!exportTo(path, &leftOut, &error)) {
        QMessageBox::warning(m_window, tr("Export failed"), error);
        return;
    }
    const QString done = tr("Exported to %1").arg(QDir::toNativeSeparators(path));
    // Saying who is missing, so that the file is never taken for all of them when it is not.
    m_statusBar->showMessage(leftOut.isEmpty()
                                 ? done
                                 : tr("%1. Not included, no reading yet: %2")
                                       .arg(done, QLocale().createSeparatedList(leftOut)),
                             leftOut.isEmpty() ? 5'000 : 15'000);
}
