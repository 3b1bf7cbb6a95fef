#include "core/reading/ReadingText.h"

#include "core/Clock.h"
#include "core/display/RelativeTime.h"

namespace {

bool needsSettings(UsageErrorKind kind) {
    return kind == UsageErrorKind::Unauthorized || kind == UsageErrorKind::Forbidden ||
           kind == UsageErrorKind::Configuration;
}

} // namespace

ReadingText::ReadingText(const Clock &clock, const QLocale &locale, const QTimeZone &timeZone)
    : m_clock(clock)
    , m_text(clock, locale, timeZone) {}

QString ReadingText::freshness(const ReadingState &state) const {
    if (!state.snapshot)
        return tr("No data yet");
    const QDateTime at = state.receivedAt();
    const QString ago = RelativeTime::ago(at, m_clock.now());
    switch (state.freshness) {
    case ReadingState::Freshness::None:
    case ReadingState::Freshness::Current:
        break;
    case ReadingState::Freshness::Restored:
        //: %1 date and time, %2 e.g. "2 hours ago"
        return tr("Recorded reading of %1 (%2), not refreshed yet")
            .arg(m_text.dateAndTime(at), ago);
    case ReadingState::Freshness::Stale:
        //: %1 date and time, %2 e.g. "3 hours ago"
        return tr("Stale: last updated %1 (%2)").arg(m_text.dateAndTime(at), ago);
    }
    return m_text.updatedAgo(at);
}

QString ReadingText::schedule(const ReadingState &state) const {
    if (!state.hasSource)
        return {};
    const bool retrying = state.errorStatus == ReadingState::ErrorStatus::Retrying;
    if (state.busy)
        return retrying ? tr("Retrying now…") : tr("Refreshing…");
    if (!state.nextRefreshAt.isValid())
        return {};
    if (retrying) {
        const QString in = RelativeTime::soon(m_clock.now(), state.nextRefreshAt);
        //: %1 is e.g. "in 12 s"; said after a failure that the app retries by itself
        return in.isEmpty() ? tr("Retrying now…") : tr("Retrying %1").arg(in);
    }
    return m_text.nextRefresh(state.nextRefreshAt);
}

QString ReadingText::periodNote(const ReadingState &state) const {
    if (!state.snapshot)
        return {};
    // From the clock, like the countdown beside it, so the two can never disagree between the
    // period's end and the reading's next change.
    const QString ended = m_text.endedPeriod(*state.snapshot);
    return ended.isEmpty() ? m_text.resetCountdown(*state.snapshot) : ended;
}

bool ReadingText::showsBanner(const ReadingState &state) {
    return state.error && state.errorStatus == ReadingState::ErrorStatus::Settled;
}

ReadingText::BannerAction ReadingText::bannerAction(const ReadingState &state) {
    if (!showsBanner(state))
        return BannerAction::None;
    if (needsSettings(state.error->kind))
        return BannerAction::OpenSettings;
    // The server asked to wait: a button that ignores that would only earn another 429.
    if (state.error->kind == UsageErrorKind::RateLimited && state.nextRefreshAt.isValid() &&
        !state.busy)
        return BannerAction::None;
    return state.hasSource ? BannerAction::TryAgain : BannerAction::None;
}

QString ReadingText::bannerAdvice(const ReadingState &state) const {
    if (!showsBanner(state))
        return {};
    const UsageError &error = *state.error;
    if (needsSettings(error.kind))
        return error.advice();
    if (state.busy)
        return tr("Trying again…");
    QString advice = error.advice();
    if (error.isTransient() && state.failuresInARow > 1) {
        //: %1 is how many attempts in a row failed
        advice = tr("%1 %n attempts in a row failed.", nullptr, state.failuresInARow).arg(advice);
    }
    const QString in = RelativeTime::soon(m_clock.now(), state.nextRefreshAt);
    if (!in.isEmpty()) {
        //: %1 the advice, %2 e.g. "in 4 minutes"
        advice = tr("%1 The app tries again %2.").arg(advice, in);
    }
    return advice;
}

QString ReadingText::emptyTitle(const ReadingState &state) const {
    if (!state.hasSource)
        return tr("No API key is set");
    if (showsBanner(state))
        return tr("No usage data yet");
    return state.demo ? tr("Fetching demo data…") : tr("Fetching usage…");
}

QString ReadingText::emptyText(const ReadingState &state) const {
    if (!state.hasSource) {
        return tr("Enter an API key of your organization in Settings (in the Allium app: "
                  "Settings > API Keys), or look around with demo data.");
    }
    if (showsBanner(state))
        return tr("The first refresh failed. The message above says what to do.");
    if (state.error && state.errorStatus == ReadingState::ErrorStatus::Retrying) {
        //: %1 the error message, %2 e.g. "Retrying in 12 s"
        return tr("The first attempt failed: %1 %2.").arg(state.error->message, schedule(state));
    }
    return tr("The dashboard appears as soon as the first reading arrives.");
}

QString ReadingText::summary(const ReadingState &state) const {
    if (!state.snapshot)
        return {};
    QString text = m_text.summary(*state.snapshot);
    if (state.freshness == ReadingState::Freshness::Stale && state.error)
        text += tr("Stale: the last refresh failed (%1)\n").arg(state.error->message);
    else if (state.freshness == ReadingState::Freshness::Restored)
        text += tr("Stale: a recorded reading, not refreshed yet\n");
    if (state.demo)
        text.prepend(tr("Demo data, not a real organization's usage\n"));
    return text;
}
