#include "cli/OnceFetch.h"

#include "cli/OnceCommand.h"
#include "cli/TerminalMessages.h"
#include "core/Clock.h"
#include "core/api/UsageService.h"
#include "core/organizations/OrganizationKeyLookup.h"
#include "core/secrets/ApiKeyResolver.h"
#include "core/secrets/ApiKeyRule.h"
#include "core/settings/Defaults.h"

#include <QLocale>
#include <QTimer>

OnceFetch::OnceFetch(const Organization &organization, const QUrl &baseUrl,
                     std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_organization(organization)
    , m_baseUrl(baseUrl)
    , m_timeout(timeout) {}

OnceFetch::OnceFetch(const QUrl &demoUrl, const QString &demoKey, std::chrono::milliseconds timeout,
                     QObject *parent)
    : QObject(parent)
    , m_baseUrl(demoUrl)
    , m_timeout(timeout)
    , m_demo(true)
    , m_demoKey(demoKey) {}

OnceFetch::~OnceFetch() = default;

ExitCode OnceFetch::exitCode() const {
    if (!m_usageProblem.isEmpty())
        return ExitCode::UsageError;
    if (m_failure)
        return exitCodeFor(m_failure->kind);
    return ExitCode::Ok;
}

void OnceFetch::start(std::chrono::milliseconds delay) {
    QTimer::singleShot(delay, this, [this] {
        if (m_demo) {
            fetch(m_demoKey);
            return;
        }
        m_resolver = OrganizationKeyLookup::makeResolver(m_organization, this);
        connect(
            m_resolver, &ApiKeyResolver::resolved, this,
            [this](const ApiKeyResolver::Resolution &resolution) {
                QString problem;
                if (resolution.key.isEmpty()) {
                    problem = OnceCommand::noKeyMessage(m_named ? m_organization.name : QString());
                    if (!resolution.problem.isEmpty())
                        problem += QLatin1Char('\n') + resolution.problem;
                } else if (const QString rule = ApiKeyRule::problem(resolution.key);
                           !rule.isEmpty()) {
                    // The one key rule, before anything is sent: ALLIUM_API_KEY may hold
                    // anything.
                    problem =
                        resolution.source == ApiKeyResolver::Source::Environment
                            ? OnceCommand::tr("%1: %2").arg(ApiKeyResolver::environmentVariable(),
                                                            rule)
                            : OnceCommand::tr("The stored API key cannot be used: %1").arg(rule);
                }
                keyFound(resolution.key, problem);
            });
        m_resolver->resolve();
    });
}

void OnceFetch::keyFound(const QString &key, const QString &problem) {
    if (!problem.isEmpty()) {
        m_usageProblem = problem;
        finish();
        return;
    }
    fetch(key);
}

void OnceFetch::fetch(const QString &key) {
    m_service = std::make_unique<UsageService>(Clock::system());
    QString refusal;
    if (!m_service->setBaseUrl(m_baseUrl, &refusal)) {
        m_usageProblem = m_demo || m_organization.baseUrl != m_baseUrl
                             ? OnceCommand::tr("--base-url: %1").arg(refusal)
                             : OnceCommand::tr("The address of %1 cannot be used: %2")
                                   .arg(m_organization.name, refusal);
        finish();
        return;
    }
    UsageServiceTimings timings = m_service->timings();
    timings.transferTimeout = m_timeout;
    // Someone is waiting at a terminal or a script is: retry soon. A server that needs longer
    // says so with Retry-After, which is honoured up to MaximumRetryAfterSeconds.
    timings.backoffInitial = std::chrono::seconds(1);
    timings.backoffMaximum = std::chrono::seconds(4);
    m_service->setTimings(timings);
    m_service->setApiKey(key);
    connect(m_service.get(), &UsageService::snapshotReceived, this,
            [this](const UsageSnapshot &snapshot) {
                m_snapshot = snapshot;
                finish();
            });
    connect(m_service.get(), &UsageService::refreshFailed, this, [this](const UsageError &error) {
        m_failure = error;
        finish();
    });
    connect(m_service.get(), &UsageService::attemptFailed, this,
            [this](const UsageError &error, qint64 retryInMs) {
                TerminalMessages::printError(
                    m_announcePrefix + OnceCommand::tr("%1 Trying again in %2 s.")
                                           .arg(error.message)
                                           .arg(QLocale::c().toString(retryInMs / 1000.0, 'f', 1)));
            });
    m_service->fetchWithRetries(Defaults::attemptsBeforeGivingUp,
                                std::chrono::seconds(OnceCommand::MaximumRetryAfterSeconds));
}

void OnceFetch::finish() {
    // Not from inside the service's own signal.
    QMetaObject::invokeMethod(this, &OnceFetch::finished, Qt::QueuedConnection);
}
