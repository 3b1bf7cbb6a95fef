#include "core/secrets/ApiKeyKeeper.h"

#include "core/secrets/ApiKeyRule.h"
#include "core/secrets/SessionSecretStore.h"

ApiKeyKeeper::ApiKeyKeeper(SecretStore &keychain, SessionSecretStore &session,
                           const QString &environmentKey, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_session(session)
    , m_resolver(environmentKey, {&session, &keychain}) {
    connect(&m_resolver, &ApiKeyResolver::resolved, this,
            [this](const ApiKeyResolver::Resolution &resolution) {
                m_key = resolution.key;
                m_source = resolution.source;
                m_sessionOnly = resolution.store == &m_session;
                if (resolution.source != ApiKeyResolver::Source::Environment) {
                    // The keychain is asked last; its answer tells whether it is usable.
                    noteKeychainStatus({resolution.storeStatus, resolution.problem, {}});
                }
                m_loaded = true;
                emit loaded();
                emit keyChanged(m_key);
            });

    connect(&m_keychain, &SecretStore::writeFinished, this, [this](const SecretResult &result) {
        if (!m_busy || m_pendingSessionOnly)
            return;
        m_busy = false;
        noteKeychainStatus(result);
        if (result.ok()) {
            m_key = m_pendingKey;
            m_source = ApiKeyResolver::Source::Store;
            m_sessionOnly = false;
            // A key kept in memory earlier must not shadow the one now in the keychain.
            m_session.deleteKey();
        }
        m_pendingKey.clear();
        emit saved(result);
        if (result.ok())
            emit keyChanged(m_key);
    });
    connect(&m_session, &SecretStore::writeFinished, this, [this](const SecretResult &result) {
        if (!m_busy || !m_pendingSessionOnly)
            return;
        m_busy = false;
        if (result.ok()) {
            m_key = m_pendingKey;
            m_source = ApiKeyResolver::Source::Store;
            m_sessionOnly = true;
        }
        m_pendingKey.clear();
        emit saved(result);
        if (result.ok())
            emit keyChanged(m_key);
    });
    connect(&m_keychain, &SecretStore::deleteFinished, this, [this](const SecretResult &result) {
        if (!m_busy)
            return;
        m_busy = false;
        noteKeychainStatus(result);
        const bool gone = result.ok() || result.status == SecretStatus::NotFound;
        if (gone || !m_keychainAvailable) {
            if (m_source != ApiKeyResolver::Source::Environment) {
                m_key.clear();
                m_source = ApiKeyResolver::Source::None;
            }
            m_sessionOnly = false;
        }
        emit removed(gone ? SecretResult{SecretStatus::Ok, {}, {}} : result);
        emit keyChanged(m_key);
    });
}

ApiKeyKeeper::~ApiKeyKeeper() = default;

QString ApiKeyKeeper::keychainName() const {
    return m_keychain.displayName();
}

void ApiKeyKeeper::load() {
    m_resolver.resolve();
}

void ApiKeyKeeper::save(const QString &key, bool sessionOnly) {
    if (m_busy)
        return;
    // Every view checks the rule before it offers to save; this keeps the promise for any caller.
    const QString problem = ApiKeyRule::problem(key);
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, problem] {
                emit saved({SecretStatus::Failed, problem, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    m_pendingKey = ApiKeyRule::normalized(key);
    m_pendingSessionOnly = sessionOnly;
    if (sessionOnly)
        m_session.writeKey(m_pendingKey);
    else
        m_keychain.writeKey(m_pendingKey);
}

void ApiKeyKeeper::remove() {
    if (m_busy)
        return;
    m_busy = true;
    m_session.deleteKey();
    m_keychain.deleteKey();
}

void ApiKeyKeeper::noteKeychainStatus(const SecretResult &result) {
    const bool unusable =
        result.status == SecretStatus::Unavailable || result.status == SecretStatus::TimedOut;
    if (result.ok() || result.status == SecretStatus::NotFound) {
        m_keychainAvailable = true;
        m_keychainProblem.clear();
    } else if (unusable) {
        m_keychainAvailable = false;
        m_keychainProblem = result.message;
    } else {
        m_keychainProblem = result.message;
    }
}
