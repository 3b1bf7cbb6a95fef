// Keeps the API key in the system keychain through QtKeychain (Secret Service or KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows), with no plain-text fallback. Every job is
// timed out, because without a session bus a keychain call can wait forever.
#pragma once

#include "core/secrets/SecretStore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr std::chrono::milliseconds defaultTimeout{10'000};

    // The keychain service name: the app id, stable across versions so an upgrade finds the key.
    // Inline, so that naming it does not link the keychain (see LazyKeychainStore).
    static QString serviceName() { return QStringLiteral(ALLIUM_APP_ID); }
    // The entry (account) name under that service.
    static QString defaultEntryName() { return QStringLiteral("api-key"); }

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Tests use an entry of their own, so they never touch a real user's key.
    void setEntryName(const QString &name) { m_entryName = name; }
    QString entryName() const { return m_entryName; }

    void readKey() override;
    void writeKey(const QString &key) override;
    void deleteKey() override;
    QString displayName() const override;

private:
    enum class Operation { Read, Write, Delete };

    void start(QKeychain::Job *job, Operation operation);
    void finish(Operation operation, const SecretResult &result);
    SecretResult resultOf(QKeychain::Job *job, Operation operation) const;

    std::chrono::milliseconds m_timeout = defaultTimeout;
    QString m_entryName;
};
