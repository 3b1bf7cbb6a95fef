// Keeps the key in memory only, for "use this key for this session only" when there is no
// keychain: nothing reaches the disk, and the key is gone when the app quits.
#pragma once

#include "core/secrets/SecretStore.h"

class SessionSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSecretStore)

public:
    explicit SessionSecretStore(QObject *parent = nullptr);
    ~SessionSecretStore() override;

    void readKey() override;
    void writeKey(const QString &key) override;
    void deleteKey() override;
    QString displayName() const override;

    bool hasKey() const { return !m_key.isEmpty(); }

private:
    QString m_key;
};
