#include "core/launch/ExitCode.h"

ExitCode exitCodeFor(UsageErrorKind kind) {
    switch (kind) {
    case UsageErrorKind::Configuration:
        return ExitCode::UsageError;
    case UsageErrorKind::Unauthorized:
    case UsageErrorKind::Forbidden:
        return ExitCode::KeyRejected;
    case UsageErrorKind::RateLimited:
    case UsageErrorKind::Server:
    case UsageErrorKind::HttpStatus:
    case UsageErrorKind::Network:
        return ExitCode::Unavailable;
    case UsageErrorKind::InvalidResponse:
        return ExitCode::InvalidResponse;
    }
    return ExitCode::Unavailable;
}
