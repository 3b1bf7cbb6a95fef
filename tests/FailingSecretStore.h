// A secret store that answers every call with one failure (Unavailable, TimedOut, Failed), like a
// desktop without a Secret Service. For tests of the code around the store; the real keychain
// has KeychainSecretStoreTest.
#pragma once

#include "core/secrets/SecretStore.h"

#include <QMetaObject>

class FailingSecretStore final : public SecretStore {
public:
    explicit FailingSecretStore(SecretStatus status,
                                const QString &message = QStringLiteral("no keychain"))
        : m_status(status)
        , m_message(message) {}

    void readKey() override { answer(&SecretStore::readFinished); }
    void writeKey(const QString &) override { answer(&SecretStore::writeFinished); }
    void deleteKey() override { answer(&SecretStore::deleteFinished); }
    QString displayName() const override { return QStringLiteral("the system keychain"); }

private:
    void answer(void (SecretStore::*signal)(const SecretResult &)) {
        QMetaObject::invokeMethod(
            this,
            [this, signal] {
                emit(this->*signal)({m_status, m_message, {}});
            },
            Qt::QueuedConnection);
    }

    SecretStatus m_status;
    QString m_message;
};
