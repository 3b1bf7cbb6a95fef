#include "core/launch/CommandLineOptions.h"

#include "core/api/BaseUrlPolicy.h"
#include "core/launch/ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("CommandLineOptions", text);
}

} // namespace

namespace CommandLineOptions {

QCommandLineOption demo() {
    return QCommandLineOption(
        QStringLiteral("demo"),
        tr("Show built-in demo data, served by the app itself on 127.0.0.1, instead of "
           "your organization's usage. Needs no API key; always labelled as demo data."));
}

QCommandLineOption baseUrl() {
    return QCommandLineOption(
        QStringLiteral("base-url"),
        tr("The API server (default %1). A path prefix is kept. HTTPS only, except for "
           "loopback hosts (127.0.0.1, ::1, localhost).")
            .arg(BaseUrlPolicy::defaultBaseUrl().toString()),
        QStringLiteral("URL"));
}

QCommandLineOption minimized() {
    return QCommandLineOption(QStringLiteral("minimized"),
                              tr("Dashboard: start hidden in the system tray."));
}

QCommandLineOption theme() {
    return QCommandLineOption(QStringLiteral("theme"),
                              tr("Dashboard: light, dark or system (default; also from "
                                 "ALLIUM_THEME)."),
                              QStringLiteral("theme"));
}

void addCommonOptions(QCommandLineParser &parser) {
    parser.addOption(demo());
    parser.addOption(baseUrl());
    parser.addOption(minimized());
}

std::optional<QUrl> baseUrlFrom(const QCommandLineParser &parser, QString *problem) {
    const QString name = QStringLiteral("base-url");
    if (!parser.isSet(name))
        return BaseUrlPolicy::defaultBaseUrl();
    return BaseUrlPolicy::fromText(parser.value(name), problem);
}

QString keyOptionIn(const QStringList &arguments) {
    static const QStringList keyOptions = {
        QStringLiteral("api-key"), QStringLiteral("apikey"),    QStringLiteral("api_key"),
        QStringLiteral("key"),     QStringLiteral("x-api-key"), QStringLiteral("token"),
    };
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            break;
        if (!argument.startsWith(QLatin1Char('-')))
            continue;
        QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        name = name.left(name.indexOf(QLatin1Char('='))).toLower();
        if (keyOptions.contains(name))
            return argument.left(argument.indexOf(QLatin1Char('=')));
    }
    return QString();
}

int reportUsageError(const QString &message) {
    QTextStream(stderr) << message << '\n'
                        << tr("Run allium-usage --help to see the options.") << '\n';
    return toInt(ExitCode::UsageError);
}

} // namespace CommandLineOptions
