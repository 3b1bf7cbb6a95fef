// Time from now in words, one wording for every view: the window's and the tray's reset
// countdown, the `--once` table, "Updated 2 minutes ago" and "ended 7 months ago". Whole units are
// counted, never rounded up, so a countdown never promises more time than is left.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class RelativeTime final {
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    // "in 6 days", "in 47 hours", "in 1 hour", "in 12 minutes", "in 1 minute"; empty when the
    // moment is invalid or not after now.
    static QString until(const QDateTime &now, const QDateTime &moment);
    // For a refresh or a retry, which is seconds or minutes away: "in 12 s", "in 1 minute", "in 4
    // minutes" (minutes rounded up, so "in 1 minute" never stands for 90 seconds), then as until();
    // empty when the moment is invalid or not after now.
    static QString soon(const QDateTime &now, const QDateTime &moment);
    // "just now", "2 minutes ago", "3 hours ago", "4 days ago", "7 months ago", "2 years ago";
    // a moment after now reads as just now.
    static QString ago(const QDateTime &moment, const QDateTime &now);
    // Whole calendar months from `from` to `to` (UTC dates), 0 when `to` is not later.
    static int wholeMonthsBetween(const QDateTime &from, const QDateTime &to);
};
