#include "cli/OnceCommand.h"

#include "cli/OnceHistory.h"
#include "cli/OutputDestination.h"
#include "cli/TerminalMessages.h"
#include "core/Clock.h"
#include "core/api/UsageService.h"
#include "core/demo/DemoUsageServer.h"
#include "core/launch/CommandLineOptions.h"
#include "core/launch/ExitCode.h"
#include "core/output/CsvSnapshotWriter.h"
#include "core/output/JsonSnapshotWriter.h"
#include "core/output/TextTableWriter.h"
#include "core/secrets/ApiKeyResolver.h"
#include "core/secrets/KeychainSecretStore.h"

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

// What the arguments ask for, checked before anything touches the network.
struct OnceRequest {
    QString format;
    QString outputPath;
    milliseconds timeout{30'000};
    bool demo = false;
    QUrl baseUrl;
};

// Fills *request from the arguments; returns the usage error, or an empty string.
QString readRequest(const QCommandLineParser &parser, OnceRequest *request) {
    request->format = parser.isSet(formatOption) ? parser.value(formatOption).trimmed().toLower()
                                                 : QStringLiteral("table");
    if (request->format != QLatin1String("table") && request->format != QLatin1String("csv") &&
        request->format != QLatin1String("json")) {
        return OnceCommand::tr("--format: expected table, csv or json, got \"%1\".")
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

// The key from ALLIUM_API_KEY, or else from the stores listed here, in order.
ApiKeyResolver::Resolution resolveKey() {
    KeychainSecretStore keychain;
    ApiKeyResolver resolver(ApiKeyResolver::keyFromEnvironment(), {&keychain});
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
    service.fetchWithRetries(OnceCommand::Attempts,
                             std::chrono::seconds(OnceCommand::MaximumRetryAfterSeconds));
    loop.exec();
    return result;
}

bool writeSnapshot(QIODevice *device, const QString &format, const UsageSnapshot &snapshot,
                   bool demo, const OnceHistory &history, QString *error) {
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
                           tr("Output format for --once: table (default), csv or json."),
                           QStringLiteral("table|csv|json")),
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
        TerminalMessages::printError(result.error.message);
        const QString advice = result.error.advice();
        if (!advice.isEmpty())
            TerminalMessages::printError(advice);
        return toInt(exitCodeFor(result.error.kind));
    }

    // Recorded before writing, so that the forecast counts this reading too.
    const OnceHistory history =
        OnceHistory::record(parser, request.demo, request.baseUrl, *result.snapshot);
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
