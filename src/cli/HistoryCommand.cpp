#include "cli/HistoryCommand.h"

#include "cli/OrganizationChoice.h"
#include "cli/OutputDestination.h"
#include "cli/TerminalMessages.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "core/launch/CommandLineOptions.h"
#include "core/launch/ExitCode.h"
#include "core/organizations/OrganizationList.h"
#include "core/output/CsvSnapshotWriter.h"
#include "core/settings/AppSettings.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {

const QString historyOption = QStringLiteral("history");
const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");

int usageError(const QString &message) {
    TerminalMessages::printError(message);
    return toInt(ExitCode::UsageError);
}

struct Source {
    QString key;  // the history key
    QString name; // for people
};

// Whose readings to write: the demo's, or the organization --org names (or the one meant without
// it), exactly as --once chooses the organization it records for. --base-url changes where --once
// reads, never whose readings they are, so it changes nothing here but must still be valid.
std::optional<Source> sourceFrom(const QCommandLineParser &parser, QString *problem) {
    if (parser.isSet(CommandLineOptions::demo())) {
        if (parser.isSet(OrganizationChoice::orgName()) ||
            parser.isSet(CommandLineOptions::baseUrl())) {
            *problem = HistoryCommand::tr("--demo has its own history: it cannot be combined "
                                          "with --org or --base-url.");
            return std::nullopt;
        }
        return Source{HistoryStore::demoSourceKey(), HistoryCommand::tr("the demo data")};
    }
    if (parser.isSet(CommandLineOptions::baseUrl())) {
        QString why;
        if (!CommandLineOptions::baseUrlFrom(parser, &why)) {
            *problem = HistoryCommand::tr("--base-url: %1").arg(why);
            return std::nullopt;
        }
    }
    AppSettings settings;
    OrganizationList &organizations = settings.organizations();
    OrganizationChoice::addEnvironment(organizations);
    const std::optional<Organization> organization = OrganizationChoice::choose(
        parser, organizations, OrganizationChoice::Scope::Every, problem);
    if (!organization) {
        if (problem->isEmpty())
            *problem = HistoryCommand::tr("No organization is set up, so there is no history "
                                          "to write.");
        return std::nullopt;
    }
    return Source{organization->historyKey(), organization->name};
}

// A YYYY-MM-DD date, or an invalid date when the text is anything else.
QDate dateFrom(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 10)
        return {};
    return QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
}

} // namespace

HeadlessCommand HistoryCommand::command() {
    return HeadlessCommand{historyOption, &HistoryCommand::options, &HistoryCommand::run};
}

QString HistoryCommand::noHistoryOption() {
    return QStringLiteral("no-history");
}

QList<QCommandLineOption> HistoryCommand::options() {
    return {
        QCommandLineOption(historyOption,
                           tr("Write the recorded readings as CSV (with --format csv), one row "
                              "per unit per reading. Needs no display.")),
        QCommandLineOption(fromOption, tr("With --history: readings from this day on (UTC)."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(toOption,
                           tr("With --history: readings up to and including this day (UTC)."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(noHistoryOption(),
                           tr("With --once: do not record this reading in the usage history.")),
        OrganizationChoice::orgOption(),
    };
}

bool HistoryCommand::openToRead(HistoryStore &store) {
    return AppSettings().openHistory(store) || store.open(HistoryStore::Access::ReadOnly);
}

int HistoryCommand::run(const QCommandLineParser &parser) {
    const QString formatName = QStringLiteral("format");
    if (parser.isSet(formatName) &&
        parser.value(formatName).trimmed().compare(QLatin1String("csv"), Qt::CaseInsensitive) !=
            0) {
        return usageError(tr("--history writes CSV only: use --format csv (got \"%1\").")
                              .arg(parser.value(formatName)));
    }
    if (parser.isSet(noHistoryOption()))
        return usageError(tr("--no-history applies to --once only."));

    QDateTime from;
    QDateTime to;
    if (parser.isSet(fromOption)) {
        const QDate date = dateFrom(parser.value(fromOption));
        if (!date.isValid()) {
            return usageError(tr("--from: expected a date as YYYY-MM-DD, got \"%1\".")
                                  .arg(parser.value(fromOption)));
        }
        from = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (parser.isSet(toOption)) {
        const QDate date = dateFrom(parser.value(toOption));
        if (!date.isValid()) {
            return usageError(
                tr("--to: expected a date as YYYY-MM-DD, got \"%1\".").arg(parser.value(toOption)));
        }
        to = QDateTime(date.addDays(1), QTime(0, 0), Qt::UTC); // the whole of that day
    }
    if (from.isValid() && to.isValid() && from >= to)
        return usageError(tr("--from must not be after --to."));
    QString problem;

    const std::optional<Source> source = sourceFrom(parser, &problem);
    if (!source)
        return usageError(problem);
    OutputDestination destination(parser.value(QStringLiteral("output")));
    if (!destination.open()) {
        TerminalMessages::printError(destination.errorString());
        return toInt(ExitCode::OutputFailed);
    }

    // A history that does not exist is not created by looking.
    QList<UsageSnapshot> readings;
    const QString path = HistoryStore::defaultPath();
    if (QFileInfo::exists(path)) {
        HistoryStore store(path, Clock::system());
        if (!openToRead(store)) {
            TerminalMessages::printError(store.errorMessage());
            return toInt(ExitCode::Unavailable);
        }
        readings = store.readingsBetween(source->key, from, to);
    }

    CsvSnapshotWriter writer(destination.device());
    // A file is only ever replaced by a complete one.
    if (!destination.finish(writer.write(readings), writer.errorString())) {
        TerminalMessages::printError(destination.errorString());
        return toInt(ExitCode::OutputFailed);
    }
    if (readings.isEmpty())
        TerminalMessages::printError(
            tr("No readings of %1 are recorded for these dates.").arg(source->name));
    return toInt(ExitCode::Ok);
}
