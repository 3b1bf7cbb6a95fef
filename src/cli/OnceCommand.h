// `allium-usage --once`: fetches one snapshot (retrying transient failures), prints it as a table,
// CSV or JSON to standard output or a file, and exits with a status that says how it went.
#pragma once

#include "cli/HeadlessCommand.h"

#include <QCoreApplication>

class OnceCommand final {
    Q_DECLARE_TR_FUNCTIONS(OnceCommand)

public:
    static HeadlessCommand command();

    // A Retry-After longer than this ends the run instead of waiting. (The attempts in all are
    // Defaults::attemptsBeforeGivingUp.)
    static constexpr int MaximumRetryAfterSeconds = 60;

private:
    static QList<QCommandLineOption> options();
    static int run(const QCommandLineParser &parser);
};
