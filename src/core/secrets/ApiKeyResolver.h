// Finds the API key to use: the ALLIUM_API_KEY environment variable wins (for headless use), then
// each secret store in turn (for example the session store, then the system keychain).
#pragma once

#include "core/secrets/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiKeyResolver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyResolver)

public:
    enum class Source { None, Environment, Store };

    struct Resolution {
        Source source = Source::None;
        QString key;                        // empty when no key was found
        QString storeName;                  // the store's displayName() when source is Store
        const SecretStore *store = nullptr; // the store that had the key
        QString problem; // why a store could not be read, when one failed (not NotFound)
        SecretStatus storeStatus = SecretStatus::NotFound; // of the last store asked
    };

    static QString environmentVariable() { return QStringLiteral("ALLIUM_API_KEY"); }
    // The variable's value, trimmed; empty when unset.
    static QString keyFromEnvironment();

    // `environmentKey` is normally keyFromEnvironment(); tests pass their own.
    ApiKeyResolver(const QString &environmentKey, const QList<SecretStore *> &stores,
                   QObject *parent = nullptr);
    ~ApiKeyResolver() override;

    // Finishes later with resolved(); a second call while one is running is ignored.
    void resolve();
    bool isResolving() const { return m_running; }

signals:
    void resolved(const ApiKeyResolver::Resolution &resolution);

private:
    void askStore(int index);
    void storeAnswered(int index, const SecretResult &result);
    void finishLater();

    QString m_environmentKey;
    QList<QPointer<SecretStore>> m_stores;
    Resolution m_pending;
    bool m_running = false;
    QMetaObject::Connection m_connection;
};
Q_DECLARE_METATYPE(ApiKeyResolver::Resolution)
