// Any bytes as a usage response. Beyond "no crash, no sanitizer report": a snapshot holds only
// figures the app can show exactly, and an error message is displayable and bounded.
#include "FuzzCheck.h"
#include "core/api/ServerText.h"
#include "core/api/UsageParser.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const QDateTime receivedAt(QDate(2026, 4, 15), QTime(12, 0), Qt::UTC);
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const UsageParseResult result = UsageParser::parse(body, receivedAt);
    if (!result.ok()) {
        FUZZ_CHECK(!result.error.isEmpty(), "a failure says why");
        FUZZ_CHECK(ServerText::displayable(result.error, -1) == result.error,
                   "an error message holds nothing a terminal would act on");
        FUZZ_CHECK(result.error.size() < 1200, "an error message is bounded");
        return 0;
    }
    const UsageSnapshot &snapshot = *result.snapshot;
    FUZZ_CHECK(snapshot.billingPeriodStart.isValid() && snapshot.billingPeriodEnd.isValid(),
               "the billing period is always there");
    FUZZ_CHECK(snapshot.billingPeriodStart <= snapshot.billingPeriodEnd,
               "no period ends before it starts");
    FUZZ_CHECK(snapshot.receivedAt == receivedAt, "the capture time is ours");
    for (const UnitUsage &unit : snapshot.units) {
        if (unit.consumed)
            FUZZ_CHECK(std::isfinite(*unit.consumed) && *unit.consumed >= 0 &&
                           *unit.consumed <= 9007199254740991.0,
                       "consumed is an exact, non-negative figure");
        if (unit.allocated)
            FUZZ_CHECK(std::isfinite(*unit.allocated) && *unit.allocated >= 0 &&
                           *unit.allocated <= 9007199254740991.0,
                       "allocated is an exact, non-negative figure");
        if (const auto percent = unit.percentUsed())
            FUZZ_CHECK(std::isfinite(*percent), "a percentage is a number");
        const QString label = unit.label();
        FUZZ_CHECK(ServerText::displayable(label, -1) == label, "a label is displayable");
        FUZZ_CHECK(!unit.key.trimmed().isEmpty(), "a unit has a name");
    }
    return 0;
}
