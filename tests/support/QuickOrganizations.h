// For tests that read organizations through real services: an organization with its own keychain
// entry at a loopback address, and service timings short enough for refreshes and retries to
// happen within a test.
#pragma once

#include "core/api/UsageService.h"
#include "core/organizations/Organization.h"

#include <chrono>

namespace QuickOrganizations {

inline Organization organization(const QString &id, const QString &name, const QUrl &baseUrl) {
    Organization o;
    o.id = id;
    o.name = name;
    o.baseUrl = baseUrl;
    o.keychainEntry = Organization::keychainEntryFor(id);
    return o;
}

inline UsageServiceTimings timings(std::chrono::milliseconds interval = std::chrono::minutes(1)) {
    UsageServiceTimings timings;
    timings.transferTimeout = std::chrono::milliseconds(5'000);
    timings.minimumRefreshInterval = std::chrono::milliseconds(50);
    timings.refreshInterval = interval;
    timings.backoffInitial = std::chrono::milliseconds(100);
    timings.backoffMaximum = std::chrono::milliseconds(200);
    return timings;
}

} // namespace QuickOrganizations
