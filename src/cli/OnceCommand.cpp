#include "cli/OnceCommand.h"

#include "cli/OnceAllOrganizations.h"
#include "cli/OnceFetch.h"
#include "cli/OnceHistory.h"
#include "cli/OnceOutput.h"
#include "cli/OnceRequest.h"
#include "cli/OrganizationChoice.h"
#include "cli/OutputDestination.h"
#include "cli/TerminalMessages.h"
#include "core/Clock.h"
#include "core/demo/DemoUsageServer.h"
#include "core/display/DashboardText.h"
#include "core/history/HistoryStore.h"
#include "core/launch/CommandLineOptions.h"
#include "core/launch/ExitCode.h"
#include "core/organizations/OrganizationList.h"
#include "core/secrets/ApiKeyResolver.h"
#include "core/settings/AppSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <memory>

namespace {

void runToTheEnd(OnceFetch &fetch) {
    QEventLoop loop;
    QObject::connect(&fetch, &OnceFetch::finished, &loop, &QEventLoop::quit);
    fetch.start();
    loop.exec();
}

// One organization's snapshot (or the demo's), written in the requested format: the output
// `--once` always had.
int writeOne(const QCommandLineParser &parser, const OnceRequest &request,
             OutputDestination &destination, const OnceFetch &fetch, const QString &label,
             const QString &source) {
    if (!fetch.usageProblem().isEmpty())
        return CommandLineOptions::reportUsageError(fetch.usageProblem());
    if (!fetch.snapshot()) {
        const UsageError &error = *fetch.failure();
        // The exposition still says so (up 0), with the last good reading and its age, so that a
        // textfile collector never goes on showing the previous run's figures as current.
        if (request.format == OnceRequest::Format::Prometheus) {
            const OnceHistory lastGood = OnceHistory::lastGood(parser, source);
            QString problem;
            const bool written = OnceOutput::writeExposition(
                destination.device(), {OnceOutput::metrics(label, lastGood, error.kind)}, &problem);
            if (!destination.finish(written, problem))
                TerminalMessages::printError(destination.errorString());
        }
        TerminalMessages::printError(error.message);
        const QString advice = error.advice();
        if (!advice.isEmpty())
            TerminalMessages::printError(advice);
        return toInt(fetch.exitCode());
    }

    const UsageSnapshot &snapshot = *fetch.snapshot();
    // Said on standard error whatever the format, so that a script's log shows it too; the
    // output itself says it as well (the table's period line, JSON's period_ended).
    const QString ended = DashboardText(Clock::system()).endedPeriod(snapshot);
    if (!ended.isEmpty())
        TerminalMessages::printError(OnceCommand::tr("Warning: %1").arg(ended));

    // Recorded before writing, so that the forecast counts this reading too.
    const OnceHistory history =
        OnceHistory::record(parser, source, snapshot, request.format != OnceRequest::Format::Csv);
    QString problem;
    const bool written = OnceOutput::writeSnapshot(destination.device(), request.format, snapshot,
                                                   request.demo, label, history, &problem);
    // A file is only ever replaced by a complete one.
    if (!destination.finish(written, problem)) {
        TerminalMessages::printError(destination.errorString());
        return toInt(ExitCode::OutputFailed);
    }
    if (request.demo && request.format == OnceRequest::Format::Csv)
        TerminalMessages::printError(
            OnceCommand::tr("Note: this is demo data from --demo, not your organization's "
                            "usage."));
    // The output is complete, but a reading that is not in the history is not acknowledged as
    // recorded: scripts that build the history can tell.
    if (!history.recorded())
        return toInt(ExitCode::NotRecorded);
    return toInt(ExitCode::Ok);
}

} // namespace

HeadlessCommand OnceCommand::command() {
    return HeadlessCommand{QStringLiteral("once"), &OnceCommand::options, &OnceCommand::run};
}

QString OnceCommand::noKeyMessage(const QString &organization) {
    if (!organization.isEmpty()) {
        return tr("No API key for %1. Store it with allium-usage --set-key --org \"%1\" (create "
                  "one in the Allium app under Settings > API Keys).")
            .arg(organization);
    }
    return tr("No API key. Set the %1 environment variable to your key, or store it with "
              "allium-usage --set-key (create one in the Allium app under Settings > API Keys). "
              "To look around first: --demo.")
        .arg(ApiKeyResolver::environmentVariable());
}

QList<QCommandLineOption> OnceCommand::options() {
    return OnceRequest::options();
}

int OnceCommand::run(const QCommandLineParser &parser) {
    OnceRequest request;
    const QString problem = request.read(parser);
    if (!problem.isEmpty())
        return CommandLineOptions::reportUsageError(problem);

    // Opened first, so that a wrong --output path fails before any request is made.
    OutputDestination destination(request.outputPath);
    if (!destination.open()) {
        TerminalMessages::printError(destination.errorString());
        return toInt(ExitCode::OutputFailed);
    }

    if (request.demo) {
        DemoUsageServer demoServer(Clock::system());
        QString error;
        if (!demoServer.start(&error)) {
            TerminalMessages::printError(tr("Could not start the demo data server: %1").arg(error));
            return toInt(ExitCode::Unavailable);
        }
        OnceFetch fetch(demoServer.baseUrl(), DemoUsageServer::apiKey(), request.timeout);
        runToTheEnd(fetch);
        return writeOne(parser, request, destination, fetch, QStringLiteral("demo"),
                        HistoryStore::demoSourceKey());
    }

    AppSettings settings;
    OrganizationList &organizations = settings.organizations();
    OrganizationChoice::addEnvironment(organizations);
    if (request.allOrganizations) {
        if (organizations.all().isEmpty())
            return CommandLineOptions::reportUsageError(noKeyMessage());
        return OnceAllOrganizations::run(parser, request, destination, organizations.all());
    }

    QString choiceProblem;
    const std::optional<Organization> organization = OrganizationChoice::choose(
        parser, organizations, OrganizationChoice::Scope::Every, &choiceProblem);
    if (!organization) {
        return CommandLineOptions::reportUsageError(choiceProblem.isEmpty() ? noKeyMessage()
                                                                            : choiceProblem);
    }
    OnceFetch fetch(*organization, organization->effectiveBaseUrl(request.baseUrl),
                    request.timeout);
    fetch.setNamed(parser.isSet(OrganizationChoice::orgName()));
    runToTheEnd(fetch);
    return writeOne(parser, request, destination, fetch, organization->name,
                    organization->historyKey());
}
