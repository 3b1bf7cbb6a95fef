// Where a chart's time axis puts its ticks and what they say: whole hours, midnights, Mondays or
// the first of a month, as many as fit and no more, so that an annual period reads "Jan, Feb,
// Mar" instead of "15 Mar, 27 May, 8 Aug" and a narrow chart never crowds its labels.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

struct TimeTick {
    qint64 msecs = 0; // milliseconds since the epoch
    QString label;

    bool operator==(const TimeTick &other) const {
        return msecs == other.msecs && label == other.label;
    }
};

class TimeTicks final {
    Q_DECLARE_TR_FUNCTIONS(TimeTicks)

public:
    // Ticks within [start, end], both included, in the finest of these steps that gives at most
    // maxTicks: 1, 2, 3, 6 or 12 hours; 1 or 2 days; a week (Mondays); 1, 2, 3 or 6 months; a
    // year. Placed and labelled in timeZone.
    static QList<TimeTick> between(const QDateTime &start, const QDateTime &end, int maxTicks,
                                   const QLocale &locale = QLocale(),
                                   const QTimeZone &timeZone = QTimeZone::systemTimeZone());
    // How many labels of about this many characters fit in a width of pixels, at charWidth
    // pixels a character (at least 2).
    static int fitting(int pixels, int charWidth, int labelChars = 7);
};
