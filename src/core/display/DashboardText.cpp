#include "core/display/DashboardText.h"

#include "core/Clock.h"
#include "core/api/ServerText.h"
#include "core/api/UsageSnapshot.h"
#include "core/display/RelativeTime.h"

#include <QStringList>

#include <algorithm>

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
    const QDateTime end = snapshot.periodEnd();
    // Nothing once the period is over: endedPeriod() says that instead of "due now".
    const QString in = RelativeTime::until(m_clock.now(), end);
    if (in.isEmpty())
        return {};
    const QString on = shortDate(end);
    // A trial has no allocation to reset; its consumption counts per billing period.
    if (!snapshot.hasAllocationPeriod())
        //: %1 is e.g. "in 6 days", %2 a date, e.g. "Billing period ends in 6 days, on 1 May"
        return tr("Billing period ends %1, on %2").arg(in, on);
    //: %1 is e.g. "in 6 days", %2 a date, e.g. "Resets in 6 days, on 1 May"
    return tr("Resets %1, on %2").arg(in, on);
}

QString DashboardText::endedPeriod(const UsageSnapshot &snapshot) const {
    const QDateTime now = m_clock.now();
    if (!snapshot.periodEndedBy(now))
        return {};
    //: %1 a period, e.g. "1–30 Apr 2026", %2 e.g. "7 months ago"
    return tr("The API reports the period %1, which ended %2; the figures may be out of date.")
        .arg(period(snapshot.periodStart(), snapshot.periodEnd()),
             RelativeTime::ago(snapshot.periodEnd(), now));
}

QString DashboardText::updatedAgo(const QDateTime &receivedAt) const {
    if (!receivedAt.isValid())
        return tr("Not updated yet");
    //: %1 is e.g. "just now" or "2 minutes ago"
    return tr("Updated %1").arg(RelativeTime::ago(receivedAt, m_clock.now()));
}

QString DashboardText::nextRefresh(const QDateTime &at) const {
    if (!at.isValid())
        return {};
    const QString in = RelativeTime::soon(m_clock.now(), at);
    if (in.isEmpty())
        return tr("Refreshing…");
    //: %1 is e.g. "in 4 minutes" or "in 30 s"
    return tr("Next refresh %1").arg(in);
}

QString DashboardText::summary(const UsageSnapshot &snapshot) const {
    QStringList lines;
    lines << tr("Allium usage — %1").arg(cadence(snapshot));
    lines << billingPeriod(snapshot);
    const QString allocation = allocationPeriod(snapshot);
    if (!allocation.isEmpty())
        lines << allocation;
    const QString countdown = resetCountdown(snapshot);
    const QString ended = endedPeriod(snapshot);
    if (!countdown.isEmpty())
        lines << countdown;
    if (!ended.isEmpty())
        lines << ended;
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
    return shortDate(localDate(moment), localDate(m_clock.now()), m_format.locale());
}

QString DashboardText::shortDate(const QDate &date, const QDate &today, const QLocale &locale) {
    // The year only when it is not this one: "1 May", but "1 Jan 2027" in December 2026.
    if (date.year() != today.year())
        //: Day, short month and year, e.g. "1 May 2026"; a QDate format string
        return locale.toString(date, tr("d MMM yyyy"));
    //: Day and short month, e.g. "1 May"; a QDate format string
    return locale.toString(date, tr("d MMM"));
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
    return tr("%1 %2").arg(shortDate(moment), m_format.locale().toString(time, timeFormat));
}

QString DashboardText::period(const QDateTime &start, const QDateTime &endExclusive) const {
    if (!start.isValid() || !endExclusive.isValid())
        return tr("unknown");
    // The end is the first instant of the next period; people expect the last day of this one.
    const QDateTime lastMoment = endExclusive > start ? endExclusive.addMSecs(-1) : endExclusive;
    const QDate first = localDate(start);
    const QDate last = localDate(lastMoment);
    if (first == last)
        return longDate(start);
    const QLocale &locale = m_format.locale();
    if (first.year() == last.year() && first.month() == last.month()) {
        //: A period within one month, e.g. "1–30 Apr 2026": %1 the first day, %2 the last date
        return tr("%1–%2").arg(
            //: The first day of a period within one month, as in "1–30 Apr 2026"; a QDate format
            locale.toString(first, tr("d", "first day of a period in one month")),
            longDate(lastMoment));
    }
    if (first.year() == last.year()) {
        //: A period within one year, e.g. "1 Jan – 31 Dec 2026"
        return tr("%1 – %2").arg(locale.toString(first, tr("d MMM")), longDate(lastMoment));
    }
    return tr("%1 – %2").arg(longDate(start), longDate(lastMoment));
}

QDate DashboardText::localDate(const QDateTime &moment) const {
    return moment.toTimeZone(m_timeZone).date();
}
