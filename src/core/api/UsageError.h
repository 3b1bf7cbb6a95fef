// Why a refresh failed, classified once, with a message a person can act on.
#pragma once

#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

enum class UsageErrorKind {
    Configuration,   // no key, or a base URL that is refused before any connection
    Unauthorized,    // 401: the key is wrong or revoked
    Forbidden,       // 403: the organization is not on a Subscription or Free Trial plan
    RateLimited,     // 429
    Server,          // 5xx
    HttpStatus,      // any other unexpected HTTP status
    Network,         // refused, DNS, TLS, timeout
    InvalidResponse, // not JSON, wrong shape, too large
};

struct UsageError {
    UsageErrorKind kind = UsageErrorKind::Network;
    int httpStatus = 0;   // 0 when no HTTP response arrived
    QString message;      // what happened, for a person; includes serverDetail when there is one
    QString serverDetail; // the body's detail, message or error text, if any
    std::optional<std::chrono::milliseconds> retryAfter; // from a Retry-After header

    // Worth trying again by itself: 429, 502, 503, 504 and network failures.
    bool isTransient() const;
    // What to do next, for a person ("Open Settings and check the API key.").
    QString advice() const;
};

Q_DECLARE_METATYPE(UsageError)
