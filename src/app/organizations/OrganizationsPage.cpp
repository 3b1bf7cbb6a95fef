#include "app/organizations/OrganizationsPage.h"

#include "ui_OrganizationsPage.h"

#include "core/api/BaseUrlPolicy.h"
#include "core/display/UsageFormat.h"
#include "core/organizations/OrganizationEdits.h"
#include "core/organizations/OrganizationKeys.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/ApiKeyRule.h"
#include "core/settings/AppSettings.h"

#include <QEvent>
#include <QMessageBox>
#include <QScrollBar>

OrganizationsPage::OrganizationsPage(OrganizationEdits &edits, OrganizationKeys &keys,
                                     AppSettings &settings, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrganizationsPage>())
    , m_edits(edits)
    , m_keys(keys)
    , m_settings(settings)
    , m_clock(clock) {
    m_ui->setupUi(this);
    m_testTimings.transferTimeout = std::chrono::milliseconds(15'000);
    // Arrows need no icon theme; add and remove take the theme's where there is one.
    m_ui->moveUpButton->setArrowType(Qt::UpArrow);
    m_ui->moveDownButton->setArrowType(Qt::DownArrow);
    for (const auto &[button, name] : {std::pair{m_ui->addOrganizationButton, "list-add"},
                                       std::pair{m_ui->removeOrganizationButton, "list-remove"}}) {
        const QIcon icon = QIcon::fromTheme(QLatin1String(name));
        if (!icon.isNull()) {
            button->setIcon(icon);
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        }
    }
    // The list wants room for a name, not half the tab.
    m_ui->organizationList->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    // The details scroll up and down only: as wide as their widest row that cannot wrap needs
    // (the key's field and two buttons), whichever rows show, so that nothing is cut off.
    m_ui->details->installEventFilter(this);
    // Room to see that a key is there (and, shown, its start), not two dots.
    m_ui->keyEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    QString keychainName = tr("the system keychain");
    for (const OrganizationEdits::Draft &draft : m_edits.drafts()) {
        if (const ApiKeyKeeper *keeper = m_keys.keeper(draft.organization.id);
            keeper && !draft.organization.isFromEnvironment()) {
            keychainName = keeper->keychainName();
            break;
        }
    }
    m_ui->keyHelpLabel->setText(m_ui->keyHelpLabel->text().arg(keychainName));
    m_ui->testResultLabel->hide();
    m_ui->sessionBaseUrlLabel->setVisible(m_settings.hasSessionBaseUrl());
    m_ui->sessionBaseUrlLabel->setText(
        tr("In use for this session: %1 (from --base-url), for every organization. Test "
           "connection uses it. The address above is saved for starts without --base-url.")
            .arg(m_settings.sessionBaseUrl().toDisplayString(QUrl::RemoveUserInfo)));

    connect(m_ui->organizationList, &QListWidget::currentRowChanged, this,
            &OrganizationsPage::showDraft);
    connect(m_ui->addOrganizationButton, &QToolButton::clicked, this,
            &OrganizationsPage::addOrganization);
    connect(m_ui->removeOrganizationButton, &QToolButton::clicked, this,
            &OrganizationsPage::removeOrganization);
    connect(m_ui->moveUpButton, &QToolButton::clicked, this, [this] { moveOrganization(-1); });
    connect(m_ui->moveDownButton, &QToolButton::clicked, this, [this] { moveOrganization(1); });
    // textChanged, not textEdited, so that a paste or a test's setText counts too; showDraft()
    // filling the fields is not an edit.
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (m_showing)
            return;
        m_edits.rename(currentIndex(), name);
        if (QListWidgetItem *item = m_ui->organizationList->currentItem())
            item->setText(name.trimmed());
        validate();
    });
    const auto keyEdited = [this] {
        if (m_showing)
            return;
        m_edits.setKey(currentIndex(), m_ui->keyEdit->text(),
                       m_ui->sessionOnlyCheck->isVisible() && m_ui->sessionOnlyCheck->isChecked());
        validate();
    };
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, keyEdited);
    connect(m_ui->sessionOnlyCheck, &QCheckBox::toggled, this, keyEdited);
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_showing)
            return;
        m_edits.setBaseUrlText(currentIndex(), text);
        validate();
    });
    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(shown ? tr("Hide") : tr("Show"));
        m_ui->showKeyButton->setAccessibleName(shown ? tr("Hide the API key")
                                                     : tr("Show the API key"));
    });
    connect(m_ui->removeKeyButton, &QToolButton::clicked, this, &OrganizationsPage::removeKey);
    connect(m_ui->testButton, &QPushButton::clicked, this, &OrganizationsPage::testConnection);
    connect(&m_edits, &OrganizationEdits::draftsReset, this, &OrganizationsPage::rebuildList);
    connect(&m_edits, &OrganizationEdits::draftChanged, this, [this](int index) {
        if (index == currentIndex())
            showDraft();
    });
    connect(&m_keys, &OrganizationKeys::loaded, this, [this] { updateKeyState(); });
    rebuildList();
}

OrganizationsPage::~OrganizationsPage() = default;

bool OrganizationsPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_ui->details && event->type() == QEvent::LayoutRequest) {
        m_ui->detailsScroll->setMinimumWidth(
            m_ui->details->minimumSizeHint().width() +
            m_ui->detailsScroll->verticalScrollBar()->sizeHint().width());
    }
    return QWidget::eventFilter(watched, event);
}

void OrganizationsPage::setConnectionTestTimings(const UsageServiceTimings &timings) {
    m_testTimings = timings;
}

int OrganizationsPage::currentIndex() const {
    return m_ui->organizationList->currentRow();
}

void OrganizationsPage::select(int index) {
    m_ui->organizationList->setCurrentRow(index);
}

void OrganizationsPage::setSaving(bool saving) {
    m_saving = saving;
    showDraft();
}

void OrganizationsPage::showProblem(QLabel *label, const QString &problem) {
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    // Red text says "this field" at a glance; the words carry the meaning for everyone else.
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xef, 0x73, 0x73) : QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
}

void OrganizationsPage::rebuildList() {
    const int previous = currentIndex();
    QListWidget *list = m_ui->organizationList;
    const QSignalBlocker blocker(list);
    list->clear();
    for (const OrganizationEdits::Draft &draft : m_edits.drafts()) {
        auto *item = new QListWidgetItem(draft.organization.name.trimmed(), list);
        if (draft.organization.isFromEnvironment()) {
            item->setText(tr("%1 (ALLIUM_API_KEY)").arg(draft.organization.name));
            item->setToolTip(tr("The key of this organization comes from the ALLIUM_API_KEY "
                                "environment variable, for this session only."));
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    list->setCurrentRow(qBound(0, previous, int(list->count()) - 1));
    showDraft();
}

void OrganizationsPage::showDraft() {
    const int index = currentIndex();
    const bool valid = index >= 0 && index < m_edits.drafts().size();
    const bool editable = m_edits.isEditable(index) && !m_saving;
    m_ui->details->setEnabled(valid);
    m_showing = true;
    if (valid) {
        const OrganizationEdits::Draft &draft = m_edits.drafts().at(index);
        if (m_ui->nameEdit->text().trimmed() != draft.organization.name.trimmed())
            m_ui->nameEdit->setText(draft.organization.name);
        // A key from the environment is used, never shown.
        const QString key = draft.organization.isFromEnvironment() ? QString() : draft.key;
        if (m_ui->keyEdit->text() != key)
            m_ui->keyEdit->setText(key);
        if (m_ui->baseUrlEdit->text().trimmed() != draft.baseUrlText)
            m_ui->baseUrlEdit->setText(draft.baseUrlText);
        m_ui->sessionOnlyCheck->setChecked(draft.sessionOnly);
    } else {
        m_ui->nameEdit->clear();
        m_ui->keyEdit->clear();
        m_ui->baseUrlEdit->clear();
    }
    m_showing = false;
    m_ui->nameEdit->setReadOnly(!editable);
    m_ui->baseUrlEdit->setReadOnly(!editable);
    m_ui->testResultLabel->hide();
    updateKeyState();
    validate();
}

void OrganizationsPage::updateKeyState() {
    const int index = currentIndex();
    if (index < 0 || index >= m_edits.drafts().size())
        return;
    const OrganizationEdits::Draft &draft = m_edits.drafts().at(index);
    const ApiKeyKeeper *keeper = m_keys.keeper(draft.organization.id);
    const bool fromEnvironment = draft.organization.isFromEnvironment();
    m_ui->keyEdit->setEnabled(!fromEnvironment && !m_saving);
    m_ui->keyEdit->setPlaceholderText(fromEnvironment
                                          ? tr("In use for this session: from ALLIUM_API_KEY")
                                          : tr("Paste the organization's API key"));
    m_ui->removeKeyButton->setEnabled(!fromEnvironment && !draft.isNew && keeper &&
                                      keeper->hasKey() && !keeper->isBusy() && !m_saving);
    const bool noKeychain = keeper && !keeper->keychainAvailable();
    m_ui->sessionOnlyCheck->setVisible(!fromEnvironment &&
                                       (noKeychain || (keeper && keeper->sessionOnly())));

    QString status;
    if (fromEnvironment) {
        status = tr("In use for this session: the key from the ALLIUM_API_KEY environment "
                    "variable. It is never shown or stored; Test connection uses it. This "
                    "organization is gone once the variable is unset.");
    } else if (!keeper) {
        status.clear(); // a new organization: its key is saved with OK
    } else if (noKeychain) {
        status = tr("No system keychain is available, so the key cannot be saved: %1 You can "
                    "use it for this session only.")
                     .arg(keeper->keychainProblem());
    } else if (!keeper->keychainProblem().isEmpty()) {
        status = keeper->keychainProblem();
    } else if (keeper->sessionOnly()) {
        status = tr("The key is kept in memory for this session only.");
    } else if (keeper->hasKey()) {
        status = tr("The key is stored in %1.").arg(keeper->keychainName());
    } else if (!keeper->isLoaded()) {
        status = tr("Reading the keychain…");
    }
    m_ui->keychainStatusLabel->setText(status);
    m_ui->keychainStatusLabel->setVisible(!status.isEmpty());
}

void OrganizationsPage::validate() {
    const int index = currentIndex();
    showProblem(m_ui->nameErrorLabel, m_edits.nameProblem(index));
    showProblem(m_ui->keyErrorLabel, m_edits.keyProblem(index));
    showProblem(m_ui->baseUrlErrorLabel, m_edits.baseUrlProblem(index));
    const bool editable = m_edits.isEditable(index) && !m_saving;
    int firstEditable = 0;
    while (firstEditable < m_edits.drafts().size() && !m_edits.isEditable(firstEditable))
        ++firstEditable;
    m_ui->addOrganizationButton->setEnabled(!m_saving);
    m_ui->removeOrganizationButton->setEnabled(editable);
    m_ui->moveUpButton->setEnabled(editable && index > firstEditable);
    m_ui->moveDownButton->setEnabled(editable && index + 1 < m_edits.drafts().size());
    m_ui->testButton->setEnabled(ApiKeyRule::isAcceptable(testedKey()) && !m_testService &&
                                 m_edits.baseUrlProblem(index).isEmpty());
    emit edited();
}

void OrganizationsPage::addOrganization() {
    const int index = m_edits.add();
    rebuildList();
    select(index);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void OrganizationsPage::removeOrganization() {
    const int index = currentIndex();
    if (!m_edits.isEditable(index))
        return;
    const OrganizationEdits::Draft &draft = m_edits.drafts().at(index);
    if (!draft.isNew) {
        QMessageBox box(QMessageBox::Question, tr("Remove %1?").arg(draft.organization.name),
                        tr("Remove %1?").arg(draft.organization.name), QMessageBox::Cancel, this);
        box.setInformativeText(
            tr("When you press OK, its API key is deleted from the system keychain and its "
               "recorded readings from the usage history. This cannot be undone."));
        QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    m_edits.remove(index);
}

void OrganizationsPage::moveOrganization(int by) {
    const int index = currentIndex();
    const int moved = m_edits.move(index, index + by);
    rebuildList();
    select(moved);
}

void OrganizationsPage::removeKey() {
    const int index = currentIndex();
    if (!m_edits.isEditable(index))
        return;
    ApiKeyKeeper *keeper = m_keys.keeper(m_edits.drafts().at(index).organization.id);
    if (!keeper)
        return;
    connect(
        keeper, &ApiKeyKeeper::removed, this,
        [this, keeper](const SecretResult &result) {
            updateKeyState();
            m_ui->keychainStatusLabel->setText(
                result.ok() ? tr("The key was removed from %1.").arg(keeper->keychainName())
                            : tr("Could not remove the key: %1").arg(result.message));
            m_ui->keychainStatusLabel->setVisible(true);
        },
        Qt::SingleShotConnection);
    keeper->remove();
    updateKeyState();
}

QUrl OrganizationsPage::testedBaseUrl() const {
    if (m_settings.hasSessionBaseUrl())
        return m_settings.sessionBaseUrl();
    const QString text = m_ui->baseUrlEdit->text().trimmed();
    return text.isEmpty() ? BaseUrlPolicy::defaultBaseUrl() : QUrl(text);
}

QString OrganizationsPage::testedKey() const {
    const int index = currentIndex();
    if (index < 0 || index >= m_edits.drafts().size())
        return QString();
    const OrganizationEdits::Draft &draft = m_edits.drafts().at(index);
    // A key from ALLIUM_API_KEY is in use and never shown; the test uses it as the app does.
    if (draft.organization.isFromEnvironment()) {
        const ApiKeyKeeper *keeper = m_keys.keeper(draft.organization.id);
        return keeper ? keeper->key() : QString();
    }
    return m_ui->keyEdit->text();
}

void OrganizationsPage::testConnection() {
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
