// The sentences of the dashboard header and status bar, built from a snapshot and the injected
// clock: the cadence, the periods as local dates, the countdown to the reset, "Updated 2 minutes
// ago", the next refresh and the plain-text summary that "Copy summary" puts on the clipboard.
#pragma once

#include "core/display/UsageFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

class Clock;
struct UsageSnapshot;

class DashboardText final {
    Q_DECLARE_TR_FUNCTIONS(DashboardText)

public:
    // Dates are shown in timeZone (the system's by default; tests pass UTC).
    explicit DashboardText(const Clock &clock, const QLocale &locale = QLocale(),
                           const QTimeZone &timeZone = QTimeZone::systemTimeZone());

    const UsageFormat &format() const { return m_format; }

    // "Monthly allocation", "Annual allocation — consumption is cumulative over the year",
    // "Trial: no periodic allocation", or "Allocation: quarterly" for a word we do not know.
    QString cadence(const UsageSnapshot &snapshot) const;
    // "Billing period: 1 Apr 2026 – 30 Apr 2026" (the API's end is exclusive: the last day shown
    // is the day before it).
    QString billingPeriod(const UsageSnapshot &snapshot) const;
    // "Allocation period: ...", or empty when the API sent none.
    QString allocationPeriod(const UsageSnapshot &snapshot) const;
    // "Resets in 6 days, on 1 May", "Resets in 5 hours, on 1 May"; for a plan without an
    // allocation period "Billing period ends in 6 days, on 1 May". Empty once the period is over
    // (endedPeriod() then speaks).
    QString resetCountdown(const UsageSnapshot &snapshot) const;
    // "The API reports the period 1–30 Apr 2026, which ended 7 months ago; the figures may be out
    // of date." Empty while the period runs.
    QString endedPeriod(const UsageSnapshot &snapshot) const;
    // "Updated just now", "Updated 2 minutes ago", "Updated 3 hours ago", "Updated 2 days ago".
    QString updatedAgo(const QDateTime &receivedAt) const;
    // "Next refresh in 4 minutes", "Next refresh in 30 seconds", "Refreshing…"; empty when invalid.
    QString nextRefresh(const QDateTime &at) const;
    // Several lines of plain text: header, periods, countdown, one line per unit, capture time.
    QString summary(const UsageSnapshot &snapshot) const;

    // "1 May" (the year only when it is not the current one: "1 Jan 2027") and "1 May 2026", in
    // the display time zone.
    QString shortDate(const QDateTime &moment) const;
    // The same rule for a date already in local time, given today's: "1 May", or "1 Jan 2027".
    static QString shortDate(const QDate &date, const QDate &today, const QLocale &locale);
    QString longDate(const QDateTime &moment) const;
    // "1 May 09:30" (with the year when it is not this one): a date and a time to the minute.
    QString dateAndTime(const QDateTime &moment) const;
    // "1–30 Apr 2026", "1 Jan – 31 Dec 2026", "1 Dec 2025 – 30 Nov 2026": a period as its first
    // and last day. Every period on screen (the header, the over-time period picker, an ended
    // period) goes through here, so they all read the same.
    QString period(const QDateTime &start, const QDateTime &endExclusive) const;

private:
    QDate localDate(const QDateTime &moment) const;

    const Clock &m_clock;
    UsageFormat m_format;
    QTimeZone m_timeZone;
};
