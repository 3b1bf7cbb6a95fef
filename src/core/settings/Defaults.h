// The app's defaults and limits, in one place: the settings, the service, the dashboard and the
// command line all read them from here, so that a default changed once is changed everywhere.
#pragma once

namespace Defaults {

// Usage levels: a unit at or above these percentages of its allocation is a warning or critical.
inline constexpr double warningPercent = 75.0;
inline constexpr double criticalPercent = 90.0;

// How often the dashboard asks the API: every five minutes unless the person chooses otherwise,
// at most once a minute (the figures do not change faster) and at least once a day.
inline constexpr int refreshMinutes = 5;
inline constexpr int minimumRefreshMinutes = 1;
inline constexpr int maximumRefreshMinutes = 24 * 60;

// How long recorded readings are kept: two years unless the person chooses otherwise, at least a
// month (a forecast needs the current period) and at most ten years.
inline constexpr int historyRetentionDays = 730;
inline constexpr int minimumHistoryRetentionDays = 30;
inline constexpr int maximumHistoryRetentionDays = 3650;

// Transient failures (429, 502-504, network) in a row before the app gives up: `--once` makes
// this many attempts in all, and the dashboard, which keeps retrying quietly, raises its banner
// when this many have failed.
inline constexpr int attemptsBeforeGivingUp = 3;

// The least time between two organizations' scheduled requests, so that several organizations
// never refresh in one burst (Allium answers about one request a second per key). With many
// organizations on a short interval it shrinks to fit them all into one interval.
inline constexpr int organizationRequestSpacingMs = 2'000;
inline constexpr int minimumOrganizationRequestSpacingMs = 100;

// Seconds allowed for one request.
inline constexpr int requestTimeoutSeconds = 30;

} // namespace Defaults
