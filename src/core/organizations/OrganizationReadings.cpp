#include "core/organizations/OrganizationReadings.h"

#include "core/reading/CurrentReading.h"
#include "core/reading/ReadingSource.h"
#include "core/settings/Defaults.h"

#include <algorithm>

using std::chrono::milliseconds;

OrganizationReadings::OrganizationReadings(HistoryStore *history, const Clock &clock,
                                           QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_clock(clock)
    , m_spacing(milliseconds(Defaults::organizationRequestSpacingMs))
    , m_maximumSpacing(Defaults::organizationRequestSpacingMs) {}

OrganizationReadings::~OrganizationReadings() {
    // The readings first, while the spacing their services release their slots to still exists.
    m_readings.clear();
}

void OrganizationReadings::setOrganizations(const QList<Organization> &organizations) {
    if (organizations == m_organizations)
        return;
    m_organizations = organizations;
    for (auto it = m_readings.begin(); it != m_readings.end();) {
        if (!Organization::withId(organizations, it->first)) {
            m_keys.remove(it->first);
            it = m_readings.erase(it);
        } else {
            ++it;
        }
    }
    updateSpacing();
    for (const Organization &organization : organizations) {
        if (m_readings.find(organization.id) == m_readings.end()) {
            auto reading = std::make_unique<CurrentReading>(m_history, m_clock);
            reading->setServiceTimings(m_timings);
            reading->setRequestSpacing(&m_spacing);
            reading->holdWork(m_workHeld);
            const QString id = organization.id;
            connect(reading.get(), &CurrentReading::changed, this,
                    [this, id] { emit readingChanged(id); });
            connect(reading.get(), &CurrentReading::readingReceived, this,
                    [this, id](const UsageSnapshot &snapshot) {
                        if (const Organization *organization =
                                Organization::withId(m_organizations, id))
                            emit readingReceived(*organization, snapshot);
                    });
            connect(reading.get(), &CurrentReading::refreshFailed, this,
                    [this, id](const UsageError &error) { emit refreshFailed(id, error); });
            m_readings.emplace(id, std::move(reading));
        }
        updateSource(organization);
    }
    emit organizationsChanged();
}

void OrganizationReadings::setSessionBaseUrl(const QUrl &url) {
    if (url == m_sessionBaseUrl)
        return;
    m_sessionBaseUrl = url;
    for (const Organization &organization : std::as_const(m_organizations))
        updateSource(organization);
}

void OrganizationReadings::setKey(const QString &id, const QString &key) {
    const Organization *organization = Organization::withId(m_organizations, id);
    if (!organization)
        return;
    if (key.isEmpty())
        m_keys.remove(id);
    else
        m_keys.insert(id, key);
    updateSource(*organization);
}

void OrganizationReadings::holdWork(bool held) {
    m_workHeld = held;
    for (const auto &[id, reading] : m_readings)
        reading->holdWork(held);
}

bool OrganizationReadings::hasKey(const QString &id) const {
    return m_keys.contains(id);
}

void OrganizationReadings::updateSource(const Organization &organization) {
    CurrentReading *current = reading(organization.id);
    if (!current)
        return;
    const QString key = m_keys.value(organization.id);
    if (key.isEmpty()) {
        current->clearSource();
        return;
    }
    // An unchanged source changes nothing (a rename only moves the name): no extra request.
    current->setSource(
        ReadingSource::forOrganization(organization.historyKey(), organization.name,
                                       organization.effectiveBaseUrl(m_sessionBaseUrl), key));
}

void OrganizationReadings::setRefreshInterval(milliseconds interval) {
    m_timings.refreshInterval = interval;
    updateSpacing();
    for (auto &[id, reading] : m_readings)
        reading->setRefreshInterval(interval);
}

void OrganizationReadings::setServiceTimings(const UsageServiceTimings &timings) {
    m_timings = timings;
    updateSpacing();
    for (auto &[id, reading] : m_readings)
        reading->setServiceTimings(timings);
}

void OrganizationReadings::setRequestSpacing(milliseconds spacing) {
    m_maximumSpacing = spacing;
    updateSpacing();
}

void OrganizationReadings::updateSpacing() {
    // Every organization must fit into one interval, or the slots would push the refreshes later
    // and later; with a handful the full spacing fits easily.
    const qint64 count = std::max<qint64>(1, m_organizations.size());
    const qint64 fitting = m_timings.refreshInterval.count() / count;
    const qint64 least =
        std::min<qint64>(Defaults::minimumOrganizationRequestSpacingMs, m_maximumSpacing.count());
    m_spacing.setSpacing(
        milliseconds(std::clamp<qint64>(fitting, least, qint64(m_maximumSpacing.count()))));
}

CurrentReading *OrganizationReadings::reading(const QString &id) const {
    const auto it = m_readings.find(id);
    return it == m_readings.end() ? nullptr : it->second.get();
}

QList<CurrentReading *> OrganizationReadings::readings() const {
    QList<CurrentReading *> result;
    for (const Organization &organization : m_organizations)
        result.append(reading(organization.id));
    return result;
}
