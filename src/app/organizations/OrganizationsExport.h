// "Export all organizations…": one CSV file of every organization's latest snapshot, each row led
// by the organization's name (CsvSnapshotWriter's organization file, as --once --all-orgs writes
// it). Offered in the File and tray menus while there are several organizations.
#pragma once

#include <QObject>
#include <QStringList>

class Clock;
class OrganizationReadings;
class QAction;
class QStatusBar;
class QWidget;

class OrganizationsExport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationsExport)

public:
    // Dialogs open over `window`; confirmations go to `statusBar`. `readings` outlives this.
    OrganizationsExport(const OrganizationReadings &readings, const Clock &clock, QWidget *window,
                        QStatusBar *statusBar);

    // Visible with several organizations, enabled once one of them has a snapshot.
    QAction *action() const { return m_action; }

    // Writes every organization that has a snapshot, in the person's order, atomically. Those
    // without one go into `leftOut` by name. False with the reason when nothing could be written.
    bool exportTo(const QString &path, QStringList *leftOut = nullptr,
                  QString *error = nullptr) const;
    // "allium-usage-all-organizations-2026-04-24.csv" for today's date.
    QString proposedFileName() const;

    void exportWithDialog();

private:
    void updateAction();

    const OrganizationReadings &m_readings;
    const Clock &m_clock;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    QAction *m_action;
};
