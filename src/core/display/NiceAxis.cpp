#include "core/display/NiceAxis.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

NiceAxis NiceAxis::fromZeroTo(double highest, int steps) {
    if (!(highest > 0.0) || !std::isfinite(highest) || steps < 1)
        return NiceAxis(1.0, 1.0 / double(steps < 1 ? 1 : steps));
    const double rough = highest / double(steps);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10.0 * magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (rough <= factor * magnitude * (1.0 + 1e-9)) {
            step = factor * magnitude;
            break;
        }
    }
    // Rounded to the step, with a little slack for binary noise (3 * 0.1 is 0.30000000000000004).
    const double count = std::ceil(highest / step - 1e-9);
    return NiceAxis(count * step, step);
}

NiceAxis NiceAxis::forPercent(double highestPercent, int steps) {
    // 8 % of room, so the 100 % line never hugs the top edge.
    const double highest = std::isfinite(highestPercent) ? std::max(100.0, highestPercent) : 100.0;
    return fromZeroTo(highest * 1.08, steps);
}

int NiceAxis::decimals() const {
    int decimals = 0;
    double scaled = m_step;
    while (decimals < 6 && std::abs(scaled - std::round(scaled)) > 1e-6 * scaled) {
        scaled *= 10.0;
        ++decimals;
    }
    return decimals;
}

int NiceAxis::tickCount() const {
    return int(std::lround(m_maximum / m_step)) + 1;
}
