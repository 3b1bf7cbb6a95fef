#include "core/secrets/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

#include <memory>

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
    , m_entryName(defaultEntryName()) {
    qRegisterMetaType<SecretResult>();
}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::readKey() {
    start(new QKeychain::ReadPasswordJob(serviceName()), Operation::Read);
}

void KeychainSecretStore::writeKey(const QString &key) {
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(key);
    start(job, Operation::Write);
}

void KeychainSecretStore::deleteKey() {
    start(new QKeychain::DeletePasswordJob(serviceName()), Operation::Delete);
}

QString KeychainSecretStore::displayName() const {
    return tr("the system keychain");
}

void KeychainSecretStore::start(QKeychain::Job *job, Operation operation) {
    job->setKey(m_entryName);
    // Never store the key in a plain-text settings file when there is no keychain.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    // The job is deliberately not parented to this store: a job that never answers (a hung
    // D-Bus call) must not be destroyed under a pending callback. It deletes itself if it ever
    // finishes; until then it is ignored. `done` makes sure exactly one result is reported.
    auto done = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);

    connect(job, &QKeychain::Job::finished, this,
            [this, operation, done, timer](QKeychain::Job *j) {
                if (*done)
                    return;
                *done = true;
                timer->deleteLater();
                finish(operation, resultOf(j, operation));
            });
    connect(timer, &QTimer::timeout, this, [this, operation, done, timer] {
        if (*done)
            return;
        *done = true;
        timer->deleteLater();
        const auto seconds = std::chrono::duration<double>(m_timeout).count();
        finish(operation,
               {SecretStatus::TimedOut,
                tr("The system keychain did not answer within %1 seconds. Check that a keychain "
                   "service (GNOME Keyring or KWallet) is running and unlocked.")
                    .arg(seconds, 0, 'g', 3),
                {}});
    });
    timer->start(m_timeout);
    job->start();
}

void KeychainSecretStore::finish(Operation operation, const SecretResult &result) {
    switch (operation) {
    case Operation::Read:
        emit readFinished(result);
        break;
    case Operation::Write:
        emit writeFinished(result);
        break;
    case Operation::Delete:
        emit deleteFinished(result);
        break;
    }
}

SecretResult KeychainSecretStore::resultOf(QKeychain::Job *job, Operation operation) const {
    SecretResult result;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretStatus::Ok;
        if (operation == Operation::Read) {
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            if (result.secret.isEmpty()) {
                result.status = SecretStatus::NotFound;
                result.message = tr("No API key is stored in the system keychain.");
            }
        }
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStatus::NotFound;
        result.message = tr("No API key is stored in the system keychain.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretStatus::Unavailable;
        result.message = tr("No system keychain is available (%1). Install and start GNOME "
                            "Keyring or KWallet, or use the key for this session only.")
                             .arg(detail);
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStatus::Failed;
        result.message =
            tr("The system keychain refused access (%1). Unlock it and try again.").arg(detail);
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // Without a session bus or Secret Service, the libsecret back end reports a generic error
    // naming D-Bus; that is "no keychain here", not a fault of the stored entry.
    // These are GLib's and D-Bus's own words for "nobody to talk to".
    static const char *const noServiceSigns[] = {
        "Could not connect", "autolaunch",         "D-Bus", "dbus", "org.freedesktop.secrets",
        "ServiceUnknown",    "not provided by any"};
    bool noService = false;
    for (const char *sign : noServiceSigns)
        noService = noService || detail.contains(QLatin1String(sign), Qt::CaseInsensitive);
    result.status = noService ? SecretStatus::Unavailable : SecretStatus::Failed;
    result.message = noService ? tr("No system keychain is available (%1). Install and start "
                                    "GNOME Keyring or KWallet, or use the key for this session "
                                    "only.")
                                     .arg(detail)
                               : tr("The system keychain reported an error: %1").arg(detail);
    return result;
}

// Its own moc code here rather than in the library's shared mocs_compilation, so that a program
// that never uses this class (the command line, see LazyKeychainStore) does not link QtKeychain.
#include "moc_KeychainSecretStore.cpp"
