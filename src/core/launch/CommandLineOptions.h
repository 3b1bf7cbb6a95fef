// The options the dashboard and the command line share (--demo, --base-url, --minimized), defined
// once so that both parse the same names and --help lists them all.
#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace CommandLineOptions {

QCommandLineOption demo();      // --demo: serve built-in demo data instead of the real API
QCommandLineOption baseUrl();   // --base-url URL: another API server, e.g. a proxy
QCommandLineOption minimized(); // --minimized: start in the tray (dashboard only)
QCommandLineOption theme();     // --theme light|dark|system (dashboard only)

// Adds --demo, --base-url and --minimized. DesktopApp and HeadlessMain both call this; --theme is
// added by DesktopApp where it reads it, and by HeadlessMain for --help.
void addCommonOptions(QCommandLineParser &parser);

// The --base-url value as a URL, or std::nullopt with a sentence in *problem when it is not an
// absolute http(s) URL or the key may not be sent there (plain HTTP to a host that is not
// loopback). Without --base-url, the default API URL.
std::optional<QUrl> baseUrlFrom(const QCommandLineParser &parser, QString *problem);

// The first argument that tries to pass an API key (--api-key, --key, ... with or without a value),
// without its value, or an empty string. Keys on a command line leak into process lists and shell
// history, so they are refused before anything else is parsed.
QString keyOptionIn(const QStringList &arguments);

// Prints the message and a pointer to --help on stderr; returns the usage-error exit status (2).
// Every command-line mode reports bad arguments through this, so they all read alike.
int reportUsageError(const QString &message);

} // namespace CommandLineOptions
