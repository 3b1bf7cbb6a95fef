#include "core/organizations/OrganizationKeys.h"

#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/SecretStore.h"
#include "core/secrets/SessionSecretStore.h"

// Declared in the order they must be made; they go in reverse, the keeper first.
struct OrganizationKeys::Entry {
    QString keychainEntry;
    std::unique_ptr<SecretStore> keychain;
    SessionSecretStore session;
    std::unique_ptr<ApiKeyKeeper> keeper;
    bool asked = false; // load() was called (a held lookup has not been)
};

OrganizationKeys::OrganizationKeys(KeychainFactory keychain, const QString &environmentKey,
                                   QObject *parent)
    : QObject(parent)
    , m_keychain(std::move(keychain))
    , m_environmentKey(environmentKey) {}

// Each entry's keeper goes before the stores it listens to (Entry's member order).
OrganizationKeys::~OrganizationKeys() = default;

void OrganizationKeys::setOrganizations(const QList<Organization> &organizations) {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const Organization *organization = Organization::withId(organizations, it->first);
        if (!organization || organization->keychainEntry != it->second->keychainEntry) {
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    for (const Organization &organization : organizations) {
        if (m_entries.count(organization.id))
            continue;
        auto entry = std::make_unique<Entry>();
        entry->keychainEntry = organization.keychainEntry;
        // The environment's organization has no entry: its key is the variable's, and the store
        // beside it is never asked (an environment key wins over every store).
        entry->keychain = organization.isFromEnvironment() ? std::make_unique<SessionSecretStore>()
                                                           : m_keychain(organization.keychainEntry);
        entry->keeper = std::make_unique<ApiKeyKeeper>(
            *entry->keychain, entry->session,
            organization.isFromEnvironment() ? m_environmentKey : QString());
        ApiKeyKeeper *keeper = entry->keeper.get();
        const QString id = organization.id;
        connect(keeper, &ApiKeyKeeper::loaded, this, [this, id] { emit loaded(id); });
        connect(keeper, &ApiKeyKeeper::keyChanged, this,
                [this, id](const QString &key) { emit keyChanged(id, key); });
        // The environment's key costs nothing to look up, and shows its figures in the first
        // frame.
        entry->asked = !m_held || organization.isFromEnvironment();
        const bool now = entry->asked;
        m_entries.emplace(id, std::move(entry));
        if (now)
            keeper->load();
    }
}

void OrganizationKeys::holdLookups() {
    m_held = true;
}

void OrganizationKeys::releaseLookups() {
    m_held = false;
    // Collected first: what a lookup reports may change the organizations.
    QStringList waiting;
    for (const auto &[id, entry] : m_entries) {
        if (!entry->asked)
            waiting.append(id);
    }
    for (const QString &id : std::as_const(waiting)) {
        const auto it = m_entries.find(id);
        if (it != m_entries.end() && !it->second->asked) {
            it->second->asked = true;
            it->second->keeper->load();
        }
    }
}

ApiKeyKeeper *OrganizationKeys::keeper(const QString &id) const {
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : it->second->keeper.get();
}

SecretStore *OrganizationKeys::keychain(const QString &id) const {
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : it->second->keychain.get();
}

bool OrganizationKeys::allLoaded() const {
    for (const auto &[id, entry] : m_entries) {
        if (!entry->keeper->isLoaded())
            return false;
    }
    return true;
}
