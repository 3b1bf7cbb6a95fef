#include "core/secrets/SystemdCredentialStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QRegularExpression>

QString SystemdCredentialStore::directoryFromEnvironment() {
    return qEnvironmentVariable("CREDENTIALS_DIRECTORY");
}

QString SystemdCredentialStore::credentialName(const QString &organizationId) {
    const QString base = QStringLiteral("allium-api-key");
    if (organizationId.isEmpty())
        return base;
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9_.-]*$"));
    if (!safe.match(organizationId).hasMatch())
        return QString();
    return base + QLatin1Char('.') + organizationId;
}

SystemdCredentialStore::SystemdCredentialStore(const QString &directory, const QString &name,
                                               QObject *parent)
    : SecretStore(parent)
    , m_directory(directory)
    , m_name(name) {
    qRegisterMetaType<SecretResult>();
}

SystemdCredentialStore::~SystemdCredentialStore() = default;

QString SystemdCredentialStore::filePath() const {
    if (m_directory.isEmpty() || m_name.isEmpty())
        return QString();
    return QDir(m_directory).filePath(m_name);
}

void SystemdCredentialStore::readKey() {
    finishLater(&SecretStore::readFinished, read());
}

void SystemdCredentialStore::writeKey(const QString &) {
    finishLater(&SecretStore::writeFinished, readOnly());
}

void SystemdCredentialStore::deleteKey() {
    finishLater(&SecretStore::deleteFinished, readOnly());
}

SecretResult SystemdCredentialStore::readOnly() const {
    return {SecretStatus::Failed,
            tr("A systemd credential is set in the service's unit file (LoadCredential=), not "
               "by the app."),
            {}};
}

QString SystemdCredentialStore::displayName() const {
    return tr("the systemd credential %1").arg(m_name);
}

SecretResult SystemdCredentialStore::read() const {
    const QString path = filePath();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        // Not a failure: most processes have no credentials, and the next store is asked.
        return {SecretStatus::NotFound, tr("No systemd credential %1.").arg(m_name), {}};
    }
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return {SecretStatus::Failed,
                tr("The systemd credential %1 cannot be read: %2.")
                    .arg(QDir::toNativeSeparators(path),
                         file.errorString().isEmpty() ? tr("not a file") : file.errorString()),
                {}};
    }
    const QByteArray content = file.read(MaximumFileBytes + 1);
    if (content.size() > MaximumFileBytes) {
        return {SecretStatus::Failed,
                tr("The systemd credential %1 is larger than %2 bytes: it should hold one API key.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(MaximumFileBytes),
                {}};
    }
    const QString key = QString::fromUtf8(content).trimmed();
    if (key.isEmpty()) {
        return {SecretStatus::Failed,
                tr("The systemd credential %1 is empty.").arg(QDir::toNativeSeparators(path)),
                {}};
    }
    return {SecretStatus::Ok, QString(), key};
}

void SystemdCredentialStore::finishLater(void (SecretStore::*signal)(const SecretResult &),
                                         const SecretResult &result) {
    // Queued, like every store, so callers see one behaviour whatever the store.
    QMetaObject::invokeMethod(
        this, [this, signal, result] { emit(this->*signal)(result); }, Qt::QueuedConnection);
}
