#include "cli/OnceRequest.h"

#include "cli/OnceCommand.h"
#include "cli/OrganizationChoice.h"
#include "core/launch/CommandLineOptions.h"

#include <QCommandLineParser>
#include <QLocale>

#include <cmath>

namespace {

const QString formatOption = QStringLiteral("format");
const QString outputOption = QStringLiteral("output");
const QString timeoutOption = QStringLiteral("timeout");

} // namespace

QList<QCommandLineOption> OnceRequest::options() {
    return {
        QCommandLineOption(QStringLiteral("once"),
                           OnceCommand::tr("Fetch one usage snapshot, print it and exit. Needs no "
                                           "display.")),
        QCommandLineOption(formatOption,
                           OnceCommand::tr("Output format for --once: table (default), csv, json "
                                           "or prometheus (the exporter's metrics, for "
                                           "node_exporter's textfile collector)."),
                           QStringLiteral("table|csv|json|prometheus")),
        QCommandLineOption(outputOption,
                           OnceCommand::tr("Write the output to FILE (atomically) instead of "
                                           "standard output."),
                           QStringLiteral("FILE")),
        QCommandLineOption(timeoutOption,
                           OnceCommand::tr("Seconds allowed for each request, from connecting "
                                           "to the last byte, redirects included (default 30)."),
                           QStringLiteral("SECONDS")),
        OrganizationChoice::orgOption(),
        OrganizationChoice::allOrgsOption(),
    };
}

QString OnceRequest::read(const QCommandLineParser &parser) {
    const QString name =
        parser.isSet(formatOption) ? parser.value(formatOption).trimmed().toLower() : QString();
    if (name.isEmpty() || name == QLatin1String("table"))
        format = Format::Table;
    else if (name == QLatin1String("csv"))
        format = Format::Csv;
    else if (name == QLatin1String("json"))
        format = Format::Json;
    else if (name == QLatin1String("prometheus"))
        format = Format::Prometheus;
    else
        return OnceCommand::tr("--format: expected table, csv, json or prometheus, got \"%1\".")
            .arg(parser.value(formatOption));

    outputPath = parser.value(outputOption);
    if (parser.isSet(outputOption) && outputPath.isEmpty())
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
        timeout = std::chrono::milliseconds(std::max<qint64>(1, std::llround(seconds * 1000)));
    }

    allOrganizations = parser.isSet(OrganizationChoice::allOrgsName());
    const bool named = parser.isSet(OrganizationChoice::orgName());
    if (allOrganizations && named)
        return OnceCommand::tr("--org and --all-orgs cannot be combined.");
    demo = parser.isSet(CommandLineOptions::demo());
    if (demo) {
        if (parser.isSet(CommandLineOptions::baseUrl()))
            return OnceCommand::tr("--demo serves its own data: it cannot be combined with "
                                   "--base-url.");
        if (named || allOrganizations)
            return OnceCommand::tr("--demo serves its own data: it cannot be combined with "
                                   "--%1.")
                .arg(named ? OrganizationChoice::orgName() : OrganizationChoice::allOrgsName());
        return QString();
    }

    if (parser.isSet(CommandLineOptions::baseUrl())) {
        QString problem;
        const std::optional<QUrl> url = CommandLineOptions::baseUrlFrom(parser, &problem);
        if (!url)
            return OnceCommand::tr("--base-url: %1").arg(problem);
        baseUrl = *url;
    }
    return QString();
}
