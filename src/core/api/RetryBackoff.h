// How long to wait before trying again after transient failures: exponential backoff with
// jitter (so that many clients do not retry in step), never sooner than the server's Retry-After.
#pragma once

#include <chrono>
#include <optional>

class RetryBackoff final {
public:
    RetryBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

    // The wait after the given number of consecutive failures (1 = the first): base =
    // initial x 2^(failures-1), jittered into its upper half [base/2, base], then capped at
    // maximum, so waits never shrink from one failure to the next. jitter in [0, 1] picks the
    // point in that range (a random number in the service; fixed in tests). A Retry-After
    // longer than that wins, even over maximum: the server said when to come back.
    std::chrono::milliseconds delay(int failures, double jitter,
                                    std::optional<std::chrono::milliseconds> retryAfter = {}) const;

    // A uniformly random jitter in [0, 1].
    static double randomJitter();

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_maximum;
};
