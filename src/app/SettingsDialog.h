// The Settings dialog, in tabs that fit a small screen: the organizations (each with its name, API
// key, address and Test connection), refresh interval, thresholds and history, and desktop
// behaviour. Each invalid value is explained next to its field and OK stays disabled until all
// are fixed; the organizations' edits are carried out on OK, and the dialog stays open to say
// what failed, if anything did.
#pragma once

#include "core/api/UsageService.h"
#include "core/desktop/AutostartEntry.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

class AppSettings;
class Clock;
class HistoryStore;
class OrganizationEdits;
class OrganizationKeys;
class OrganizationsPage;

class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // history may be null: removing an organization then deletes no readings.
    SettingsDialog(AppSettings &settings, OrganizationKeys &keys, HistoryStore *history,
                   const Clock &clock, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Where "Launch at login" writes; the real autostart folder unless a test says otherwise.
    void setAutostartEntry(const AutostartEntry &entry);
    // The connection test's timeouts; tests shorten them.
    void setConnectionTestTimings(const UsageServiceTimings &timings);

    OrganizationsPage &organizationsPage() const { return *m_page; }
    OrganizationEdits &edits() const { return *m_edits; }
    // True when every field holds an acceptable value (what enables OK).
    bool isValid() const;

public slots:
    void accept() override;

signals:
    // The settings were saved; the app re-reads them (interval, thresholds, tray).
    void settingsApplied();

private:
    void loadFromSettings();
    void validate();
    void saveSettings();
    void applied(bool ok, const QString &problem);
    void fitToScreen();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings &m_settings;
    std::unique_ptr<OrganizationEdits> m_edits;
    OrganizationsPage *m_page;
    AutostartEntry m_autostart;
    bool m_saving = false;
};
