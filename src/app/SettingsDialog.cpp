#include "app/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "app/organizations/OrganizationsPage.h"
#include "core/launch/ProgramLocations.h"
#include "core/organizations/OrganizationEdits.h"
#include "core/settings/AppSettings.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QScreen>

#include <algorithm>

SettingsDialog::SettingsDialog(AppSettings &settings, OrganizationKeys &keys, HistoryStore *history,
                               const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_edits(std::make_unique<OrganizationEdits>(settings.organizations(), keys, history))
    , m_autostart(AutostartEntry::defaultFilePath(),
                  ProgramLocations::commandLineFor(QCoreApplication::applicationFilePath())) {
    m_ui->setupUi(this);
    m_edits->reload();
    m_page = new OrganizationsPage(*m_edits, keys, settings, clock, m_ui->organizationsTab);
    m_ui->organizationsTabLayout->addWidget(m_page);
    // Plain text buttons, as the desktop's own dialogs have: the style's stock icons look dated.
    for (QAbstractButton *button : m_ui->buttonBox->buttons())
        button->setIcon(QIcon());
    m_ui->refreshSpin->setRange(0, Defaults::maximumRefreshMinutes * 10);
    m_ui->warningSpin->setRange(0, 1000);
    m_ui->criticalSpin->setRange(0, 1000);
    // Wider than the rule, so that an out-of-range value is explained instead of clamped.
    m_ui->retentionSpin->setRange(0, Defaults::maximumHistoryRetentionDays * 10);

    connect(m_page, &OrganizationsPage::edited, this, &SettingsDialog::validate);
    connect(m_ui->refreshSpin, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_ui->warningSpin, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_ui->criticalSpin, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_ui->retentionSpin, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_edits.get(), &OrganizationEdits::applied, this, &SettingsDialog::applied);

    loadFromSettings();
    validate();
    fitToScreen();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fitToScreen() {
    // As large as the contents want, but never beyond the screen: a 768-px-high laptop, or
    // 200 % scaling, scrolls the organization's details instead of cutting the buttons off.
    adjustSize();
    const QScreen *screen = parentWidget() ? parentWidget()->screen() : this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    resize(std::min(width(), available.width() * 9 / 10),
           std::min(height(), available.height() * 9 / 10));
}

void SettingsDialog::setAutostartEntry(const AutostartEntry &entry) {
    m_autostart = entry;
    m_ui->launchAtLoginCheck->setChecked(m_autostart.isEnabled());
}

void SettingsDialog::setConnectionTestTimings(const UsageServiceTimings &timings) {
    m_page->setConnectionTestTimings(timings);
}

void SettingsDialog::loadFromSettings() {
    m_ui->refreshSpin->setValue(m_settings.refreshIntervalMinutes());
    m_ui->warningSpin->setValue(qRound(m_settings.warningPercent()));
    m_ui->criticalSpin->setValue(qRound(m_settings.criticalPercent()));
    m_ui->retentionSpin->setValue(m_settings.historyRetentionDays());
    m_ui->notificationsCheck->setChecked(m_settings.notificationsEnabled());
    m_ui->startMinimisedCheck->setChecked(m_settings.startMinimised());
    m_ui->closeToTrayCheck->setChecked(m_settings.closeToTray());
    // The file on disk is the truth: the person may have removed it by hand.
    m_ui->launchAtLoginCheck->setChecked(m_autostart.isEnabled());
}

bool SettingsDialog::isValid() const {
    const int warning = m_ui->warningSpin->value();
    return m_edits->isValid() &&
           AppSettings::refreshIntervalProblem(m_ui->refreshSpin->value()).isEmpty() &&
           AppSettings::warningProblem(warning).isEmpty() &&
           AppSettings::criticalProblem(warning, m_ui->criticalSpin->value()).isEmpty() &&
           AppSettings::historyRetentionProblem(m_ui->retentionSpin->value()).isEmpty();
}

void SettingsDialog::validate() {
    const int warning = m_ui->warningSpin->value();
    OrganizationsPage::showProblem(m_ui->refreshErrorLabel,
                                   AppSettings::refreshIntervalProblem(m_ui->refreshSpin->value()));
    OrganizationsPage::showProblem(m_ui->warningErrorLabel, AppSettings::warningProblem(warning));
    OrganizationsPage::showProblem(
        m_ui->criticalErrorLabel,
        AppSettings::criticalProblem(warning, m_ui->criticalSpin->value()));
    OrganizationsPage::showProblem(m_ui->retentionErrorLabel, AppSettings::historyRetentionProblem(
                                                                  m_ui->retentionSpin->value()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(isValid() && !m_saving);
}

void SettingsDialog::saveSettings() {
    m_settings.setRefreshIntervalMinutes(m_ui->refreshSpin->value());
    m_settings.setThresholds(m_ui->warningSpin->value(), m_ui->criticalSpin->value());
    m_settings.setHistoryRetentionDays(m_ui->retentionSpin->value());
    m_settings.setNotificationsEnabled(m_ui->notificationsCheck->isChecked());
    m_settings.setStartMinimised(m_ui->startMinimisedCheck->isChecked());
    m_settings.setCloseToTray(m_ui->closeToTrayCheck->isChecked());
    m_settings.setLaunchAtLogin(m_ui->launchAtLoginCheck->isChecked());
    m_settings.sync();
}

void SettingsDialog::accept() {
    if (!isValid() || m_saving)
        return;
    QString error;
    if (m_ui->launchAtLoginCheck->isChecked() != m_autostart.isEnabled() &&
        !m_autostart.setEnabled(m_ui->launchAtLoginCheck->isChecked(), &error)) {
        OrganizationsPage::showProblem(m_ui->launchErrorLabel, error);
        m_ui->tabs->setCurrentWidget(m_ui->desktopTab);
        return;
    }
    OrganizationsPage::showProblem(m_ui->launchErrorLabel, QString());
    OrganizationsPage::showProblem(m_ui->applyProblemLabel, QString());
    saveSettings();
    emit settingsApplied();
    // The dialog stays open until the keychain has answered, so a failure can be shown and fixed.
    m_saving = true;
    m_page->setSaving(true);
    validate();
    m_edits->apply();
}

void SettingsDialog::applied(bool ok, const QString &problem) {
    m_saving = false;
    m_page->setSaving(false);
    validate();
    if (ok) {
        QDialog::accept();
        return;
    }
    OrganizationsPage::showProblem(m_ui->applyProblemLabel, problem);
    m_ui->tabs->setCurrentWidget(m_ui->organizationsTab);
}
