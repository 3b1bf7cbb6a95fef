#include "core/display/TimeTicks.h"

#include <algorithm>

namespace {

enum class Unit { Hour, Day, Week, Month, Year };

struct Step {
    Unit unit;
    int count;
};

// The first tick at or after `from` for a step: on a whole hour, a midnight, a Monday, the first
// of a month or of a year, at a multiple of the step counted from the day, month or year.
QDateTime firstTick(const QDateTime &from, const Step &step) {
    const QDate date = from.date();
    const QTimeZone zone = from.timeZone();
    QDateTime tick;
    switch (step.unit) {
    case Unit::Hour: {
        const int hour = from.time().hour() - from.time().hour() % step.count;
        tick = QDateTime(date, QTime(hour, 0), zone);
        break;
    }
    case Unit::Day:
        tick = QDateTime(date.addDays(-((date.day() - 1) % step.count)), QTime(0, 0), zone);
        break;
    case Unit::Week:
        tick = QDateTime(date.addDays(1 - date.dayOfWeek()), QTime(0, 0), zone);
        break;
    case Unit::Month:
        tick = QDateTime(QDate(date.year(), date.month() - (date.month() - 1) % step.count, 1),
                         QTime(0, 0), zone);
        break;
    case Unit::Year:
        tick = QDateTime(QDate(date.year(), 1, 1), QTime(0, 0), zone);
        break;
    }
    return tick;
}

QDateTime nextTick(const QDateTime &tick, const Step &step) {
    switch (step.unit) {
    case Unit::Hour:
        return tick.addSecs(3600LL * step.count);
    case Unit::Day: {
        // Counted from the first of the month, so the 31st does not push the next month's ticks.
        const QDate next = tick.date().addDays(step.count);
        const QDate date = next.month() != tick.date().month() && next.day() != 1
                               ? QDate(next.year(), next.month(), 1)
                               : next;
        return QDateTime(date, QTime(0, 0), tick.timeZone());
    }
    case Unit::Week:
        return QDateTime(tick.date().addDays(7), QTime(0, 0), tick.timeZone());
    case Unit::Month:
        return QDateTime(tick.date().addMonths(step.count), QTime(0, 0), tick.timeZone());
    case Unit::Year:
        return QDateTime(tick.date().addYears(1), QTime(0, 0), tick.timeZone());
    }
    return tick;
}

QString label(const QDateTime &tick, const Step &step, const QLocale &locale) {
    switch (step.unit) {
    case Unit::Hour:
        if (tick.time() == QTime(0, 0))
            //: A day on a chart axis, e.g. "12 Apr"; a QDate format string
            return locale.toString(tick.date(), TimeTicks::tr("d MMM"));
        //: A time of day on a chart axis, e.g. "14:00"; a QTime format string
        return locale.toString(tick.time(), TimeTicks::tr("HH:mm"));
    case Unit::Day:
    case Unit::Week:
        return locale.toString(tick.date(), TimeTicks::tr("d MMM"));
    case Unit::Month:
        if (tick.date().month() == 1)
            //: The first month of a year on a chart axis, e.g. "Jan 2027"; a QDate format string
            return locale.toString(tick.date(), TimeTicks::tr("MMM yyyy"));
        //: A month on a chart axis, e.g. "Mar"; a QDate format string
        return locale.toString(tick.date(), TimeTicks::tr("MMM"));
    case Unit::Year:
        return QString::number(tick.date().year());
    }
    return {};
}

} // namespace

QList<TimeTick> TimeTicks::between(const QDateTime &start, const QDateTime &end, int maxTicks,
                                   const QLocale &locale, const QTimeZone &timeZone) {
    static const Step steps[] = {
        {Unit::Hour, 1},
        {Unit::Hour, 2},
        {Unit::Hour, 3},
        {Unit::Hour, 6},
        {Unit::Hour, 12},
        // Every 10 days before whole months: a month on a narrow chart keeps three dates rather
        // than one month name.
        {Unit::Day, 1},
        {Unit::Day, 2},
        {Unit::Day, 5},
        {Unit::Week, 1},
        {Unit::Day, 10},
        {Unit::Month, 1},
        {Unit::Month, 2},
        {Unit::Month, 3},
        {Unit::Month, 6},
        {Unit::Year, 1},
    };
    if (!start.isValid() || !end.isValid() || end <= start || maxTicks < 1)
        return {};
    const QDateTime from = start.toTimeZone(timeZone);
    const QDateTime to = end.toTimeZone(timeZone);
    for (const Step &step : steps) {
        QList<QDateTime> ticks;
        for (QDateTime tick = firstTick(from, step); tick <= to && ticks.size() <= maxTicks;
             tick = nextTick(tick, step)) {
            if (tick >= from)
                ticks.append(tick);
        }
        const bool last = step.unit == Unit::Year;
        if (ticks.size() > maxTicks && !last)
            continue;
        // Days are counted from each month's first: a 31st is one day before the next month's
        // first, where the two labels would overlap. The month's first stays.
        if (step.unit == Unit::Day && step.count > 1) {
            for (qsizetype i = ticks.size() - 2; i >= 0; --i) {
                if (ticks.at(i).daysTo(ticks.at(i + 1)) * 2 <= step.count)
                    ticks.removeAt(i);
            }
        }
        QList<TimeTick> result;
        for (const QDateTime &tick : ticks)
            result.append({tick.toMSecsSinceEpoch(), label(tick, step, locale)});
        return result;
    }
    return {};
}

int TimeTicks::fitting(int pixels, int charWidth, int labelChars) {
    // A label and a gap of two characters each.
    const int each = std::max(1, charWidth) * (labelChars + 2);
    return std::max(2, pixels / each);
}
