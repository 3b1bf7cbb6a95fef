#include "cli/ServeCommand.h"

#include "cli/HistoryCommand.h"
#include "cli/OnceCommand.h"
#include "cli/OrganizationChoice.h"
#include "cli/ServeSession.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "core/launch/CommandLineOptions.h"
#include "core/launch/ExitCode.h"
#include "core/metrics/MetricsServer.h"
#include "core/organizations/OrganizationList.h"
#include "core/secrets/SystemdCredentialStore.h"
#include "core/settings/AppSettings.h"

#include <QCommandLineParser>
#include <QDir>

namespace {

const QString serveOption = QStringLiteral("serve");
const QString listenOption = QStringLiteral("listen");
const QString tokenFileOption = QStringLiteral("bearer-token-file");

} // namespace

HeadlessCommand ServeCommand::command() {
    return HeadlessCommand{serveOption, &ServeCommand::options, &ServeCommand::run};
}

QList<QCommandLineOption> ServeCommand::options() {
    return {
        QCommandLineOption(
            serveOption,
            tr("Run as a Prometheus exporter until stopped (SIGTERM, Ctrl+C): read every "
               "organization on its refresh interval, record the history, and serve GET /metrics "
               "and GET /healthz. Scrapes never call the Allium API. Needs no display.")),
        QCommandLineOption(
            listenOption,
            tr("With --serve: the address and port to listen on, default 127.0.0.1:%1 (this "
               "machine only). Any other address is used only when named here, e.g. "
               "0.0.0.0:%1 for every network interface; then also use --bearer-token-file.")
                .arg(MetricsServer::DefaultPort),
            QStringLiteral("HOST:PORT")),
        QCommandLineOption(
            tokenFileOption,
            tr("With --serve: answer only requests with \"Authorization: Bearer TOKEN\", the "
               "token read from FILE (the file Prometheus's credentials_file reads). Never put "
               "the token itself on the command line."),
            QStringLiteral("FILE")),
        OrganizationChoice::orgOption(),
    };
}

std::optional<ServeCommand::ListenAddress> ServeCommand::parseListen(const QString &text,
                                                                     QString *problem) {
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    QString host = colon < 0 ? QString() : trimmed.left(colon);
    const QString portText = colon < 0 ? QString() : trimmed.mid(colon + 1);
    const bool bracketed =
        host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')) && host.size() > 2;
    if (bracketed)
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    ListenAddress listen;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        listen.address = QHostAddress(QHostAddress::LocalHost);
    else
        listen.address = QHostAddress(host);
    // An IPv6 address needs its brackets, or its last group would read as the port.
    const bool ipv6 = listen.address.protocol() == QHostAddress::IPv6Protocol;
    if (!portOk || port > 65535 || listen.address.isNull() || ipv6 != bracketed) {
        *problem = tr("--listen: expected HOST:PORT with an IP address, e.g. 127.0.0.1:%1, "
                      "0.0.0.0:%1 or [::1]:%1, got \"%2\".")
                       .arg(MetricsServer::DefaultPort)
                       .arg(text);
        return std::nullopt;
    }
    listen.port = quint16(port);
    return listen;
}

QList<Organization> ServeCommand::organizationsToServe(const OrganizationList &list,
                                                       const QString &credentialsDirectory) {
    QList<Organization> organizations = list.all();
    const QString prefix = SystemdCredentialStore::credentialName() + QLatin1Char('.');
    const QStringList files =
        credentialsDirectory.isEmpty()
            ? QStringList()
            : QDir(credentialsDirectory)
                  .entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Readable, QDir::Name);
    bool anyFromCredentials = false;
    for (const QString &file : files) {
        const QString id = file.mid(prefix.size());
        // A stored organization's own credential, or a name one of them has already.
        if (SystemdCredentialStore::credentialName(id) != file ||
            Organization::withId(organizations, id) || Organization::named(organizations, id))
            continue;
        Organization organization;
        organization.id = id;
        organization.name = id;
        // An entry of its own, so that a key is never taken from another organization's.
        organization.keychainEntry = Organization::keychainEntryFor(id);
        organizations.append(organization);
        anyFromCredentials = true;
    }
    // Until organizations are set up, the list holds the single-key setup's implicit one; beside
    // others given to the service it would only ever be down for want of a key.
    if (!list.isWritten() && (list.hasEnvironmentOrganization() || anyFromCredentials))
        organizations.removeIf(
            [](const Organization &each) { return each.id == Organization::defaultId(); });
    return organizations;
}

int ServeCommand::run(const QCommandLineParser &parser) {
    if (parser.isSet(CommandLineOptions::demo()))
        return CommandLineOptions::reportUsageError(
            tr("--serve reads real organizations; --demo works with --once and the dashboard."));
    if (parser.isSet(OrganizationChoice::allOrgsName()))
        return CommandLineOptions::reportUsageError(
            tr("--serve reads every organization already; --all-orgs is for --once."));

    ServeSession::Settings settings;
    QString problem;
    const std::optional<ListenAddress> listen = parseListen(
        parser.isSet(listenOption) ? parser.value(listenOption)
                                   : QStringLiteral("127.0.0.1:%1").arg(MetricsServer::DefaultPort),
        &problem);
    if (!listen)
        return CommandLineOptions::reportUsageError(problem);
    settings.address = listen->address;
    settings.port = listen->port;
    if (parser.isSet(tokenFileOption)) {
        settings.token = BearerToken::fromFile(parser.value(tokenFileOption), &problem);
        if (!settings.token)
            return CommandLineOptions::reportUsageError(tr("--bearer-token-file: %1").arg(problem));
    }
    if (parser.isSet(CommandLineOptions::baseUrl())) {
        const std::optional<QUrl> url = CommandLineOptions::baseUrlFrom(parser, &problem);
        if (!url)
            return CommandLineOptions::reportUsageError(tr("--base-url: %1").arg(problem));
        settings.sessionBaseUrl = *url;
    }

    AppSettings appSettings;
    settings.refreshInterval = std::chrono::minutes(appSettings.refreshIntervalMinutes());
    OrganizationList &list = appSettings.organizations();
    OrganizationChoice::addEnvironment(list);
    QList<Organization> organizations;
    if (parser.isSet(OrganizationChoice::orgName())) {
        const std::optional<Organization> chosen =
            OrganizationChoice::choose(parser, list, OrganizationChoice::Scope::Every, &problem);
        if (!chosen)
            return CommandLineOptions::reportUsageError(problem);
        organizations = {*chosen};
    } else {
        organizations =
            organizationsToServe(list, SystemdCredentialStore::directoryFromEnvironment());
    }
    if (organizations.isEmpty())
        return CommandLineOptions::reportUsageError(OnceCommand::noKeyMessage());

    // Readings are recorded as every reading records them; without a store the exporter still
    // serves what it reads, and says why the history is missing.
    HistoryStore history(HistoryStore::defaultPath(), Clock::system());
    if (!parser.isSet(HistoryCommand::noHistoryOption()) && !appSettings.openHistory(history))
        ServeSession::log(tr("The usage history cannot be used: %1").arg(history.errorMessage()));

    ServeSession session(settings, &history, Clock::system());
    QObject::connect(&session, &ServeSession::finished, QCoreApplication::instance(),
                     &QCoreApplication::exit);
    if (!session.start(organizations, &problem)) {
        ServeSession::log(tr("Cannot listen on %1:%2: %3")
                              .arg(settings.address.toString())
                              .arg(settings.port)
                              .arg(problem));
        return toInt(ExitCode::ListenFailed);
    }
    return QCoreApplication::exec();
}
