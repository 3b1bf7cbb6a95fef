// Stands in for the system keychain in tests that are not about it (the real one has
// KeychainSecretStoreTest and OrganizationKeychainTest): one store per entry, the keys kept by
// entry name in memory across every store it hands out, so that an app made again finds them, and
// so that no test races another for a real keychain entry. It can also play a desktop without
// any keychain (every call Unavailable).
//
//   MemoryKeychain keychain;
//   keychain.setKey(QStringLiteral("api-key"), QStringLiteral("stored-key"));
//   DesktopApp app(clock, options, keychain.factory(), std::move(host));
#pragma once

#include "core/organizations/OrganizationKeys.h"
#include "core/secrets/SecretStore.h"

#include <QHash>
#include <QString>

#include <memory>

class MemoryKeychain final {
public:
    MemoryKeychain();
    ~MemoryKeychain();

    void setKey(const QString &entry, const QString &key);
    QString key(const QString &entry) const;
    bool hasKey(const QString &entry) const { return !key(entry).isEmpty(); }
    // Every store handed out from now on answers every call with this failure.
    void setUnavailable(bool unavailable);

    // Hands out stores over this keychain; the keychain must outlive them.
    OrganizationKeys::KeychainFactory factory();
    std::unique_ptr<SecretStore> store(const QString &entry);

private:
    friend class MemoryKeychainStore;
    std::shared_ptr<QHash<QString, QString>> m_keys;
    bool m_unavailable = false;
};
