#include "core/api/RetryAfter.h"

#include <QLocale>

#include <algorithm>

namespace {

std::optional<std::chrono::milliseconds> parseSeconds(const QByteArray &value) {
    if (value.isEmpty() ||
        !std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    // Beyond 12 digits the wait is longer than any cap; don't risk overflowing on the way there.
    if (value.size() > 12)
        return RetryAfter::Maximum;
    const std::chrono::milliseconds wait = std::chrono::seconds(value.toLongLong());
    return std::min(wait, RetryAfter::Maximum);
}

// RFC 9110's rule for RFC 850's two-digit years: the year with those last two digits that is not
// more than 50 years after now.
int fullYear(int twoDigits, const QDateTime &now) {
    const int thisYear = now.isValid() ? now.date().year() : 2000;
    int year = thisYear - thisYear % 100 + twoDigits;
    if (year > thisYear + 50)
        year -= 100;
    return year;
}

QDateTime parseHttpDate(const QByteArray &value, const QDateTime &now) {
    // asctime pads a one-digit day with a second space ("Nov  6"); simplify it away.
    QString text = QString::fromLatin1(value).simplified();
    // The weekday is redundant, and Qt would check it against the wrong century for RFC 850's
    // two-digit years; drop it: "Sun, " / "Sunday, " / "Sun ".
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return {};
    text.remove(0, space + 1);
    // All three forms RFC 9110 says a recipient must accept, always in GMT and English.
    struct Form {
        const char *format;
        bool twoDigitYear;
    };
    static const Form forms[] = {
        {"dd MMM yyyy HH:mm:ss 'GMT'", false}, // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        {"dd-MMM-yy HH:mm:ss 'GMT'", true},    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        {"MMM d HH:mm:ss yyyy", false},        // asctime: Sun Nov  6 08:49:37 1994
    };
    const QLocale english = QLocale::c();
    for (const Form &form : forms) {
        const QDateTime parsed = english.toDateTime(text, QString::fromLatin1(form.format));
        if (!parsed.isValid())
            continue;
        QDate date = parsed.date();
        // Only RFC 850 has two-digit years (Qt reads them as 19yy). A four-digit year is taken
        // as written: a date before 1970 is simply in the past, not a wait of decades.
        if (form.twoDigitYear)
            date = QDate(fullYear(date.year() % 100, now), date.month(), date.day());
        if (!date.isValid())
            return {};
        return QDateTime(date, parsed.time(), Qt::UTC);
    }
    return {};
}

} // namespace

std::optional<std::chrono::milliseconds> RetryAfter::parse(const QByteArray &value,
                                                           const QDateTime &now) {
    const QByteArray trimmed = value.trimmed();
    if (auto seconds = parseSeconds(trimmed))
        return seconds;
    const QDateTime at = parseHttpDate(trimmed, now);
    if (!at.isValid() || !now.isValid())
        return std::nullopt;
    const std::chrono::milliseconds wait(now.msecsTo(at));
    return std::clamp(wait, std::chrono::milliseconds(0), Maximum);
}
