// `allium-usage --history [--from DATE] [--to DATE] --format csv`: writes the recorded readings as
// CSV, one row per unit per reading, in the snapshot CSV's columns, without a display.
#pragma once

#include "cli/HeadlessCommand.h"

#include <QCoreApplication>

class HistoryStore;

class HistoryCommand final {
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static HeadlessCommand command();

    // --no-history: the option --once reads to skip recording; defined here with the others.
    static QString noHistoryOption();
    // Opens the history to read it (--history, a failed --once's last good reading): as every
    // part of the app opens it (readings from before organizations filed under theirs, old ones
    // pruned) where it can be written, else read-only (a backup, a read-only folder, a mounted
    // snapshot), with readings past the retention left out rather than removed.
    static bool openToRead(HistoryStore &store);

private:
    static QList<QCommandLineOption> options();
    static int run(const QCommandLineParser &parser);
};
