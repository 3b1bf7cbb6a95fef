#include "app/dashboard/RefreshProblemBanner.h"

#include "app/theme/LevelColors.h"
#include "app/widgets/TextLabel.h"
#include "core/reading/ReadingText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

RefreshProblemBanner::RefreshProblemBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new TextLabel(this))
    , m_message(new TextLabel(this))
    , m_advice(new TextLabel(this))
    , m_settings(new QPushButton(tr("Open &Settings…"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_dismiss(new QToolButton(this)) {
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Refresh problem"));
    m_icon->setObjectName(QStringLiteral("errorIcon"));
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_advice->setObjectName(QStringLiteral("errorAdvice"));
    m_advice->setWordWrap(true);
    m_settings->setObjectName(QStringLiteral("errorSettingsButton"));
    m_retry->setObjectName(QStringLiteral("errorRetryButton"));
    m_dismiss->setObjectName(QStringLiteral("errorDismissButton"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the refresh problem"));

    auto *words = new QVBoxLayout;
    words->addWidget(m_message);
    words->addWidget(m_advice);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(words, 1);
    layout->addWidget(m_settings, 0, Qt::AlignVCenter);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);

    connect(m_settings, &QPushButton::clicked, this, &RefreshProblemBanner::settingsRequested);
    connect(m_retry, &QPushButton::clicked, this, &RefreshProblemBanner::retryRequested);
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        m_dismissed = m_shown;
        hide();
    });
    applyColours();
    hide();
}

void RefreshProblemBanner::showState(const ReadingState &state, const ReadingText &text) {
    if (!state.error) {
        m_dismissed.reset(); // a success: the next error gets its banner again
        m_shown.reset();
    } else {
        m_shown = std::make_pair(state.error->kind, state.error->message);
    }
    if (!ReadingText::showsBanner(state) || (m_dismissed && m_dismissed == m_shown)) {
        hide();
        return;
    }
    m_message->setText(state.error->message);
    const ReadingText::BannerAction action = ReadingText::bannerAction(state);
    m_settings->setVisible(action == ReadingText::BannerAction::OpenSettings);
    m_retry->setVisible(action == ReadingText::BannerAction::TryAgain);
    // Try again follows the same rule as Refresh: not while a refresh is on its way.
    m_retry->setEnabled(state.canRefresh());
    showAdvice(state, text);
    show();
}

void RefreshProblemBanner::showAdvice(const ReadingState &state, const ReadingText &text) {
    const QString advice = text.bannerAdvice(state);
    m_advice->setText(advice);
    m_advice->setVisible(!advice.isEmpty());
}

void RefreshProblemBanner::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
    QFrame::changeEvent(event);
}

void RefreshProblemBanner::applyColours() {
    // Set on the banner only when it differs, or the change would come back here forever.
    QPalette tinted = parentWidget() ? parentWidget()->palette() : palette();
    tinted.setColor(QPalette::Window,
                    LevelColors::tint(LevelColors::forLevel(UsageLevel::Critical, tinted), tinted));
    if (tinted.color(QPalette::Window) != palette().color(QPalette::Window)) {
        setPalette(tinted);
        setAutoFillBackground(true);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
}
