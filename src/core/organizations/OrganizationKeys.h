// The API keys of the organizations in a running dashboard: one ApiKeyKeeper per organization,
// each with its own keychain entry (and, where there is no keychain, its own key for this session
// only), and ALLIUM_API_KEY for the environment's organization. Says keyChanged(id, key) whenever
// an organization's key is found, saved or removed; the keys go only to the readings' services.
#pragma once

#include "core/organizations/Organization.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>

class ApiKeyKeeper;
class SecretStore;
class SessionSecretStore;

class OrganizationKeys final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationKeys)

public:
    // Makes the persistent store of one keychain entry: a KeychainSecretStore in the app; tests
    // hand out stores of their own.
    using KeychainFactory = std::function<std::unique_ptr<SecretStore>(const QString &entryName)>;

    // environmentKey: ALLIUM_API_KEY, the environment organization's key.
    OrganizationKeys(KeychainFactory keychain, const QString &environmentKey,
                     QObject *parent = nullptr);
    ~OrganizationKeys() override;

    // A keeper for each of these organizations; a new one is looked up at once (its keeper says
    // loaded(), then keyChanged here). A keeper whose organization went is dropped.
    void setOrganizations(const QList<Organization> &organizations);

    // While held, no organization's keychain is asked (its keeper waits, not loaded) until
    // releaseLookups(); the environment's key is taken at once. The dashboard holds them until its
    // window has painted: loading the keychain (QtKeychain, libsecret, GIO) holds the window
    // back, and the figures that need the key wait for an answer over D-Bus anyway.
    void holdLookups();
    void releaseLookups();

    // The keeper of organization `id` (nullptr for an unknown one): the Settings dialog and the
    // welcome view save and remove keys through it.
    ApiKeyKeeper *keeper(const QString &id) const;
    // The persistent store of organization `id`, for OrganizationRemoval.
    SecretStore *keychain(const QString &id) const;
    // Every keeper has answered its first lookup.
    bool allLoaded() const;

signals:
    // The key in use for organization `id` changed (empty: it has none now).
    void keyChanged(const QString &id, const QString &key);
    // A keeper answered its first lookup.
    void loaded(const QString &id);

private:
    struct Entry;

    KeychainFactory m_keychain;
    QString m_environmentKey;
    bool m_held = false;
    std::map<QString, std::unique_ptr<Entry>> m_entries;
};
