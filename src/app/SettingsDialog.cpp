#include "app/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "core/api/BaseUrlPolicy.h"
#include "core/display/UsageFormat.h"
#include "core/launch/ProgramLocations.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/ApiKeyRule.h"
#include "core/settings/AppSettings.h"

#include <QCoreApplication>
#include <QPushButton>

#include <algorithm>

namespace {

// An empty field means "no new key" (the stored one, if any, stays); anything typed must pass the
// one key rule.
QString keyProblem(const QString &key) {
    return key.trimmed().isEmpty() ? QString() : ApiKeyRule::problem(key);
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, ApiKeyKeeper &keeper, const Clock &clock,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_keeper(keeper)
    , m_clock(clock)
    , m_autostart(AutostartEntry::defaultFilePath(),
                  ProgramLocations::commandLineFor(QCoreApplication::applicationFilePath())) {
    m_ui->setupUi(this);
    m_testTimings.transferTimeout = std::chrono::milliseconds(15'000);
    m_ui->keyHelpLabel->setText(m_ui->keyHelpLabel->text().arg(m_keeper.keychainName()));
    m_ui->refreshSpin->setRange(0, Defaults::maximumRefreshMinutes * 10);
    m_ui->warningSpin->setRange(0, 1000);
    m_ui->criticalSpin->setRange(0, 1000);
    // Wider than the rule, so that an out-of-range value is explained instead of clamped.
    m_ui->retentionSpin->setRange(0, Defaults::maximumHistoryRetentionDays * 10);
    // The form's size predates the History group: grow to what the wrapped help texts need at
    // this width, since a window does not grow for height-for-width on its own (they were cut).
    resize(width(), std::max(height(), layout()->totalHeightForWidth(width())));

    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(shown ? tr("Hide") : tr("Show"));
        m_ui->showKeyButton->setAccessibleName(shown ? tr("Hide the API key")
                                                     : tr("Show the API key"));
    });
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->advancedGroup, &QGroupBox::toggled, this, &SettingsDialog::validate);
    connect(m_ui->refreshSpin, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_ui->warningSpin, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_ui->criticalSpin, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_ui->retentionSpin, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->removeKeyButton, &QPushButton::clicked, this, &SettingsDialog::removeKey);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(&m_keeper, &ApiKeyKeeper::saved, this, &SettingsDialog::keySaved);
    connect(&m_keeper, &ApiKeyKeeper::removed, this, [this](const SecretResult &result) {
        m_ui->keychainStatusLabel->setText(
            result.ok() ? tr("The key was removed from %1.").arg(m_keeper.keychainName())
                        : tr("Could not remove the key: %1").arg(result.message));
        updateKeyState();
        validate();
    });
    connect(&m_keeper, &ApiKeyKeeper::loaded, this, [this] {
        // A key from the environment is used, never shown.
        if (m_ui->keyEdit->text().isEmpty() && !m_keeper.fromEnvironment())
            m_ui->keyEdit->setText(m_keeper.key());
        updateKeyState();
        validate();
    });

    m_ui->testResultLabel->hide();
    loadFromSettings();
    updateKeyState();
    validate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setAutostartEntry(const AutostartEntry &entry) {
    m_autostart = entry;
    m_ui->launchAtLoginCheck->setChecked(m_autostart.isEnabled());
}

void SettingsDialog::setConnectionTestTimings(const UsageServiceTimings &timings) {
    m_testTimings = timings;
}

void SettingsDialog::loadFromSettings() {
    const QUrl baseUrl = m_settings.storedBaseUrl();
    const bool custom = baseUrl != BaseUrlPolicy::defaultBaseUrl();
    m_ui->advancedGroup->setChecked(custom);
    m_ui->baseUrlEdit->setText(baseUrl.toString());
    // --base-url wins for this session: say so, instead of showing the saved address as if it
    // were the one in use.
    m_ui->sessionBaseUrlLabel->setVisible(m_settings.hasSessionBaseUrl());
    m_ui->sessionBaseUrlLabel->setText(
        tr("In use for this session: %1 (from --base-url). Test connection uses it. The address "
           "under Advanced is saved for starts without --base-url.")
            .arg(m_settings.baseUrl().toDisplayString(QUrl::RemoveUserInfo)));
    m_ui->refreshSpin->setValue(m_settings.refreshIntervalMinutes());
    m_ui->warningSpin->setValue(qRound(m_settings.warningPercent()));
    m_ui->criticalSpin->setValue(qRound(m_settings.criticalPercent()));
    m_ui->retentionSpin->setValue(m_settings.historyRetentionDays());
    m_ui->notificationsCheck->setChecked(m_settings.notificationsEnabled());
    m_ui->startMinimisedCheck->setChecked(m_settings.startMinimised());
    m_ui->closeToTrayCheck->setChecked(m_settings.closeToTray());
    // The file on disk is the truth: the person may have removed it by hand.
    m_ui->launchAtLoginCheck->setChecked(m_autostart.isEnabled());
    if (m_keeper.isLoaded() && !m_keeper.fromEnvironment())
        m_ui->keyEdit->setText(m_keeper.key());
}

QUrl SettingsDialog::effectiveBaseUrl() const {
    if (!m_ui->advancedGroup->isChecked())
        return BaseUrlPolicy::defaultBaseUrl();
    return QUrl(m_ui->baseUrlEdit->text().trimmed());
}

QUrl SettingsDialog::testedBaseUrl() const {
    return m_settings.hasSessionBaseUrl() ? m_settings.baseUrl() : effectiveBaseUrl();
}

QString SettingsDialog::testedKey() const {
    // A key from ALLIUM_API_KEY is in use and never shown; the test uses it as the app does.
    return m_keeper.fromEnvironment() ? m_keeper.key() : m_ui->keyEdit->text();
}

bool SettingsDialog::isValid() const {
    const int warning = m_ui->warningSpin->value();
    return keyProblem(m_ui->keyEdit->text()).isEmpty() &&
           (!m_ui->advancedGroup->isChecked() ||
            BaseUrlPolicy::textProblem(m_ui->baseUrlEdit->text()).isEmpty()) &&
           AppSettings::refreshIntervalProblem(m_ui->refreshSpin->value()).isEmpty() &&
           AppSettings::warningProblem(warning).isEmpty() &&
           AppSettings::criticalProblem(warning, m_ui->criticalSpin->value()).isEmpty() &&
           AppSettings::historyRetentionProblem(m_ui->retentionSpin->value()).isEmpty();
}

void SettingsDialog::showProblem(QLabel *label, const QString &problem) {
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    // Red text says "this field" at a glance; the words carry the meaning for everyone else.
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xef, 0x73, 0x73) : QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
}

void SettingsDialog::validate() {
    const int warning = m_ui->warningSpin->value();
    showProblem(m_ui->keyErrorLabel, keyProblem(m_ui->keyEdit->text()));
    showProblem(m_ui->baseUrlErrorLabel, m_ui->advancedGroup->isChecked()
                                             ? BaseUrlPolicy::textProblem(m_ui->baseUrlEdit->text())
                                             : QString());
    showProblem(m_ui->refreshErrorLabel,
                AppSettings::refreshIntervalProblem(m_ui->refreshSpin->value()));
    showProblem(m_ui->warningErrorLabel, AppSettings::warningProblem(warning));
    showProblem(m_ui->criticalErrorLabel,
                AppSettings::criticalProblem(warning, m_ui->criticalSpin->value()));
    showProblem(m_ui->retentionErrorLabel,
                AppSettings::historyRetentionProblem(m_ui->retentionSpin->value()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(isValid() && !m_saving);
    m_ui->testButton->setEnabled(ApiKeyRule::isAcceptable(testedKey()) && !m_testService);
}

void SettingsDialog::updateKeyState() {
    const bool fromEnvironment = m_keeper.fromEnvironment();
    m_ui->keyEdit->setEnabled(!fromEnvironment && !m_saving);
    m_ui->keyEdit->setPlaceholderText(fromEnvironment
                                          ? tr("In use for this session: from ALLIUM_API_KEY")
                                          : tr("Paste your organization's API key"));
    m_ui->removeKeyButton->setEnabled(!fromEnvironment && m_keeper.hasKey() && !m_saving);
    m_ui->sessionOnlyCheck->setVisible(!m_keeper.keychainAvailable() || m_keeper.sessionOnly());
    if (!m_keeper.keychainAvailable())
        m_ui->sessionOnlyCheck->setChecked(true);
    else if (m_keeper.sessionOnly())
        m_ui->sessionOnlyCheck->setChecked(true);

    QString status;
    if (fromEnvironment) {
        status = tr("In use for this session: the key from the ALLIUM_API_KEY environment "
                    "variable, which wins over the keychain. Test connection uses it. Unset the "
                    "variable to manage the key here.");
    } else if (!m_keeper.keychainAvailable()) {
        status = tr("No system keychain is available, so the key cannot be saved: %1 You can "
                    "use it for this session only.")
                     .arg(m_keeper.keychainProblem());
    } else if (!m_keeper.keychainProblem().isEmpty()) {
        status = m_keeper.keychainProblem();
    } else if (m_keeper.sessionOnly()) {
        status = tr("The key is kept in memory for this session only.");
    } else if (m_keeper.hasKey()) {
        status = tr("The key is stored in %1.").arg(m_keeper.keychainName());
    } else if (!m_keeper.isLoaded()) {
        status = tr("Reading the keychain…");
    }
    m_ui->keychainStatusLabel->setText(status);
    m_ui->keychainStatusLabel->setVisible(!status.isEmpty());
}

void SettingsDialog::testConnection() {
    if (m_testService)
        return;
    m_testService = std::make_unique<UsageService>(m_clock);
    m_testService->setTimings(m_testTimings);
    QString problem;
    if (!m_testService->setBaseUrl(testedBaseUrl(), &problem)) {
        m_ui->testResultLabel->setText(problem);
        m_ui->testResultLabel->show();
        m_testService.reset();
        return;
    }
    m_testService->setApiKey(testedKey());
    const auto finished = [this](const QString &text) {
        m_ui->testResultLabel->setText(text);
        m_ui->testResultLabel->show();
        // Not from inside the service's own signal.
        m_testService.release()->deleteLater();
        validate();
    };
    connect(m_testService.get(), &UsageService::snapshotReceived, this,
            [finished](const UsageSnapshot &snapshot) {
                const UsageFormat format;
                QStringList lines{tr("Connected: the key works.")};
                for (const UnitUsage &unit : snapshot.units)
                    lines.append(format.unitLine(unit));
                finished(lines.join(QLatin1Char('\n')));
            });
    connect(m_testService.get(), &UsageService::refreshFailed, this,
            [finished](const UsageError &error) {
                finished(tr("Failed: %1 %2").arg(error.message, error.advice()).trimmed());
            });
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_ui->testResultLabel->show();
    m_testService->refreshNow();
    validate();
}

void SettingsDialog::removeKey() {
    m_ui->keyEdit->clear();
    m_keeper.remove();
}

void SettingsDialog::saveSettings() {
    m_settings.setBaseUrl(effectiveBaseUrl());
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
        showProblem(m_ui->launchErrorLabel, error);
        return;
    }
    showProblem(m_ui->launchErrorLabel, QString());
    saveSettings();
    emit settingsApplied();

    const QString key = m_ui->keyEdit->text().trimmed();
    const bool sessionOnly =
        m_ui->sessionOnlyCheck->isVisible() && m_ui->sessionOnlyCheck->isChecked();
    const bool keyChanged = key != m_keeper.key() || sessionOnly != m_keeper.sessionOnly();
    if (m_keeper.fromEnvironment() || key.isEmpty() || !keyChanged) {
        QDialog::accept();
        return;
    }
    // The dialog stays open until the keychain answers, so a failure can be shown and fixed.
    m_saving = true;
    m_ui->keychainStatusLabel->setText(tr("Saving the key…"));
    m_ui->keychainStatusLabel->setVisible(true);
    updateKeyState();
    validate();
    m_keeper.save(key, sessionOnly);
}

void SettingsDialog::keySaved(const SecretResult &result) {
    if (!m_saving)
        return;
    m_saving = false;
    updateKeyState();
    validate();
    if (result.ok()) {
        QDialog::accept();
        return;
    }
    m_ui->keychainStatusLabel->setText(tr("The key was not saved: %1").arg(result.message));
    m_ui->keychainStatusLabel->setVisible(true);
}
