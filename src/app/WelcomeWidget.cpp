#include "app/WelcomeWidget.h"

#include "ui_WelcomeWidget.h"

#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/ApiKeyRule.h"

WelcomeWidget::WelcomeWidget(ApiKeyKeeper &keeper, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomeWidget>())
    , m_keeper(keeper) {
    m_ui->setupUi(this);
    m_ui->whereLabel->setText(m_ui->whereLabel->text().arg(m_keeper.keychainName()));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &WelcomeWidget::updateState);
    connect(m_ui->keyEdit, &QLineEdit::returnPressed, this, &WelcomeWidget::save);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &WelcomeWidget::save);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &WelcomeWidget::demoRequested);
    connect(&m_keeper, &ApiKeyKeeper::saved, this, &WelcomeWidget::saved);
    updateState();
}

WelcomeWidget::~WelcomeWidget() = default;

void WelcomeWidget::updateState() {
    const QString text = m_ui->keyEdit->text();
    // Nothing typed yet is no mistake: the rule speaks once there is something to judge.
    const QString problem = text.trimmed().isEmpty() ? QString() : ApiKeyRule::problem(text);
    m_ui->saveButton->setEnabled(!text.trimmed().isEmpty() && problem.isEmpty() && !m_saving);
    m_ui->keyEdit->setEnabled(!m_saving);
    m_ui->sessionOnlyCheck->setVisible(!m_keeper.keychainAvailable());
    if (!problem.isEmpty())
        m_ui->messageLabel->setText(problem);
    else if (!m_saving && !m_keeper.keychainAvailable())
        m_ui->messageLabel->setText(
            tr("No system keychain is available, so the key cannot be saved: %1")
                .arg(m_keeper.keychainProblem()));
    else if (!m_saving)
        m_ui->messageLabel->clear();
}

void WelcomeWidget::save() {
    if (!m_ui->saveButton->isEnabled())
        return;
    m_saving = true;
    m_ui->messageLabel->setText(tr("Saving the key…"));
    updateState();
    m_keeper.save(m_ui->keyEdit->text(),
                  m_ui->sessionOnlyCheck->isVisible() && m_ui->sessionOnlyCheck->isChecked());
}

void WelcomeWidget::saved(const SecretResult &result) {
    if (!m_saving)
        return;
    m_saving = false;
    updateState();
    if (!result.ok()) {
        m_ui->messageLabel->setText(tr("The key was not saved: %1").arg(result.message));
        if (!m_keeper.keychainAvailable())
            m_ui->sessionOnlyCheck->setChecked(true);
    }
    // On success the key is current: the dashboard replaces this view with the first reading.
}
