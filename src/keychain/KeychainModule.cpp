// allium-usage-keychain.so: the system keychain as a module that the command line loads only when
// it needs it (LazyKeychainStore). Its SecretStore base comes from the executable that loads it.
#include "core/secrets/KeychainSecretStore.h"

extern "C" Q_DECL_EXPORT SecretStore *allium_usage_create_keychain_store(const QString &entryName,
                                                                         QObject *parent) {
    auto *store = new KeychainSecretStore(parent);
    if (!entryName.isEmpty())
        store->setEntryName(entryName);
    return store;
}
