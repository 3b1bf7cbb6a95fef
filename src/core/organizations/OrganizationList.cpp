#include "core/organizations/OrganizationList.h"

#include "core/api/BaseUrlPolicy.h"
#include "core/history/HistoryStore.h"

#include <QDir>
#include <QSettings>

namespace {

const QString arrayName = QStringLiteral("organizations");
// The single-key setup's address (Settings > Advanced before organizations existed).
const QString earlierBaseUrlKey = QStringLiteral("service/baseUrl");

// A URL as it is stored: empty for the default address, so that the default can move with the app.
QString storedUrl(const QUrl &url) {
    if (url.isEmpty() || url == BaseUrlPolicy::defaultBaseUrl())
        return QString();
    return url.toString();
}

} // namespace

OrganizationList::OrganizationList(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {}

OrganizationList::~OrganizationList() = default;

bool OrganizationList::isWritten() const {
    return m_settings.contains(arrayName + QStringLiteral("/size"));
}

Organization OrganizationList::environmentOrganization() {
    Organization organization;
    organization.id = Organization::environmentId();
    organization.name = Organization::environmentId();
    return organization;
}

Organization OrganizationList::implicitDefault() const {
    Organization organization;
    organization.id = Organization::defaultId();
    organization.name = defaultName();
    // A hand-edited address the policy refuses falls back to the default, as it always did.
    const QString text = m_settings.value(earlierBaseUrlKey).toString();
    const std::optional<QUrl> earlier =
        text.isEmpty() ? std::nullopt : BaseUrlPolicy::fromText(text);
    if (earlier && *earlier != BaseUrlPolicy::defaultBaseUrl())
        organization.baseUrl = *earlier;
    organization.keychainEntry = QStringLiteral("api-key");
    organization.earlierHistoryKey = HistoryStore::sourceKey(organization.effectiveBaseUrl());
    return organization;
}

QList<Organization> OrganizationList::read() const {
    if (!isWritten())
        return {implicitDefault()};
    QList<Organization> organizations;
    const int size = m_settings.beginReadArray(arrayName);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        Organization organization;
        organization.id = m_settings.value(QStringLiteral("id")).toString();
        organization.name = m_settings.value(QStringLiteral("name")).toString().trimmed();
        const QString url = m_settings.value(QStringLiteral("baseUrl")).toString();
        if (!url.isEmpty()) {
            // A hand-edited address the policy refuses is kept as it is: every refresh then says
            // why, instead of quietly sending the key to the default address.
            organization.baseUrl = BaseUrlPolicy::fromText(url).value_or(QUrl(url));
        }
        organization.keychainEntry = m_settings.value(QStringLiteral("keychainEntry")).toString();
        organization.earlierHistoryKey =
            m_settings.value(QStringLiteral("earlierHistoryKey")).toString();
        // A hand-edited entry without an id or a name cannot be kept apart from the others.
        if (organization.id.isEmpty() || organization.id == Organization::environmentId() ||
            Organization::withId(organizations, organization.id))
            continue;
        if (organization.name.isEmpty())
            organization.name = organization.id;
        if (organization.keychainEntry.isEmpty())
            organization.keychainEntry = Organization::keychainEntryFor(organization.id);
        organizations.append(organization);
    }
    m_settings.endArray();
    return organizations;
}

QList<Organization> OrganizationList::stored() const {
    return read();
}

QList<Organization> OrganizationList::all() const {
    QList<Organization> organizations = read();
    if (m_environment)
        organizations.prepend(environmentOrganization());
    return organizations;
}

void OrganizationList::setEnvironmentOrganization(bool present) {
    if (present == m_environment)
        return;
    m_environment = present;
    emit changed();
}

std::optional<Organization> OrganizationList::find(const QString &id) const {
    const QList<Organization> organizations = all();
    if (const Organization *found = Organization::withId(organizations, id))
        return *found;
    return std::nullopt;
}

std::optional<Organization> OrganizationList::findByName(const QString &name) const {
    const QList<Organization> organizations = all();
    if (const Organization *found = Organization::named(organizations, name))
        return *found;
    return std::nullopt;
}

int OrganizationList::adoptEarlierReadings(HistoryStore &store) const {
    int moved = 0;
    for (const Organization &organization : read()) {
        if (organization.earlierHistoryKey.isEmpty())
            continue;
        const int count = store.moveReadings(organization.earlierHistoryKey, organization.id);
        if (count < 0)
            return -1;
        moved += count;
    }
    return moved;
}

QString OrganizationList::problemWith(const Organization &organization,
                                      const QList<Organization> &others) const {
    const QString name = Organization::nameProblem(organization.name, others, organization.id);
    if (!name.isEmpty())
        return name;
    if (!organization.baseUrl.isEmpty()) {
        const QString url = BaseUrlPolicy::problem(organization.baseUrl);
        if (!url.isEmpty())
            return tr("%1: %2").arg(organization.name.trimmed(), url);
    }
    return QString();
}

std::optional<Organization> OrganizationList::add(const QString &name, const QUrl &baseUrl,
                                                  QString *problem) {
    QList<Organization> organizations = read();
    Organization organization;
    organization.id = Organization::newId(organizations);
    organization.name = name.trimmed();
    organization.baseUrl = baseUrl;
    organization.keychainEntry = Organization::keychainEntryFor(organization.id);
    const QString why = problemWith(organization, organizations);
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return std::nullopt;
    }
    organizations.append(organization);
    if (!write(organizations, problem))
        return std::nullopt;
    return organization;
}

bool OrganizationList::rename(const QString &id, const QString &name, QString *problem) {
    QList<Organization> organizations = read();
    for (Organization &organization : organizations) {
        if (organization.id == id)
            organization.name = name.trimmed();
    }
    return apply(organizations, problem);
}

bool OrganizationList::setBaseUrl(const QString &id, const QUrl &baseUrl, QString *problem) {
    QList<Organization> organizations = read();
    for (Organization &organization : organizations) {
        if (organization.id == id)
            organization.baseUrl = baseUrl == BaseUrlPolicy::defaultBaseUrl() ? QUrl() : baseUrl;
    }
    return apply(organizations, problem);
}

bool OrganizationList::move(const QString &id, int toIndex, QString *problem) {
    QList<Organization> organizations = read();
    for (int i = 0; i < organizations.size(); ++i) {
        if (organizations.at(i).id == id) {
            organizations.move(i, qBound(0, toIndex, int(organizations.size()) - 1));
            return apply(organizations, problem);
        }
    }
    if (problem)
        *problem = tr("There is no such organization.");
    return false;
}

bool OrganizationList::remove(const QString &id, QString *problem) {
    QList<Organization> organizations = read();
    const qsizetype removed =
        organizations.removeIf([&id](const Organization &o) { return o.id == id; });
    if (removed == 0) {
        if (problem)
            *problem = tr("There is no such organization.");
        return false;
    }
    return write(organizations, problem);
}

bool OrganizationList::apply(const QList<Organization> &wanted, QString *problem) {
    const QList<Organization> current = read();
    QList<Organization> organizations;
    for (Organization organization : wanted) {
        organization.name = organization.name.trimmed();
        if (organization.baseUrl == BaseUrlPolicy::defaultBaseUrl())
            organization.baseUrl = QUrl();
        if (const Organization *existing = Organization::withId(current, organization.id)) {
            // Where the key is kept and whose earlier readings it owns are not for a caller to
            // change.
            organization.keychainEntry = existing->keychainEntry;
            organization.earlierHistoryKey = existing->earlierHistoryKey;
        } else {
            if (organization.id.isEmpty() || organization.id == Organization::environmentId() ||
                organization.id == Organization::defaultId() ||
                Organization::withId(organizations, organization.id)) {
                organization.id = Organization::newId(current + organizations);
            }
            organization.keychainEntry = Organization::keychainEntryFor(organization.id);
            organization.earlierHistoryKey.clear();
        }
        const QString why = problemWith(organization, organizations);
        if (!why.isEmpty()) {
            if (problem)
                *problem = why;
            return false;
        }
        organizations.append(organization);
    }
    for (const Organization &organization : current) {
        if (!Organization::withId(organizations, organization.id)) {
            if (problem)
                *problem =
                    tr("%1 is removed with its key, not by leaving it out.").arg(organization.name);
            return false;
        }
    }
    if (organizations == current && isWritten())
        return true;
    return write(organizations, problem);
}

bool OrganizationList::write(const QList<Organization> &organizations, QString *problem) {
    const bool wasWritten = isWritten();
    const QList<Organization> before = read();
    const auto store = [this](const QList<Organization> &list) {
        m_settings.remove(arrayName);
        m_settings.beginWriteArray(arrayName, int(list.size()));
        for (int i = 0; i < list.size(); ++i) {
            const Organization &organization = list.at(i);
            m_settings.setArrayIndex(i);
            m_settings.setValue(QStringLiteral("id"), organization.id);
            m_settings.setValue(QStringLiteral("name"), organization.name);
            m_settings.setValue(QStringLiteral("baseUrl"), storedUrl(organization.baseUrl));
            m_settings.setValue(QStringLiteral("keychainEntry"), organization.keychainEntry);
            if (!organization.earlierHistoryKey.isEmpty()) {
                m_settings.setValue(QStringLiteral("earlierHistoryKey"),
                                    organization.earlierHistoryKey);
            }
        }
        m_settings.endArray();
    };
    store(organizations);
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        // Undone in memory too, so that what the app shows is what the file holds.
        if (wasWritten)
            store(before);
        else
            m_settings.remove(arrayName);
        if (problem) {
            *problem = tr("The organizations could not be saved: the settings file %1 cannot be "
                          "written. Check the permissions of the file and its folder.")
                           .arg(QDir::toNativeSeparators(m_settings.fileName()));
        }
        return false;
    }
    emit changed();
    return true;
}
