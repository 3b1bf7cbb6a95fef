#include "core/organizations/OrganizationKeyLookup.h"

#include "core/secrets/LazyKeychainStore.h"
#include "core/secrets/SystemdCredentialStore.h"

#include <QEventLoop>
#include <QFileInfo>

bool OrganizationKeyLookup::environmentHasKey() {
    if (!ApiKeyResolver::keyFromEnvironment().isEmpty())
        return true;
    const SystemdCredentialStore credential(SystemdCredentialStore::directoryFromEnvironment());
    const QString path = credential.filePath();
    return !path.isEmpty() && QFileInfo::exists(path);
}

ApiKeyResolver *OrganizationKeyLookup::makeResolver(const Organization &organization,
                                                    QObject *parent) {
    const QString directory = SystemdCredentialStore::directoryFromEnvironment();
    QList<SecretStore *> stores;
    QString environmentKey;
    if (organization.isFromEnvironment()) {
        environmentKey = ApiKeyResolver::keyFromEnvironment();
        stores.append(new SystemdCredentialStore(directory));
    } else {
        stores.append(new SystemdCredentialStore(
            directory, SystemdCredentialStore::credentialName(organization.id)));
        stores.append(new LazyKeychainStore(organization.keychainEntry));
    }
    auto *resolver = new ApiKeyResolver(environmentKey, stores, parent);
    for (SecretStore *store : std::as_const(stores))
        store->setParent(resolver);
    return resolver;
}

ApiKeyResolver::Resolution OrganizationKeyLookup::resolveNow(const Organization &organization) {
    ApiKeyResolver *resolver = makeResolver(organization, nullptr);
    ApiKeyResolver::Resolution resolution;
    QEventLoop loop;
    QObject::connect(resolver, &ApiKeyResolver::resolved, &loop,
                     [&](const ApiKeyResolver::Resolution &result) {
                         resolution = result;
                         loop.quit();
                     });
    resolver->resolve();
    loop.exec();
    delete resolver;
    return resolution;
}
