// The exit statuses of the command line, one per kind of outcome, so scripts can react to each.
#pragma once

#include "core/api/UsageError.h"

enum class ExitCode : int {
    Ok = 0,
    OutputFailed = 1,    // the output could not be written (a missing folder, a full disk)
    UsageError = 2,      // unknown option, bad or refused URL, no key
    KeyRejected = 3,     // 401 or 403
    Unavailable = 4,     // network or server failure after the retries: timeouts, 429, 5xx, ...
    InvalidResponse = 5, // the server answered, but not with usage the app understands
    KeychainFailed = 6,  // --set-key, --forget-key: no system keychain, or it refused
    NotRecorded = 7,     // --once: the output is complete, but the history could not record it
    ListenFailed = 8,    // --serve: the address cannot be listened on (in use, not this host's)
    // No command-line option, so the dashboard was asked for; numbered as env(1) and shells do
    // for a program that is found but cannot run (126) and one that is not there (127).
    DashboardNotStarted = 126,
    DashboardMissing = 127,
};

// The exit status for a failed fetch; classified once in the core, mapped once here.
ExitCode exitCodeFor(UsageErrorKind kind);

inline int toInt(ExitCode code) {
    return static_cast<int>(code);
}
