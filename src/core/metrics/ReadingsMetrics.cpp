#include "core/metrics/ReadingsMetrics.h"

#include "core/Clock.h"
#include "core/organizations/OrganizationReadings.h"
#include "core/reading/CurrentReading.h"
#include "core/settings/Defaults.h"

using namespace std::chrono_literals;

namespace {

// Beyond two intervals: the backoff of the quiet retries before a failure settles.
constexpr std::chrono::milliseconds retryAllowance = 5min;

} // namespace

ReadingsMetrics::ReadingsMetrics(const OrganizationReadings &readings, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_readings(readings)
    , m_clock(clock)
    , m_interval(std::chrono::minutes(Defaults::refreshMinutes)) {
    connect(&readings, &OrganizationReadings::refreshFailed, this,
            [this](const QString &id, const UsageError &error) { ++m_failures[id][error.kind]; });
}

ReadingsMetrics::~ReadingsMetrics() = default;

void ReadingsMetrics::setRefreshInterval(std::chrono::milliseconds interval) {
    m_interval = interval;
}

void ReadingsMetrics::setKeyMissing(const QString &id, bool missing) {
    if (missing)
        m_keyMissing.insert(id);
    else
        m_keyMissing.remove(id);
}

bool ReadingsMetrics::isFresh(const ReadingState &state, std::chrono::milliseconds interval,
                              const QDateTime &now) {
    if (state.freshness != ReadingState::Freshness::Current)
        return false;
    const QDateTime receivedAt = state.receivedAt();
    return receivedAt.isValid() &&
           receivedAt.msecsTo(now) <= 2 * interval.count() + retryAllowance.count();
}

QList<OrganizationMetrics> ReadingsMetrics::collect() const {
    QList<OrganizationMetrics> result;
    const QDateTime now = m_clock.now();
    for (const Organization &organization : m_readings.organizations()) {
        const CurrentReading *reading = m_readings.reading(organization.id);
        if (!reading)
            continue;
        const ReadingState &state = reading->state();
        OrganizationMetrics metrics;
        metrics.alias = organization.name;
        metrics.snapshot = state.snapshot;
        if (state.snapshot) {
            metrics.forecasts = reading->forecasts();
            metrics.lastSuccessAt = state.snapshot->receivedAt;
        }
        if (state.error)
            metrics.lastFailure = state.error->kind;
        else if (m_keyMissing.contains(organization.id))
            metrics.lastFailure = UsageErrorKind::Configuration;
        // Every reason is written from the start (at 0), so that rate() sees the first failure.
        metrics.failureCounts = m_failures.value(organization.id);
        metrics.fresh = isFresh(state, m_interval, now);
        metrics.awaitingFirstRefresh = state.freshness == ReadingState::Freshness::Restored;
        result.append(metrics);
    }
    return result;
}
