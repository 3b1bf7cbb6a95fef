#include "cli/HeadlessMain.h"

#include "cli/HeadlessCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/KeyCommands.h"
#include "cli/ListOrganizationsCommand.h"
#include "cli/OnceCommand.h"
#include "cli/ServeCommand.h"
#include "core/TranslationLoader.h"
#include "core/launch/CommandLineOptions.h"
#include "core/launch/ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("HeadlessMain", text);
}

// Every command-line mode. To add one, give it a HeadlessCommand and add it here: its trigger
// option then routes to the command line, its options appear in --help, and it runs when chosen.
QList<HeadlessCommand> commands() {
    return {
        OnceCommand::command(),          ServeCommand::command(),
        HistoryCommand::command(),       KeyCommands::setKeyCommand(),
        KeyCommands::forgetKeyCommand(), ListOrganizationsCommand::command(),
    };
}

QStringList argumentList(int argc, char *argv[]) {
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// All options of all modes, so that --help lists everything and a misspelled option is named.
// Returns the names of the options only command-line modes read.
QStringList configure(QCommandLineParser &parser, const QList<HeadlessCommand> &modes) {
    // "-platform" is one option (Qt's), not -p -l -a ...; and "-v", "-h" still work.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(QCoreApplication::translate(
        "HeadlessMain",
        "Shows your organization's Allium API usage: a dashboard and tray icon; with --once, "
        "one snapshot printed as a table, CSV, JSON or Prometheus metrics; with --serve, a "
        "Prometheus exporter that runs as a service."));
    parser.addHelpOption();
    parser.addVersionOption();
    CommandLineOptions::addCommonOptions(parser);
    parser.addOption(CommandLineOptions::theme());

    QStringList headlessNames;
    QSet<QString> known;
    for (const HeadlessCommand &mode : modes) {
        for (const QCommandLineOption &option : mode.options()) {
            const QString name = option.names().constFirst();
            if (known.contains(name))
                continue;
            known.insert(name);
            headlessNames.append(option.names());
            parser.addOption(option);
        }
    }
    return headlessNames;
}

QString helpEpilogue() {
    return QCoreApplication::translate("HeadlessMain", R"(
Environment:
  ALLIUM_API_KEY    The API key (from the Allium app: Settings > API Keys). Wins over the key
                    stored in the system keychain with --set-key. Keys are never accepted as
                    arguments: a command line leaks into process lists and shell history.
  CREDENTIALS_DIRECTORY
                    Set by systemd for a unit with LoadCredential=allium-api-key:FILE; the key
                    is read from the file allium-api-key there when ALLIUM_API_KEY is not set.
                    With --serve, each credential allium-api-key.NAME adds an organization NAME.
  ALLIUM_THEME      The dashboard's look when --theme is not given.

Exit codes:
  0  success
  1  the output could not be written (the --output folder does not exist, a full disk);
     an existing --output file is then left as it was
  2  usage error: unknown option, bad or refused base URL, no API key
  3  the API key was rejected (HTTP 401 or 403)
  4  network or server failure after 3 attempts: timeouts, 429, 5xx, other HTTP errors;
     for --history, the history could not be read
  5  the server's answer was not valid usage data
  6  --set-key, --forget-key: no system keychain, or it refused
  7  --once: the output is complete, but the reading could not be recorded in the usage
     history (a full disk, a read-only folder; --no-history records nothing)
  8  --serve: the --listen address cannot be listened on (in use, or not this machine's)
  126  the dashboard is installed but could not be started
  127  the dashboard is not installed (package allium-usage); the command line works

Examples:
  allium-usage --once
  allium-usage --once --format csv --output usage.csv
  allium-usage --once --format prometheus --output /var/lib/node_exporter/allium.prom
  allium-usage --demo --once --format json
  allium-usage --serve
  allium-usage --serve --listen 0.0.0.0:10741 --bearer-token-file /etc/allium-usage/token
  allium-usage --set-key < key.txt
  allium-usage --history --from 2026-04-01 --format csv --output april.csv
)");
}

} // namespace

bool HeadlessMain::handles(int argc, char *argv[]) {
    const QStringList arguments = argumentList(argc, argv);
    if (!CommandLineOptions::keyOptionIn(arguments).isEmpty())
        return true;

    QCommandLineParser parser;
    const QStringList headlessNames = configure(parser, commands());
    // Errors are the GUI's to report when no command-line option is present (Qt's own options
    // are unknown here); isSet() still reflects every option that did parse.
    parser.parse(arguments);
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")) ||
        parser.isSet(QStringLiteral("version")))
        return true;
    for (const QString &name : headlessNames) {
        if (parser.isSet(name))
            return true;
    }
    return false;
}

int HeadlessMain::run(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Allium"));
    QCoreApplication::setApplicationName(QStringLiteral("allium-usage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLIUM_VERSION));
    TranslationLoader::install();

    const QStringList arguments = QCoreApplication::arguments();
    const QString keyOption = CommandLineOptions::keyOptionIn(arguments);
    if (!keyOption.isEmpty()) {
        return CommandLineOptions::reportUsageError(
            tr("%1: API keys are not accepted on the command line, because command lines "
               "leak into process lists and shell history. Set the ALLIUM_API_KEY "
               "environment variable instead.")
                .arg(keyOption));
    }

    const QList<HeadlessCommand> modes = commands();
    QCommandLineParser parser;
    const QStringList headlessNames = configure(parser, modes);
    if (!parser.parse(arguments))
        return CommandLineOptions::reportUsageError(parser.errorText());

    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        QTextStream(stdout) << parser.helpText() << helpEpilogue();
        return toInt(ExitCode::Ok);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return toInt(ExitCode::Ok);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return CommandLineOptions::reportUsageError(
            tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    }
    for (const QCommandLineOption &option :
         {CommandLineOptions::minimized(), CommandLineOptions::theme()}) {
        if (parser.isSet(option)) {
            return CommandLineOptions::reportUsageError(
                tr("--%1 applies to the dashboard only.").arg(option.names().constFirst()));
        }
    }

    QStringList triggers;
    const HeadlessCommand *chosen = nullptr;
    for (const HeadlessCommand &mode : modes) {
        triggers.append(QStringLiteral("--") + mode.trigger);
        if (parser.isSet(mode.trigger)) {
            if (chosen) {
                return CommandLineOptions::reportUsageError(
                    tr("--%1 and --%2 cannot be combined.").arg(chosen->trigger, mode.trigger));
            }
            chosen = &mode;
        }
    }
    if (!chosen) {
        QString option;
        for (const QString &name : parser.optionNames()) {
            if (headlessNames.contains(name)) {
                option = name;
                break;
            }
        }
        return CommandLineOptions::reportUsageError(
            tr("--%1 only works together with one of: %2.")
                .arg(option, triggers.join(QStringLiteral(", "))));
    }
    return chosen->run(parser);
}
