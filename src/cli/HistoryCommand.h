// `allium-usage --history [--from DATE] [--to DATE] --format csv`: writes the recorded readings as
// CSV, one row per unit per reading, in the snapshot CSV's columns, without a display.
#pragma once

#include "cli/HeadlessCommand.h"

#include <QCoreApplication>

class HistoryCommand final {
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static HeadlessCommand command();

    // --no-history: the option --once reads to skip recording; defined here with the others.
    static QString noHistoryOption();

private:
    static QList<QCommandLineOption> options();
    static int run(const QCommandLineParser &parser);
};
