// One command-line mode (--once, and later --history, --set-key, --forget-key): the option that
// selects it, the options it reads and what it does. HeadlessMain lists them in one table.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

class QCommandLineParser;

struct HeadlessCommand {
    // The option that selects this mode, e.g. "once". HeadlessMain::handles() looks for it.
    QString trigger;
    // Every option the mode reads, its trigger first. Options another mode defines too (--format,
    // --output) are added to the parser once; the first definition gives the --help text.
    std::function<QList<QCommandLineOption>()> options;
    // Runs inside a QCoreApplication once the arguments parsed cleanly; returns the exit status.
    // The common options (--demo, --base-url) are in the parser too.
    std::function<int(const QCommandLineParser &parser)> run;
};
