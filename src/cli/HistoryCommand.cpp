#include "cli/HistoryCommand.h"

#include "cli/OutputDestination.h"
#include "cli/TerminalMessages.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "core/launch/CommandLineOptions.h"
#include "core/launch/ExitCode.h"
#include "core/output/CsvSnapshotWriter.h"
#include "core/reading/ReadingSource.h"
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
    };
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

    const bool demo = parser.isSet(CommandLineOptions::demo());
    QString source = ReadingSource::historyKeyFor(QUrl(), true);
    if (!demo) {
        QString problem;
        const std::optional<QUrl> baseUrl = CommandLineOptions::baseUrlFrom(parser, &problem);
        if (!baseUrl)
            return usageError(tr("--base-url: %1").arg(problem));
        source = ReadingSource::historyKeyFor(*baseUrl, false);
    }

    OutputDestination destination(parser.value(QStringLiteral("output")));
    if (!destination.open()) {
        TerminalMessages::printError(destination.errorString());
        return toInt(ExitCode::OutputFailed);
    }

    // Only reading: opened read-only, so that a history in a read-only folder (a backup, a
    // mounted snapshot) can be exported, and nothing is pruned or changed by looking.
    QList<UsageSnapshot> readings;
    const QString path = HistoryStore::defaultPath();
    if (QFileInfo::exists(path)) {
        HistoryStore store(path, Clock::system());
        // Readings older than what the person chose in Settings are left out, as if pruned.
        store.setRetentionDays(AppSettings().historyRetentionDays());
        if (!store.open(HistoryStore::Access::ReadOnly)) {
            TerminalMessages::printError(store.errorMessage());
            return toInt(ExitCode::Unavailable);
        }
        readings = store.readingsBetween(source, from, to);
    }

    CsvSnapshotWriter writer(destination.device());
    if (!writer.write(readings))
        destination.abandon(writer.errorString()); // a file is only replaced by a complete one
    else
        destination.commit();
    if (!destination.errorString().isEmpty()) {
        TerminalMessages::printError(destination.errorString());
        return toInt(ExitCode::OutputFailed);
    }
    if (readings.isEmpty())
        TerminalMessages::printError(
            tr("No readings of %1 are recorded for these dates.").arg(source));
    return toInt(ExitCode::Ok);
}
