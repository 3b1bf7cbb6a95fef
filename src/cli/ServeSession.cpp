#include "cli/ServeSession.h"

#include "cli/OnceCommand.h"
#include "core/launch/ExitCode.h"
#include "core/launch/TerminationSignals.h"
#include "core/metrics/MetricsServer.h"
#include "core/metrics/ReadingsMetrics.h"
#include "core/organizations/OrganizationKeyLookup.h"
#include "core/organizations/OrganizationReadings.h"
#include "core/reading/CurrentReading.h"

#include <QTextStream>

#include <csignal>

using namespace std::chrono_literals;

namespace {

// How long answers being written may take once SIGTERM came; systemd waits 15 s in all.
constexpr std::chrono::milliseconds shutdownGrace = 3s;

} // namespace

ServeSession::ServeSession(const Settings &settings, HistoryStore *history, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_readings(std::make_unique<OrganizationReadings>(history, clock))
    , m_metrics(std::make_unique<ReadingsMetrics>(*m_readings, clock))
    , m_server(std::make_unique<MetricsServer>([this] { return m_metrics->collect(); }, clock))
    , m_signals(std::make_unique<TerminationSignals>()) {
    m_readings->setSessionBaseUrl(settings.sessionBaseUrl);
    m_readings->setRefreshInterval(settings.refreshInterval);
    m_metrics->setRefreshInterval(settings.refreshInterval);
    m_server->setBearerToken(settings.token);
    connect(m_readings.get(), &OrganizationReadings::readingChanged, this,
            &ServeSession::readingChanged);
    connect(m_signals.get(), &TerminationSignals::terminationRequested, this, [this](int number) {
        log(number == SIGINT ? tr("Stopping (SIGINT).") : tr("Stopping (SIGTERM)."));
        stop(toInt(ExitCode::Ok));
    });
    connect(m_server.get(), &MetricsServer::drained, this, [this] {
        if (m_exitCode == toInt(ExitCode::Ok))
            log(tr("Stopped."));
        emit finished(m_exitCode);
    });
}

ServeSession::~ServeSession() {
    // The readings first: their services go with them, and nothing reports into the rest.
    m_readings.reset();
}

void ServeSession::log(const QString &line) {
    QTextStream(stderr) << line << '\n';
}

bool ServeSession::start(const QList<Organization> &organizations, QString *error) {
    if (!m_server->listen(m_settings.address, m_settings.port, error))
        return false;
    m_readings->setOrganizations(organizations);
    QStringList names;
    for (const Organization &organization : organizations)
        names.append(organization.name);
    log(tr("Serving metrics at %1/metrics and %1/healthz for: %2.")
            .arg(url().toString(), names.join(QStringLiteral(", "))));
    if (!m_settings.token && !m_settings.address.isLoopback()) {
        log(tr("Warning: %1 is not a loopback address and no --bearer-token-file was given: "
               "whoever can reach this port can read the metrics.")
                .arg(m_settings.address.toString()));
    }

    m_keysPending = int(organizations.size());
    for (const Organization &organization : organizations) {
        ApiKeyResolver *resolver = OrganizationKeyLookup::makeResolver(organization, this);
        connect(resolver, &ApiKeyResolver::resolved, this,
                [this, organization, resolver](const ApiKeyResolver::Resolution &resolution) {
                    m_resolvers.removeOne(resolver);
                    resolver->deleteLater();
                    keyResolved(organization, resolution.key, resolution.problem);
                });
        m_resolvers.append(resolver);
        resolver->resolve();
    }
    return true;
}

QUrl ServeSession::url() const {
    return m_server->url();
}

void ServeSession::keyResolved(const Organization &organization, const QString &key,
                               const QString &problem) {
    if (m_stopping)
        return;
    --m_keysPending;
    m_metrics->setKeyMissing(organization.id, key.isEmpty());
    if (key.isEmpty()) {
        // Served as down (a configuration problem) so that the alert for it fires; the others
        // are read all the same.
        QString line = OnceCommand::noKeyMessage(organization.name);
        if (!problem.isEmpty())
            line = tr("%1 (%2)").arg(line, problem);
        log(line);
    } else {
        ++m_keysFound;
        m_readings->setKey(organization.id, key);
    }
    if (m_keysPending == 0 && m_keysFound == 0) {
        log(tr("No organization has an API key: nothing to serve."));
        stop(toInt(ExitCode::UsageError));
    }
}

void ServeSession::readingChanged(const QString &id) {
    const CurrentReading *reading = m_readings->reading(id);
    const Organization *organization = Organization::withId(m_readings->organizations(), id);
    if (!reading || !organization || m_stopping)
        return;
    const ReadingState &state = reading->state();
    // Quiet retries are not logged; a failure worth a banner in the dashboard is, once, and so
    // are the first reading and the first one after a failure.
    const QString &name = organization->name;
    if (state.error && state.errorStatus == ReadingState::ErrorStatus::Settled) {
        if (m_failing.value(id) == state.error->message)
            return;
        m_failing.insert(id, state.error->message);
        log(tr("%1: refresh failed: %2").arg(name, state.error->message));
    } else if (state.freshness == ReadingState::Freshness::Current) {
        if (m_failing.remove(id) > 0)
            log(tr("%1: read again; its figures are current.").arg(name));
        else if (!m_read.contains(id))
            log(tr("%1: read.").arg(name));
        m_read.insert(id);
    }
}

void ServeSession::stop(int exitCode) {
    if (m_stopping)
        return;
    m_stopping = true;
    // Readings are recorded on this thread between events, so no write is under way now; the
    // readings go (cancelling the requests on their way), the store is closed by its owner once
    // the loop ends, and the answers being written are finished.
    m_readings->setOrganizations({});
    qDeleteAll(m_resolvers);
    m_resolvers.clear();
    m_exitCode = exitCode;
    m_server->shutDown(exitCode == toInt(ExitCode::Ok) ? shutdownGrace : 0ms);
}
