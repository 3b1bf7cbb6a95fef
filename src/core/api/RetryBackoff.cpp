#include "core/api/RetryBackoff.h"

#include <QRandomGenerator>
#include <QtGlobal>

#include <algorithm>

RetryBackoff::RetryBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
    : m_initial(std::max(initial, std::chrono::milliseconds(1)))
    , m_maximum(std::max(maximum, m_initial)) {}

std::chrono::milliseconds
RetryBackoff::delay(int failures, double jitter,
                    std::optional<std::chrono::milliseconds> retryAfter) const {
    // Jitter first, cap second: then a wait never shrinks from one failure to the next (the
    // next base is twice this one, so its lower half starts where this range ends). Doubling 40
    // times is far beyond any cap; stopping there keeps the arithmetic from overflowing.
    const int doublings = qBound(0, failures - 1, 40);
    qint64 base = m_initial.count();
    for (int i = 0; i < doublings && base / 2 < m_maximum.count(); ++i)
        base *= 2;
    const double spread = qBound(0.0, jitter, 1.0);
    const qint64 jittered = base / 2 + qint64(spread * double(base - base / 2));
    const auto exponential =
        std::chrono::milliseconds(std::min(jittered, qint64(m_maximum.count())));
    return retryAfter ? std::max(exponential, *retryAfter) : exponential;
}

double RetryBackoff::randomJitter() {
    return QRandomGenerator::global()->generateDouble();
}
