// Any bytes as a Retry-After header, against a few "now"s: the wait is never negative and never
// beyond RetryAfter::Maximum, whatever the date or number.
#include "FuzzCheck.h"
#include "core/api/RetryAfter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const QDateTime nows[] = {
        QDateTime(QDate(2026, 4, 15), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2099, 12, 31), QTime(23, 59, 59), Qt::UTC),
        QDateTime(),
    };
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QDateTime &now : nows) {
        const auto wait = RetryAfter::parse(value, now);
        if (!wait)
            continue;
        FUZZ_CHECK(wait->count() >= 0, "a wait is never negative");
        FUZZ_CHECK(*wait <= RetryAfter::Maximum, "a wait is capped");
    }
    return 0;
}
