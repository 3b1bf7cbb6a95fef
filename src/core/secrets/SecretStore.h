// Where the API key is kept: a small asynchronous interface, so that the app is tested without a
// keychain and the keychain implementation is tested on its own.
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

enum class SecretStatus {
    Ok,
    NotFound,    // no key stored
    Unavailable, // no keychain on this system (no Secret Service, no session bus, ...)
    TimedOut,    // the keychain did not answer in time
    Failed,      // the keychain answered with an error (access denied, locked, ...)
};

// The outcome of one read, write or delete. `secret` is only filled by a successful read.
struct SecretResult {
    SecretStatus status = SecretStatus::Failed;
    QString message; // for a person; empty when status is Ok
    QString secret;

    bool ok() const { return status == SecretStatus::Ok; }
};

class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    // Each call finishes later with exactly one matching signal, never within the call itself.
    virtual void readKey() = 0;
    virtual void writeKey(const QString &key) = 0;
    virtual void deleteKey() = 0;

    // Where the key goes, for a person: "the system keychain", "memory, for this session only".
    virtual QString displayName() const = 0;

signals:
    void readFinished(const SecretResult &result);
    void writeFinished(const SecretResult &result);
    void deleteFinished(const SecretResult &result);
};

Q_DECLARE_METATYPE(SecretResult)
