#include "support/MemoryKeychain.h"

#include <QMetaObject>

class MemoryKeychainStore final : public SecretStore {
public:
    MemoryKeychainStore(std::shared_ptr<QHash<QString, QString>> keys, const QString &entry,
                        bool unavailable)
        : m_keys(std::move(keys))
        , m_entry(entry)
        , m_unavailable(unavailable) {}

    void readKey() override {
        const QString key = m_keys->value(m_entry);
        answer(&SecretStore::readFinished,
               key.isEmpty() ? SecretResult{SecretStatus::NotFound, QStringLiteral("no key"), {}}
                             : SecretResult{SecretStatus::Ok, {}, key});
    }
    void writeKey(const QString &key) override {
        if (!m_unavailable)
            m_keys->insert(m_entry, key);
        answer(&SecretStore::writeFinished, {SecretStatus::Ok, {}, {}});
    }
    void deleteKey() override {
        const bool had = m_keys->remove(m_entry) > 0;
        answer(&SecretStore::deleteFinished,
               had ? SecretResult{SecretStatus::Ok, {}, {}}
                   : SecretResult{SecretStatus::NotFound, QStringLiteral("no key"), {}});
    }
    QString displayName() const override { return QStringLiteral("the system keychain"); }

private:
    // Queued, as a real keychain answers.
    void answer(void (SecretStore::*signal)(const SecretResult &), SecretResult result) {
        if (m_unavailable)
            result = {
                SecretStatus::Unavailable, QStringLiteral("No system keychain is available."), {}};
        QMetaObject::invokeMethod(
            this, [this, signal, result] { emit(this->*signal)(result); }, Qt::QueuedConnection);
    }

    std::shared_ptr<QHash<QString, QString>> m_keys;
    QString m_entry;
    bool m_unavailable;
};

MemoryKeychain::MemoryKeychain()
    : m_keys(std::make_shared<QHash<QString, QString>>()) {}

MemoryKeychain::~MemoryKeychain() = default;

void MemoryKeychain::setKey(const QString &entry, const QString &key) {
    m_keys->insert(entry, key);
}

QString MemoryKeychain::key(const QString &entry) const {
    return m_keys->value(entry);
}

void MemoryKeychain::setUnavailable(bool unavailable) {
    m_unavailable = unavailable;
}

std::unique_ptr<SecretStore> MemoryKeychain::store(const QString &entry) {
    return std::make_unique<MemoryKeychainStore>(m_keys, entry, m_unavailable);
}

OrganizationKeys::KeychainFactory MemoryKeychain::factory() {
    return [this](const QString &entry) { return store(entry); };
}
