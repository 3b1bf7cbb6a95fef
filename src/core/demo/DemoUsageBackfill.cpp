#include "core/demo/DemoUsageBackfill.h"

#include "core/api/UsageParser.h"
#include "core/demo/DemoUsageGenerator.h"

QList<UsageSnapshot> DemoUsageBackfill::readings(const QDateTime &now, int stepSeconds) {
    const DemoUsageGenerator generator;
    QList<UsageSnapshot> readings;
    const DemoUsageGenerator::Period period = DemoUsageGenerator::periodAround(now);
    for (QDateTime at = period.first; stepSeconds > 0 && at < now; at = at.addSecs(stepSeconds)) {
        // Through the parser, as the demo server's answers go: the past looks like the present.
        const UsageParseResult parsed = UsageParser::parse(generator.responseBody(at, period), at);
        if (parsed.snapshot)
            readings.append(*parsed.snapshot);
    }
    return readings;
}
