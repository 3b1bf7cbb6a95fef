// Reads an HTTP Retry-After header (RFC 9110: delay-seconds or an HTTP-date), which Qt does not
// interpret, so that a rate-limited client waits as long as the server asks.
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

class RetryAfter final {
public:
    // The wait the header asks for, counted from now: "120" -> 120 s; an HTTP-date (IMF-fixdate,
    // RFC 850 or asctime form) -> the time until then, 0 when it has passed. Empty for anything
    // else. Absurd values are capped at Maximum.
    static std::optional<std::chrono::milliseconds> parse(const QByteArray &value,
                                                          const QDateTime &now);

    static constexpr std::chrono::milliseconds Maximum{7LL * 24 * 60 * 60 * 1000};
};
