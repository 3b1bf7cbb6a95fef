#include "core/display/RelativeTime.h"

#include <algorithm>

namespace {

constexpr qint64 secondsPerMinute = 60;
constexpr qint64 secondsPerHour = 60 * secondsPerMinute;
constexpr qint64 secondsPerDay = 24 * secondsPerHour;
// Below this many days an age is counted in days; from there in months, then in years.
constexpr qint64 daysBeforeMonths = 60;
constexpr int monthsBeforeYears = 24;

} // namespace

QString RelativeTime::until(const QDateTime &now, const QDateTime &moment) {
    if (!now.isValid() || !moment.isValid())
        return {};
    const qint64 left = now.secsTo(moment);
    if (left <= 0)
        return {};
    // Hours up to two days: "in 47 hours" says more than "in 1 day".
    if (left >= 2 * secondsPerDay)
        return tr("in %n days", nullptr, int(left / secondsPerDay));
    if (left >= 2 * secondsPerHour)
        return tr("in %n hours", nullptr, int(left / secondsPerHour));
    if (left >= secondsPerHour)
        return tr("in 1 hour");
    const int minutes = int(std::max<qint64>(1, left / secondsPerMinute));
    if (minutes == 1)
        return tr("in 1 minute");
    return tr("in %n minutes", nullptr, minutes);
}

QString RelativeTime::soon(const QDateTime &now, const QDateTime &moment) {
    if (!now.isValid() || !moment.isValid())
        return {};
    const qint64 left = now.secsTo(moment);
    if (left <= 0)
        return {};
    if (left < secondsPerMinute)
        return tr("in %1 s").arg(left);
    const qint64 minutes = (left + secondsPerMinute - 1) / secondsPerMinute;
    if (minutes == 1)
        return tr("in 1 minute");
    if (minutes <= 90)
        return tr("in %n minutes", nullptr, int(minutes));
    return until(now, moment);
}

QString RelativeTime::ago(const QDateTime &moment, const QDateTime &now) {
    const qint64 seconds = std::max<qint64>(0, moment.secsTo(now));
    if (seconds < secondsPerMinute)
        return tr("just now");
    if (seconds < 2 * secondsPerMinute)
        return tr("1 minute ago");
    if (seconds < secondsPerHour)
        return tr("%n minutes ago", nullptr, int(seconds / secondsPerMinute));
    if (seconds < 2 * secondsPerHour)
        return tr("1 hour ago");
    if (seconds < secondsPerDay)
        return tr("%n hours ago", nullptr, int(seconds / secondsPerHour));
    if (seconds < 2 * secondsPerDay)
        return tr("1 day ago");
    if (seconds < daysBeforeMonths * secondsPerDay)
        return tr("%n days ago", nullptr, int(seconds / secondsPerDay));
    const int months = wholeMonthsBetween(moment, now);
    if (months < monthsBeforeYears)
        return tr("%n months ago", nullptr, months);
    return tr("%n years ago", nullptr, months / 12);
}

int RelativeTime::wholeMonthsBetween(const QDateTime &from, const QDateTime &to) {
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const QDate a = from.toUTC().date();
    const QDate b = to.toUTC().date();
    int months = (b.year() - a.year()) * 12 + (b.month() - a.month());
    if (b.day() < a.day())
        --months;
    return std::max(0, months);
}
