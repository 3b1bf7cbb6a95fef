// Reads the API key from a systemd credential, for the service: LoadCredential= (or
// LoadCredentialEncrypted=, SetCredential=) puts it in a file under $CREDENTIALS_DIRECTORY that
// only the service can read, and never on its command line or in its environment. Read-only:
// the unit file, not the app, decides what is there.
#pragma once

#include "core/secrets/SecretStore.h"

class SystemdCredentialStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemdCredentialStore)

public:
    static constexpr qint64 MaximumFileBytes = 4096;

    static QString environmentVariable() { return QStringLiteral("CREDENTIALS_DIRECTORY"); }
    // $CREDENTIALS_DIRECTORY, or empty when the process was not given credentials.
    static QString directoryFromEnvironment();
    // The credential's name: "allium-api-key" for the one organization, and
    // "allium-api-key.<organization id>" for each of several, in systemd's dotted style
    // (LoadCredential=allium-api-key.staging:/etc/allium-usage/staging.key). Empty for an id
    // that cannot be part of a file name (letters, digits, '-', '_' and '.' only).
    static QString credentialName(const QString &organizationId = QString());

    explicit SystemdCredentialStore(const QString &directory,
                                    const QString &name = credentialName(),
                                    QObject *parent = nullptr);
    ~SystemdCredentialStore() override;

    QString filePath() const;

    void readKey() override;
    void writeKey(const QString &key) override;
    void deleteKey() override;
    QString displayName() const override;

private:
    SecretResult read() const;
    SecretResult readOnly() const;
    void finishLater(void (SecretStore::*signal)(const SecretResult &), const SecretResult &result);

    QString m_directory;
    QString m_name;
};
