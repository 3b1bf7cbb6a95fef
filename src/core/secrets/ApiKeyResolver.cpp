#include "core/secrets/ApiKeyResolver.h"

#include "core/secrets/ApiKeyRule.h"

#include <QMetaObject>

QString ApiKeyResolver::keyFromEnvironment() {
    return ApiKeyRule::normalized(qEnvironmentVariable("ALLIUM_API_KEY"));
}

ApiKeyResolver::ApiKeyResolver(const QString &environmentKey, const QList<SecretStore *> &stores,
                               QObject *parent)
    : QObject(parent)
    , m_environmentKey(ApiKeyRule::normalized(environmentKey)) {
    for (SecretStore *store : stores)
        m_stores.append(store);
}

ApiKeyResolver::~ApiKeyResolver() = default;

void ApiKeyResolver::resolve() {
    if (m_running)
        return;
    m_running = true;
    m_pending = {};
    if (!m_environmentKey.isEmpty()) {
        m_pending.source = Source::Environment;
        m_pending.key = m_environmentKey;
        m_pending.storeStatus = SecretStatus::Ok;
        finishLater();
        return;
    }
    askStore(0);
}

void ApiKeyResolver::askStore(int index) {
    while (index < m_stores.size() && m_stores.at(index).isNull())
        ++index;
    if (index >= m_stores.size()) {
        finishLater();
        return;
    }
    SecretStore *store = m_stores.at(index);
    m_connection =
        connect(store, &SecretStore::readFinished, this, [this, index](const SecretResult &result) {
            disconnect(m_connection);
            storeAnswered(index, result);
        });
    store->readKey();
}

void ApiKeyResolver::storeAnswered(int index, const SecretResult &result) {
    m_pending.storeStatus = result.status;
    if (result.ok()) {
        m_pending.source = Source::Store;
        m_pending.key = result.secret;
        m_pending.storeName = m_stores.at(index) ? m_stores.at(index)->displayName() : QString();
        m_pending.store = m_stores.at(index);
        m_pending.problem.clear();
        m_running = false;
        emit resolved(m_pending);
        return;
    }
    if (result.status != SecretStatus::NotFound)
        m_pending.problem = result.message;
    askStore(index + 1);
}

void ApiKeyResolver::finishLater() {
    // Always from the event loop, so callers see one behaviour whether or not a store was asked.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_running = false;
            emit resolved(m_pending);
        },
        Qt::QueuedConnection);
}
