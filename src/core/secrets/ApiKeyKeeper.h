// The app's one place for the API key while it runs: finds it at start (ALLIUM_API_KEY, the session
// store, the keychain), saves a new one to the keychain or, when asked, to memory for this session
// only, and removes it from both. The settings dialog and the welcome view share it.
#pragma once

#include "core/secrets/ApiKeyResolver.h"
#include "core/secrets/SecretStore.h"

#include <QObject>
#include <QString>

class SessionSecretStore;

class ApiKeyKeeper final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyKeeper)

public:
    // `keychain` is the persistent store (KeychainSecretStore in the app); `session` keeps a key
    // in memory when the person chooses "for this session only".
    ApiKeyKeeper(SecretStore &keychain, SessionSecretStore &session, const QString &environmentKey,
                 QObject *parent = nullptr);
    ~ApiKeyKeeper() override;

    // Looks the key up; finishes with loaded().
    void load();
    bool isLoaded() const { return m_loaded; }

    QString key() const { return m_key; }
    bool hasKey() const { return !m_key.isEmpty(); }
    ApiKeyResolver::Source source() const { return m_source; }
    bool fromEnvironment() const { return m_source == ApiKeyResolver::Source::Environment; }
    bool sessionOnly() const { return m_sessionOnly; }
    // False once the keychain answered Unavailable or TimedOut: offer "this session only".
    bool keychainAvailable() const { return m_keychainAvailable; }
    // Why the keychain could not be used, for a person; empty when it could.
    QString keychainProblem() const { return m_keychainProblem; }
    QString keychainName() const;

    // Stores `key` and makes it current; finishes with saved(). Nothing changes when it fails,
    // and a key that ApiKeyRule refuses fails without reaching a store.
    void save(const QString &key, bool sessionOnly);
    // Deletes the key from the keychain and from memory; finishes with removed().
    void remove();
    bool isBusy() const { return m_busy; }

signals:
    void loaded();
    void saved(const SecretResult &result);
    void removed(const SecretResult &result);
    // The key in use changed (it may be empty after remove()).
    void keyChanged(const QString &key);

private:
    void noteKeychainStatus(const SecretResult &result);

    SecretStore &m_keychain;
    SessionSecretStore &m_session;
    ApiKeyResolver m_resolver;
    QString m_key;
    ApiKeyResolver::Source m_source = ApiKeyResolver::Source::None;
    bool m_sessionOnly = false;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
    QString m_pendingKey;
    bool m_pendingSessionOnly = false;
};
