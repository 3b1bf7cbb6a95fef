#include "core/display/DashboardText.h"

#include "core/Clock.h"
#include "core/api/ServerText.h"
#include "core/api/UsageSnapshot.h"

#include <QStringList>

#include <algorithm>

namespace {

constexpr qint64 secondsPerMinute = 60;
constexpr qint64 secondsPerHour = 60 * secondsPerMinute;
constexpr qint64 secondsPerDay = 24 * secondsPerHour;

} // namespace

DashboardText::DashboardText(const Clock &clock, const QLocale &locale, const QTimeZone &timeZone)
    : m_clock(clock)
    , m_format(locale)
    , m_timeZone(timeZone.isValid() ? timeZone : QTimeZone::utc()) {}

QString DashboardText::cadence(const UsageSnapshot &snapshot) const {
    switch (snapshot.cadence()) {
    case AllocationCadence::Monthly:
        return tr("Monthly allocation");
    case AllocationCadence::Annual:
        // The API documents that consumed_amounts is then the total since the start of the year.
        return tr("Annual allocation — consumption is cumulative over the year");
    case AllocationCadence::None:
        return tr("Trial: no periodic allocation");
    case AllocationCadence::Unknown:
        break;
    }
    return tr("Allocation: %1").arg(ServerText::displayable(snapshot.cadenceText));
}

QString DashboardText::billingPeriod(const UsageSnapshot &snapshot) const {
    return tr("Billing period: %1")
        .arg(period(snapshot.billingPeriodStart, snapshot.billingPeriodEnd));
}

QString DashboardText::allocationPeriod(const UsageSnapshot &snapshot) const {
    if (!snapshot.hasAllocationPeriod())
        return {};
    return tr("Allocation period: %1")
        .arg(period(snapshot.allocationPeriodStart, snapshot.allocationPeriodEnd));
}

QString DashboardText::resetCountdown(const UsageSnapshot &snapshot) const {
    const QDateTime reset = snapshot.nextReset();
    if (!reset.isValid())
        return {};
    const QString on = shortDate(reset);
    const qint64 left = m_clock.now().secsTo(reset);
    if (left <= 0)
        return tr("Reset due on %1").arg(on);
    if (left >= 2 * secondsPerDay)
        return tr("Resets in %1 days, on %2").arg(left / secondsPerDay).arg(on);
    if (left >= secondsPerDay)
        return tr("Resets in 1 day, on %1").arg(on);
    if (left >= 2 * secondsPerHour)
        return tr("Resets in %1 hours, on %2").arg(left / secondsPerHour).arg(on);
    if (left >= secondsPerHour)
        return tr("Resets in 1 hour, on %1").arg(on);
    const qint64 minutes = std::max<qint64>(1, left / secondsPerMinute);
    if (minutes == 1)
        return tr("Resets in 1 minute, on %1").arg(on);
    return tr("Resets in %1 minutes, on %2").arg(minutes).arg(on);
}

QString DashboardText::updatedAgo(const QDateTime &receivedAt) const {
    if (!receivedAt.isValid())
        return tr("Not updated yet");
    const qint64 ago = std::max<qint64>(0, receivedAt.secsTo(m_clock.now()));
    if (ago < secondsPerMinute)
        return tr("Updated just now");
    if (ago < 2 * secondsPerMinute)
        return tr("Updated 1 minute ago");
    if (ago < secondsPerHour)
        return tr("Updated %1 minutes ago").arg(ago / secondsPerMinute);
    if (ago < 2 * secondsPerHour)
        return tr("Updated 1 hour ago");
    if (ago < secondsPerDay)
        return tr("Updated %1 hours ago").arg(ago / secondsPerHour);
    if (ago < 2 * secondsPerDay)
        return tr("Updated 1 day ago");
    return tr("Updated %1 days ago").arg(ago / secondsPerDay);
}

QString DashboardText::nextRefresh(const QDateTime &at) const {
    if (!at.isValid())
        return {};
    const qint64 left = m_clock.now().secsTo(at);
    if (left <= 0)
        return tr("Refreshing…");
    if (left < secondsPerMinute)
        return tr("Next refresh in %1 s").arg(left);
    // Round up, so that "in 1 minute" is never shown for a refresh 90 seconds away.
    const qint64 minutes = (left + secondsPerMinute - 1) / secondsPerMinute;
    if (minutes == 1)
        return tr("Next refresh in 1 minute");
    return tr("Next refresh in %1 minutes").arg(minutes);
}

QString DashboardText::summary(const UsageSnapshot &snapshot) const {
    QStringList lines;
    lines << tr("Allium usage — %1").arg(cadence(snapshot));
    lines << billingPeriod(snapshot);
    const QString allocation = allocationPeriod(snapshot);
    if (!allocation.isEmpty())
        lines << allocation;
    const QString countdown = resetCountdown(snapshot);
    if (!countdown.isEmpty())
        lines << countdown;
    for (const UnitUsage &unit : snapshot.units) {
        const QString over = m_format.overBy(unit);
        lines << (over.isEmpty() ? m_format.unitLine(unit)
                                 : tr("%1 — %2").arg(m_format.unitLine(unit), over));
    }
    if (snapshot.units.isEmpty())
        lines << tr("No units reported");
    if (snapshot.receivedAt.isValid())
        lines << tr("Captured %1").arg(dateAndTime(snapshot.receivedAt));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString DashboardText::shortDate(const QDateTime &moment) const {
    //: Day and short month, e.g. "1 May"; a QDate format string
    return m_format.locale().toString(localDate(moment), tr("d MMM"));
}

QString DashboardText::longDate(const QDateTime &moment) const {
    //: Day, short month and year, e.g. "1 May 2026"; a QDate format string
    return m_format.locale().toString(localDate(moment), tr("d MMM yyyy"));
}

QString DashboardText::dateAndTime(const QDateTime &moment) const {
    // The locale's short time, minus seconds where it has them (the C locale's is HH:mm:ss).
    QString timeFormat = m_format.locale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    const QTime time = moment.toTimeZone(m_timeZone).time();
    return tr("%1 %2").arg(longDate(moment), m_format.locale().toString(time, timeFormat));
}

QString DashboardText::period(const QDateTime &start, const QDateTime &endExclusive) const {
    if (!start.isValid() || !endExclusive.isValid())
        return tr("unknown");
    // The end is the first instant of the next period; people expect the last day of this one.
    const QDateTime lastMoment = endExclusive > start ? endExclusive.addMSecs(-1) : endExclusive;
    return tr("%1 – %2").arg(longDate(start), longDate(lastMoment));
}

QDate DashboardText::localDate(const QDateTime &moment) const {
    return moment.toTimeZone(m_timeZone).date();
}
