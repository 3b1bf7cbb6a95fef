// Turns the body of GET /api/v1/account/organization/usage into a UsageSnapshot, or into a message
// that names the offending field, so a person (or a bug report) can tell exactly what was wrong.
#pragma once

#include "core/api/UsageSnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

struct UsageParseResult {
    std::optional<UsageSnapshot> snapshot; // set on success
    QString error; // on failure: "field: what was expected, got what", translated

    bool ok() const { return snapshot.has_value(); }
};

class UsageParser final {
    Q_DECLARE_TR_FUNCTIONS(UsageParser)

public:
    // Lenient where the beta API may grow (unknown fields, units and cadence words are kept or
    // ignored; a missing allocation field or allocation_amounts reads as null, and so does a null
    // amount inside an amounts object: a unit whose consumption is null or missing is "not
    // reported", never 0), strict where a wrong value would show wrong numbers (consumed_amounts
    // must be an object, amounts finite and non-negative numbers no larger than 2^53 - 1, where
    // doubles stop being exact; dates ISO 8601 date-times, no period ending before it starts, no
    // name twice in one object). Server text quoted in an error is made displayable (ServerText).
    // receivedAt becomes the snapshot's capture time.
    static UsageParseResult parse(const QByteArray &body, const QDateTime &receivedAt);
};
