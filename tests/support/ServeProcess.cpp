#include "support/ServeProcess.h"

#include "core/organizations/OrganizationList.h"
#include "core/secrets/SystemdCredentialStore.h"
#include "core/settings/AppSettings.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

ServeProcess::ServeProcess(const QString &program, QObject *parent)
    : QObject(parent)
    , m_program(program) {
    m_process.setProcessEnvironment(environment());
}

ServeProcess::~ServeProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

QProcessEnvironment ServeProcess::environment() const {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_home.path();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(SystemdCredentialStore::environmentVariable(),
                       home + QStringLiteral("/credentials"));
    // A system service has no session bus: the keys come from the credentials only.
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    if (!m_sessionBus.isEmpty()) {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_sessionBus);
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
    }
    environment.remove(QStringLiteral("ALLIUM_API_KEY"));
    if (!m_environmentKey.isEmpty())
        environment.insert(QStringLiteral("ALLIUM_API_KEY"), m_environmentKey);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

QString ServeProcess::settingsPath() const {
    return m_home.path() + QStringLiteral("/config/Allium/allium-usage.conf");
}

QString ServeProcess::historyPath() const {
    return m_home.path() + QStringLiteral("/data/Allium/allium-usage/history.sqlite");
}

QString ServeProcess::addOrganization(const QString &name, const QUrl &baseUrl,
                                      const QString &key) {
    AppSettings settings(settingsPath());
    const std::optional<Organization> organization = settings.organizations().add(name, baseUrl);
    if (!organization)
        return QString();
    // The first start's implicit organization is written along with the first added one; a
    // service set up for these organizations has no other (as --set-key --org leaves it).
    if (organization->id != Organization::defaultId())
        settings.organizations().remove(Organization::defaultId());
    return writeCredential(SystemdCredentialStore::credentialName(organization->id), key)
               ? organization->id
               : QString();
}

bool ServeProcess::writeCredential(const QString &name, const QString &key) {
    return writeFile(m_home.path() + QStringLiteral("/credentials/") + name, key.toUtf8() + '\n');
}

void ServeProcess::setSessionBus(const QString &address) {
    m_sessionBus = address;
    QDir().mkpath(m_home.path() + QStringLiteral("/run"));
}

void ServeProcess::setEnvironmentKey(const QString &key) {
    m_environmentKey = key;
}

QString ServeProcess::writeTokenFile(const QByteArray &token) {
    const QString path = m_home.path() + QStringLiteral("/metrics-token");
    writeFile(path, token + '\n');
    return path;
}

bool ServeProcess::start(const QStringList &extraArguments, QString *problem) {
    if (m_process.state() != QProcess::NotRunning) {
        *problem = QStringLiteral("allium-usage --serve is running already");
        return false;
    }
    m_log.clear();
    m_url = QUrl();
    m_process.setProcessEnvironment(environment());
    m_process.start(m_program, QStringList{QStringLiteral("--serve"), QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0")} +
                                   extraArguments);
    if (!m_process.waitForStarted(5'000)) {
        *problem = QStringLiteral("allium-usage did not start: ") + m_process.errorString();
        return false;
    }
    static const QRegularExpression serving(
        QStringLiteral("Serving metrics at (http://127\\.0\\.0\\.1:\\d+)/metrics"));
    QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        const QRegularExpressionMatch match = serving.match(QString::fromUtf8(log()));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            *problem = QStringLiteral("allium-usage --serve exited with %1: %2")
                           .arg(m_process.exitCode())
                           .arg(QString::fromUtf8(log()));
            return false;
        }
        QTest::qWait(20);
    }
    *problem = QStringLiteral("allium-usage --serve did not say where it listens: ") +
               QString::fromUtf8(log());
    return false;
}

QUrl ServeProcess::url() const {
    return m_url;
}

QByteArray ServeProcess::log() {
    m_log += m_process.readAllStandardError();
    return m_log;
}

int ServeProcess::terminate(int timeoutMs) {
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    QSignalSpy finished(&m_process, &QProcess::finished);
    m_process.terminate();
    if (!finished.wait(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
        return -1;
    }
    log();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}
