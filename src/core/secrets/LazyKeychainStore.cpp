#include "core/secrets/LazyKeychainStore.h"

#include "core/launch/ProgramLocations.h"

#include <QFileInfo>
#include <QLibrary>
#include <QMetaObject>

LazyKeychainStore::LazyKeychainStore(const QString &entryName, QObject *parent)
    : SecretStore(parent)
    , m_entryName(entryName) {
    qRegisterMetaType<SecretResult>();
}

LazyKeychainStore::~LazyKeychainStore() = default;

bool LazyKeychainStore::load() {
    if (m_store)
        return true;
    if (!m_problem.isEmpty())
        return false;
    // The dashboard (in libexec/allium-usage/) looks where its command line would.
    const QString program = ProgramLocations::runningProgram();
    const QStringList candidates = ProgramLocations::keychainModuleCandidates(
        program.isEmpty() ? program : ProgramLocations::commandLineFor(program));
    QString lastError;
    for (const QString &candidate : candidates) {
        if (!QFileInfo::exists(candidate))
            continue;
        // Never unloaded: the store's code must outlive every signal it may still send.
        QLibrary library(candidate);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        const auto create = reinterpret_cast<Factory>(library.resolve(FactoryName));
        if (!create) {
            lastError = library.errorString();
            continue;
        }
        m_store = create(m_entryName, this);
        connect(m_store, &SecretStore::readFinished, this, &SecretStore::readFinished);
        connect(m_store, &SecretStore::writeFinished, this, &SecretStore::writeFinished);
        connect(m_store, &SecretStore::deleteFinished, this, &SecretStore::deleteFinished);
        return true;
    }
    m_problem = lastError.isEmpty()
                    ? tr("The keychain module %1 is not installed (looked in %2).")
                          .arg(ProgramLocations::keychainModuleName(),
                               candidates.join(QStringLiteral(", ")))
                    : tr("The keychain module could not be loaded: %1.").arg(lastError);
    return false;
}

void LazyKeychainStore::unavailable(void (SecretStore::*signal)(const SecretResult &)) {
    const SecretResult result{SecretStatus::Unavailable, m_problem, {}};
    QMetaObject::invokeMethod(
        this, [this, signal, result] { emit(this->*signal)(result); }, Qt::QueuedConnection);
}

void LazyKeychainStore::readKey() {
    if (load())
        m_store->readKey();
    else
        unavailable(&SecretStore::readFinished);
}

void LazyKeychainStore::writeKey(const QString &key) {
    if (load())
        m_store->writeKey(key);
    else
        unavailable(&SecretStore::writeFinished);
}

void LazyKeychainStore::deleteKey() {
    if (load())
        m_store->deleteKey();
    else
        unavailable(&SecretStore::deleteFinished);
}

QString LazyKeychainStore::displayName() const {
    return m_store ? m_store->displayName() : tr("the system keychain");
}
