#include "cli/OnceCommand.h"

#include "cli/OnceHistory.h"
#include "cli/OutputDestination.h"
#include "cli/TerminalMessages.h"
#include "core/Clock.h"
#include "core/api/UsageService.h"
#include "core/demo/DemoUsageServer.h"
#include "core/display/DashboardText.h"
#include "core/launch/CommandLineOptions.h"
#include "core/launch/ExitCode.h"
#include "core/metrics/MetricsExposition.h"
#include "core/output/CsvSnapshotWriter.h"
#include "core/output/JsonSnapshotWriter.h"
#include "core/output/TextTableWriter.h"
#include "core/secrets/ApiKeyResolver.h"
#include "core/secrets/ApiKeyRule.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/LazyKeychainStore.h"
#include "core/secrets/SystemdCredentialStore.h"
#include "core/settings/Defaults.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLocale>

#include <chrono>
#include <cmath>
#include <memory>
#include <optional>

namespace {

using std::chrono::milliseconds;

const QString formatOption = QStringLiteral("format");
const QString outputOption = QStringLiteral("output");
const QString timeoutOption = QStringLiteral("timeout");
const QString prometheusFormat = QStringLiteral("prometheus");

// What the arguments ask for, checked before anything touches the network.
struct OnceRequest {
    QString format;
    QString outputPath;
    milliseconds timeout{std::chrono::seconds(Defaults::requestTimeoutSeconds)};
    bool demo = false;
    QUrl baseUrl;
};

// Fills *request from the arguments; returns the usage error, or an empty string.
QString readRequest(const QCommandLineParser &parser, OnceRequest *request) {
    request->format = parser.isSet(formatOption) ? parser.value(formatOption).trimmed().toLower()
                                                 : QStringLiteral("table");
    if (request->format != QLatin1String("table") && request->format != QLatin1String("csv") &&
        request->format != QLatin1String("json") && request->format != prometheusFormat) {
        return OnceCommand::tr("--format: expected table, csv, json or prometheus, got \"%1\".")
            .arg(parser.value(formatOption));
    }

    request->outputPath = parser.value(outputOption);
    if (parser.isSet(outputOption) && request->outputPath.isEmpty())
        return OnceCommand::tr("--output: give a file name, or - for standard output.");

    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = QLocale::c().toDouble(parser.value(timeoutOption).trimmed(), &ok);
        // A day is far beyond any sensible request; the bound keeps the milliseconds in range.
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 86'400) {
            return OnceCommand::tr("--timeout: expected a number of seconds greater than 0 (for "
                                   "example 30 or 0.5), got \"%1\".")
                .arg(parser.value(timeoutOption));
        }
        request->timeout = milliseconds(std::max<qint64>(1, std::llround(seconds * 1000)));
    }

    request->demo = parser.isSet(CommandLineOptions::demo());
    if (request->demo) {
        if (parser.isSet(CommandLineOptions::baseUrl()))
            return OnceCommand::tr("--demo serves its own data: it cannot be combined with "
                                   "--base-url.");
        return QString();
    }

    QString problem;
    const std::optional<QUrl> baseUrl = CommandLineOptions::baseUrlFrom(parser, &problem);
    if (!baseUrl)
        return OnceCommand::tr("--base-url: %1").arg(problem);
    request->baseUrl = *baseUrl;
    return QString();
}

// The key from ALLIUM_API_KEY, or else from the stores listed here, in order: a systemd
// credential (a service or timer unit), then the keychain (a person's session).
ApiKeyResolver::Resolution resolveKey() {
    SystemdCredentialStore credential(SystemdCredentialStore::directoryFromEnvironment());
    LazyKeychainStore keychain;
    ApiKeyResolver resolver(ApiKeyResolver::keyFromEnvironment(), {&credential, &keychain});
    ApiKeyResolver::Resolution resolution;
    QEventLoop loop;
    QObject::connect(&resolver, &ApiKeyResolver::resolved, &loop,
                     [&](const ApiKeyResolver::Resolution &result) {
                         resolution = result;
                         loop.quit();
                     });
    resolver.resolve();
    loop.exec();
    return resolution;
}

struct FetchResult {
    std::optional<UsageSnapshot> snapshot;
    UsageError error;
};

FetchResult fetch(UsageService &service) {
    FetchResult result;
    QEventLoop loop;
    QObject::connect(&service, &UsageService::snapshotReceived, &loop,
                     [&](const UsageSnapshot &snapshot) {
                         result.snapshot = snapshot;
                         loop.quit();
                     });
    QObject::connect(&service, &UsageService::refreshFailed, &loop, [&](const UsageError &error) {
        result.error = error;
        loop.quit();
    });
    QObject::connect(&service, &UsageService::attemptFailed, &loop,
                     [](const UsageError &error, qint64 retryInMs) {
                         TerminalMessages::printError(
                             OnceCommand::tr("%1 Trying again in %2 s.")
                                 .arg(error.message)
                                 .arg(QLocale::c().toString(retryInMs / 1000.0, 'f', 1)));
                     });
    service.fetchWithRetries(Defaults::attemptsBeforeGivingUp,
                             std::chrono::seconds(OnceCommand::MaximumRetryAfterSeconds));
    loop.exec();
    return result;
}

// One organization for the Prometheus exposition. Each run starts afresh, so there is no memory
// of earlier failures to count: the failure counter is left out rather than restarted at 0.
OrganizationMetrics organizationMetrics(bool demo, const OnceHistory &history,
                                        std::optional<UsageErrorKind> failure) {
    OrganizationMetrics metrics;
    // Until organizations have names of their own, the one the key belongs to is "default".
    metrics.alias = demo ? QStringLiteral("demo") : QStringLiteral("default");
    metrics.snapshot = history.snapshot();
    metrics.forecasts = history.forecasts();
    if (metrics.snapshot)
        metrics.lastSuccessAt = metrics.snapshot->receivedAt;
    metrics.lastFailure = failure;
    metrics.fresh = !failure;
    return metrics;
}

bool writeExposition(QIODevice *device, const OrganizationMetrics &metrics, QString *error) {
    // node_exporter's textfile collector reads the text format, not OpenMetrics.
    const QByteArray exposition =
        MetricsExposition::write({metrics}, MetricsFormat::PrometheusText);
    if (device->write(exposition) == exposition.size())
        return true;
    *error = device->errorString();
    return false;
}

bool writeSnapshot(QIODevice *device, const QString &format, const UsageSnapshot &snapshot,
                   bool demo, const OnceHistory &history, QString *error) {
    if (format == prometheusFormat)
        return writeExposition(device, organizationMetrics(demo, history, {}), error);
    if (format == QLatin1String("csv")) {
        CsvSnapshotWriter writer(device);
        const bool written = writer.write(snapshot);
        *error = writer.errorString();
        return written;
    }
    if (format == QLatin1String("json")) {
        JsonSnapshotWriter writer(device);
        writer.setUnitExtras(history.jsonExtras());
        const bool written = writer.write(snapshot, demo);
        *error = writer.errorString();
        return written;
    }
    TextTableWriter writer(device);
    const bool written =
        writer.write(snapshot, demo) && device->write(history.tableText().toUtf8()) >= 0;
    *error = writer.errorString();
    return written;
}

} // namespace

HeadlessCommand OnceCommand::command() {
    return HeadlessCommand{QStringLiteral("once"), &OnceCommand::options, &OnceCommand::run};
}

QList<QCommandLineOption> OnceCommand::options() {
    return {
        QCommandLineOption(QStringLiteral("once"),
                           tr("Fetch one usage snapshot, print it and exit. Needs no display.")),
        QCommandLineOption(formatOption,
                           tr("Output format for --once: table (default), csv, json or prometheus "
                              "(the exporter's metrics, for node_exporter's textfile collector)."),
                           QStringLiteral("table|csv|json|prometheus")),
        QCommandLineOption(outputOption,
                           tr("Write the output to FILE (atomically) instead of standard output."),
                           QStringLiteral("FILE")),
        QCommandLineOption(timeoutOption,
                           tr("Seconds allowed for each request, from connecting to the last "
                              "byte, redirects included (default 30)."),
                           QStringLiteral("SECONDS")),
    };
}

int OnceCommand::run(const QCommandLineParser &parser) {
    OnceRequest request;
    const QString problem = readRequest(parser, &request);
    if (!problem.isEmpty())
        return CommandLineOptions::reportUsageError(problem);

    // Opened first, so that a wrong --output path fails before any request is made.
    OutputDestination destination(request.outputPath);
    if (!destination.open()) {
        TerminalMessages::printError(destination.errorString());
        return toInt(ExitCode::OutputFailed);
    }

    std::unique_ptr<DemoUsageServer> demoServer;
    QString key;
    if (request.demo) {
        demoServer = std::make_unique<DemoUsageServer>(Clock::system());
        QString error;
        if (!demoServer->start(&error)) {
            TerminalMessages::printError(tr("Could not start the demo data server: %1").arg(error));
            return toInt(ExitCode::Unavailable);
        }
        request.baseUrl = demoServer->baseUrl();
        key = DemoUsageServer::apiKey();
    } else {
        const ApiKeyResolver::Resolution resolution = resolveKey();
        if (resolution.key.isEmpty()) {
            QString message = tr("No API key. Set the %1 environment variable to your key, or "
                                 "store it with allium-usage --set-key (create one in the Allium "
                                 "app under Settings > API Keys). To look around first: --demo.")
                                  .arg(ApiKeyResolver::environmentVariable());
            if (!resolution.problem.isEmpty())
                message += QLatin1Char('\n') + resolution.problem;
            return CommandLineOptions::reportUsageError(message);
        }
        key = resolution.key;
        // The one key rule, before anything is sent: ALLIUM_API_KEY may hold anything.
        const QString keyProblem = ApiKeyRule::problem(key);
        if (!keyProblem.isEmpty()) {
            return CommandLineOptions::reportUsageError(
                resolution.source == ApiKeyResolver::Source::Environment
                    ? tr("%1: %2").arg(ApiKeyResolver::environmentVariable(), keyProblem)
                    : tr("The stored API key cannot be used: %1").arg(keyProblem));
        }
    }

    UsageService service(Clock::system());
    QString refusal;
    if (!service.setBaseUrl(request.baseUrl, &refusal))
        return CommandLineOptions::reportUsageError(tr("--base-url: %1").arg(refusal));
    UsageServiceTimings timings = service.timings();
    timings.transferTimeout = request.timeout;
    // Someone is waiting at a terminal or a script is: retry soon. A server that needs longer
    // says so with Retry-After, which is honoured up to MaximumRetryAfterSeconds.
    timings.backoffInitial = std::chrono::seconds(1);
    timings.backoffMaximum = std::chrono::seconds(4);
    service.setTimings(timings);
    service.setApiKey(key);

    const FetchResult result = fetch(service);
    if (!result.snapshot) {
        // The exposition still says so (up 0), with the last good reading and its age, so that a
        // textfile collector never goes on showing the previous run's figures as current.
        if (request.format == prometheusFormat) {
            const OnceHistory lastGood =
                OnceHistory::lastGood(parser, request.demo, request.baseUrl);
            QString error;
            if (!writeExposition(destination.device(),
                                 organizationMetrics(request.demo, lastGood, result.error.kind),
                                 &error))
                destination.abandon(error);
            else
                destination.commit();
            if (!destination.errorString().isEmpty())
                TerminalMessages::printError(destination.errorString());
        }
        TerminalMessages::printError(result.error.message);
        const QString advice = result.error.advice();
        if (!advice.isEmpty())
            TerminalMessages::printError(advice);
        return toInt(exitCodeFor(result.error.kind));
    }

    // Said on standard error whatever the format, so that a script's log shows it too; the
    // output itself says it as well (the table's period line, JSON's period_ended).
    const QString ended = DashboardText(Clock::system()).endedPeriod(*result.snapshot);
    if (!ended.isEmpty())
        TerminalMessages::printError(tr("Warning: %1").arg(ended));

    // Recorded before writing, so that the forecast counts this reading too.
    const OnceHistory history =
        OnceHistory::record(parser, request.demo, request.baseUrl, *result.snapshot,
                            request.format != QLatin1String("csv"));
    QString error;
    if (!writeSnapshot(destination.device(), request.format, *result.snapshot, request.demo,
                       history, &error))
        destination.abandon(error); // a file is only ever replaced by a complete one
    else
        destination.commit();
    if (!destination.errorString().isEmpty()) {
        TerminalMessages::printError(destination.errorString());
        return toInt(ExitCode::OutputFailed);
    }
    if (request.demo && request.format == QLatin1String("csv"))
        TerminalMessages::printError(
            tr("Note: this is demo data from --demo, not your organization's usage."));
    // The output is complete, but a reading that is not in the history is not acknowledged as
    // recorded: scripts that build the history can tell.
    if (!history.recorded())
        return toInt(ExitCode::NotRecorded);
    return toInt(ExitCode::Ok);
}
