#include "core/secrets/SessionSecretStore.h"

#include <QMetaObject>

SessionSecretStore::SessionSecretStore(QObject *parent)
    : SecretStore(parent) {}

SessionSecretStore::~SessionSecretStore() {
    // Overwrite before release so the key does not linger in freed memory longer than needed.
    m_key.fill(QLatin1Char('\0'));
}

void SessionSecretStore::readKey() {
    SecretResult result;
    if (m_key.isEmpty()) {
        result.status = SecretStatus::NotFound;
        result.message = tr("No API key was entered for this session.");
    } else {
        result.status = SecretStatus::Ok;
        result.secret = m_key;
    }
    // Queued, like a real keychain, so callers cannot come to rely on a synchronous answer.
    QMetaObject::invokeMethod(
        this, [this, result] { emit readFinished(result); }, Qt::QueuedConnection);
}

void SessionSecretStore::writeKey(const QString &key) {
    m_key = key;
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit writeFinished({SecretStatus::Ok, {}, {}});
        },
        Qt::QueuedConnection);
}

void SessionSecretStore::deleteKey() {
    const bool had = !m_key.isEmpty();
    m_key.fill(QLatin1Char('\0'));
    m_key.clear();
    SecretResult result{SecretStatus::Ok, {}, {}};
    if (!had)
        result = {SecretStatus::NotFound, tr("No API key was entered for this session."), {}};
    QMetaObject::invokeMethod(
        this, [this, result] { emit deleteFinished(result); }, Qt::QueuedConnection);
}

QString SessionSecretStore::displayName() const {
    return tr("memory, for this session only");
}
