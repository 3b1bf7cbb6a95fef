// The Settings dialog: the API key (kept in the keychain, or for this session only), a connection
// test, refresh interval, thresholds, desktop behaviour and, under Advanced, the base URL. Each
// invalid value is explained next to its field and OK stays disabled until all are fixed.
#pragma once

#include "core/api/UsageService.h"
#include "core/desktop/AutostartEntry.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

class ApiKeyKeeper;
class AppSettings;
class Clock;
class QLabel;
struct SecretResult;

class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(AppSettings &settings, ApiKeyKeeper &keeper, const Clock &clock,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Where "Launch at login" writes; the real autostart folder unless a test says otherwise.
    void setAutostartEntry(const AutostartEntry &entry);
    // The connection test's timeouts; tests shorten them.
    void setConnectionTestTimings(const UsageServiceTimings &timings);

    // True when every field holds an acceptable value (what enables OK).
    bool isValid() const;
    // The base URL the dialog would save: the default unless Advanced is on.
    QUrl effectiveBaseUrl() const;
    // What Test connection uses: what this session uses when --base-url overrides the saved
    // address, else the one in the dialog.
    QUrl testedBaseUrl() const;

public slots:
    void accept() override;

signals:
    // The settings were saved; the app re-reads them (interval, thresholds, base URL, tray).
    void settingsApplied();

private:
    void loadFromSettings();
    void validate();
    void showProblem(QLabel *label, const QString &problem);
    void updateKeyState();
    void testConnection();
    void removeKey();
    void saveSettings();
    void keySaved(const SecretResult &result);
    QString testedKey() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings &m_settings;
    ApiKeyKeeper &m_keeper;
    const Clock &m_clock;
    AutostartEntry m_autostart;
    UsageServiceTimings m_testTimings;
    std::unique_ptr<UsageService> m_testService;
    bool m_saving = false;
};
