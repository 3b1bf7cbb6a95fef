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

QDateTime parseHttpDate(const QByteArray &value) {
    // asctime pads a one-digit day with a second space ("Nov  6"); simplify it away.
    QString text = QString::fromLatin1(value).simplified();
    // The weekday is redundant, and Qt would check it against the wrong century for RFC 850's
    // two-digit years; drop it: "Sun, " / "Sunday, " / "Sun ".
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return {};
    text.remove(0, space + 1);
    // All three forms RFC 9110 says a recipient must accept, always in GMT and English.
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        "dd-MMM-yy HH:mm:ss 'GMT'",   // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        "MMM d HH:mm:ss yyyy",        // asctime: Sun Nov  6 08:49:37 1994
    };
    const QLocale english = QLocale::c();
    for (const char *format : formats) {
        const QDateTime parsed = english.toDateTime(text, QString::fromLatin1(format));
        if (!parsed.isValid())
            continue;
        QDate date = parsed.date();
        // RFC 850's two-digit year: Qt reads it as 19yy; any date this app will see is 20yy.
        if (date.year() < 1970)
            date = date.addYears(100);
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
    const QDateTime at = parseHttpDate(trimmed);
    if (!at.isValid() || !now.isValid())
        return std::nullopt;
    const std::chrono::milliseconds wait(now.msecsTo(at));
    return std::clamp(wait, std::chrono::milliseconds(0), Maximum);
}
