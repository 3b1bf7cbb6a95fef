// The banner for a refresh failure worth one (ReadingText::showsBanner): the message, what to do,
// and the one button that goes with the advice (Open Settings or Try again, none while the server
// asked to wait). Dismissed, it stays away until another error comes or a refresh succeeds.
#pragma once

#include "core/api/UsageError.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class ReadingText;
struct ReadingState;

class RefreshProblemBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshProblemBanner)

public:
    explicit RefreshProblemBanner(QWidget *parent = nullptr);

    // Shows or hides the banner for the state; the advice is worded by text.
    void showState(const ReadingState &state, const ReadingText &text);
    // The advice alone, which counts down (the retry time).
    void showAdvice(const ReadingState &state, const ReadingText &text);
    // Another reading (another organization) is shown: an error dismissed for the previous one
    // is not dismissed for this one.
    void forgetDismissed() { m_dismissed.reset(); }

signals:
    void settingsRequested();
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_icon;
    QLabel *m_message;
    QLabel *m_advice;
    QPushButton *m_settings;
    QPushButton *m_retry;
    QToolButton *m_dismiss;
    // The error the person dismissed: its banner stays away until another comes.
    std::optional<std::pair<UsageErrorKind, QString>> m_dismissed;
    std::optional<std::pair<UsageErrorKind, QString>> m_shown;
};
