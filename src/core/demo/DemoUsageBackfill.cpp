#include "core/demo/DemoUsageBackfill.h"

#include "core/api/UsageParser.h"
#include "core/demo/DemoUsageGenerator.h"

QList<UsageSnapshot> DemoUsageBackfill::readings(const QDateTime &now, int stepSeconds) {
    const QDate today = now.toUTC().date();
    const QDateTime monthStart(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC);
    const DemoUsageGenerator generator;
    QList<UsageSnapshot> readings;
    for (QDateTime at = monthStart; stepSeconds > 0 && at < now; at = at.addSecs(stepSeconds)) {
        // Through the parser, as the demo server's answers go: the past looks like the present.
        const UsageParseResult parsed = UsageParser::parse(generator.responseBody(at), at);
        if (parsed.snapshot)
            readings.append(*parsed.snapshot);
    }
    return readings;
}
