// `allium-usage --once`: fetches one snapshot of one organization (retrying transient failures),
// or with --all-orgs of every organization, prints it as a table, CSV, JSON or Prometheus
// metrics to standard output or a file, and exits with a status that says how it went.
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
    // --all-orgs: the organizations' first requests go out this far apart, not all at once.
    static constexpr int OrganizationSpacingMs = 250;

    // What to do without a key; `organization` names the one without it (empty: the only one).
    static QString noKeyMessage(const QString &organization = QString());

private:
    static QList<QCommandLineOption> options();
    static int run(const QCommandLineParser &parser);
};
