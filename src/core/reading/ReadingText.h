// The sentences every view says about the current reading, from its ReadingState: how fresh the
// figures are, when the next refresh or retry is, what the header says about the period, what the
// error banner advises (and which button goes with it), the empty page and the copied summary.
// One wording for the window, the tray and the exporter, so they can never contradict each other.
#pragma once

#include "core/display/DashboardText.h"
#include "core/reading/ReadingState.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTimeZone>

class Clock;

class ReadingText final {
    Q_DECLARE_TR_FUNCTIONS(ReadingText)

public:
    // The one action that goes with a banner's advice: the advice never suggests what the button
    // row does not offer.
    enum class BannerAction { None, OpenSettings, TryAgain };

    explicit ReadingText(const Clock &clock, const QLocale &locale = QLocale(),
                         const QTimeZone &timeZone = QTimeZone::systemTimeZone());

    const DashboardText &dashboard() const { return m_text; }

    // How old the figures are: "Updated 2 minutes ago"; "Recorded reading of 24 Apr 05:27 (2 hours
    // ago), not refreshed yet"; "Stale: last updated 24 Apr 05:27 (3 hours ago)"; "No data yet".
    QString freshness(const ReadingState &state) const;
    // What happens next: "Next refresh in 4 minutes", "Retrying in 12 s" (a quiet retry after a
    // transient failure), "Refreshing…", "Retrying now…"; empty when nothing is scheduled.
    QString schedule(const ReadingState &state) const;
    // Under the header: the countdown to the reset, or that the reported period has ended.
    QString periodNote(const ReadingState &state) const;

    // Whether the error banner shows: only for a failure that settled (not transient, or retries
    // ran out); a quiet retry is said by schedule() instead.
    static bool showsBanner(const ReadingState &state);
    static BannerAction bannerAction(const ReadingState &state);
    // What to do about the banner's error, including when the app tries again by itself.
    QString bannerAdvice(const ReadingState &state) const;

    // The page shown while there is no snapshot to show: a title and a sentence.
    QString emptyTitle(const ReadingState &state) const;
    QString emptyText(const ReadingState &state) const;

    // The plain text "Copy summary" puts on the clipboard: the figures, and whether they are demo
    // data, stale or of an ended period. Empty without a snapshot.
    QString summary(const ReadingState &state) const;

private:
    const Clock &m_clock;
    DashboardText m_text;
};
