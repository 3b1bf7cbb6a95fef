// Response bodies for each documented shape of the organization usage endpoint, so every test
// plays the same realistic API. The figures are fixed; tests assert against them.
#pragma once

#include <QByteArray>

struct UsageSnapshot;

namespace CannedUsageBodies {

// Explorer/developer unit plan, monthly allocation, April 2026 (the documentation's example):
// explorer_units 12.5 of 100, developer_units 341523 of 2000000.
QByteArray unitPlan();
// Legacy credits plan: credits 4321.5 of 10000, monthly.
QByteArray legacyCredits();
// Trial without a periodic allocation: null periods and cadence, {} allocation_amounts,
// developer_units 1234 consumed.
QByteArray trialWithoutAllocation();
// Annual allocation: allocation period 2026-01-01 .. 2027-01-01, billing period April 2026,
// explorer_units 420 of 1200, developer_units 9000000 of 24000000.
QByteArray annualAllocation();
// Over allocation, monthly, April 2026: explorer_units 131.75 of 100 (over), developer_units
// 1900000 of 2000000 (95 %).
QByteArray overAllocation();
// A unit and a cadence added after this app was written: sql_units 40 of 50, ai_units 3 consumed
// without an allocation, cadence "quarterly", and an unknown top-level field.
QByteArray unknownUnit();
// The documentation's unit plan without consumed_amounts (missing), or with it null.
QByteArray withoutConsumedAmounts();
QByteArray withNullConsumedAmounts();
// The documentation's unit plan with explorer_units in allocation_amounts only: its consumption
// is not reported.
QByteArray explorerNotReported();
// The body the API would send for this snapshot (its periods, cadence and amounts; a unit whose
// consumption is empty is left out of consumed_amounts).
QByteArray of(const UsageSnapshot &snapshot);
// unitPlan() on one line with one field's value replaced by raw JSON, or the field left out when
// json is empty: unitPlanWith("consumed_amounts", R"({"credits": -1})").
QByteArray unitPlanWith(const char *field, const QByteArray &json);
// A JSON error body as FastAPI-style servers send it: {"detail": "<detail>"}.
QByteArray errorDetail(const QByteArray &detail);

} // namespace CannedUsageBodies
