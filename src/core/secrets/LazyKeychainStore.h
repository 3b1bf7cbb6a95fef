// The system keychain for the command line and the dashboard, loaded only when it is first asked:
// QtKeychain and what it pulls in (libsecret, GIO, QtDBus, libdbus, libgcrypt...) live in a
// module, allium-usage-keychain.so, so that a run whose key comes from ALLIUM_API_KEY or a systemd
// credential never loads them (about 2 ms of every start), and the dashboard loads them after its
// first paint. Forwards to a KeychainSecretStore.
#pragma once

#include "core/secrets/SecretStore.h"

class LazyKeychainStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyKeychainStore)

public:
    // The module's entry point: creates a KeychainSecretStore for one keychain entry.
    static constexpr const char *FactoryName = "allium_usage_create_keychain_store";
    using Factory = SecretStore *(*)(const QString &entryName, QObject *parent);

    // `entryName`: the keychain entry (account), one per organization; empty for the default
    // one ("api-key").
    explicit LazyKeychainStore(const QString &entryName = QString(), QObject *parent = nullptr);
    ~LazyKeychainStore() override;

    void readKey() override;
    void writeKey(const QString &key) override;
    void deleteKey() override;
    QString displayName() const override;

    // Whether the module has been loaded (for tests: a run with ALLIUM_API_KEY must not).
    bool isLoaded() const { return m_store != nullptr; }

private:
    // Loads the module on first use; false (and m_problem says why) when it cannot.
    bool load();
    void unavailable(void (SecretStore::*signal)(const SecretResult &));

    QString m_entryName;
    SecretStore *m_store = nullptr; // a child, from the module
    QString m_problem;
};
