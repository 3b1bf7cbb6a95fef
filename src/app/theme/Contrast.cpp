#include "app/theme/Contrast.h"

#include <algorithm>
#include <cmath>

namespace {

double channel(double value) {
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &from, const QColor &to, double share) {
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

} // namespace

double Contrast::relativeLuminance(const QColor &colour) {
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double Contrast::ratio(const QColor &a, const QColor &b) {
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor Contrast::over(const QColor &colour, const QColor &background) {
    QColor opaque = colour;
    opaque.setAlphaF(1.0f);
    return mix(background, opaque, colour.alphaF());
}

QColor Contrast::atLeast(const QColor &colour, const QColor &background, double wanted,
                         const QColor &towards) {
    const QColor start = over(colour, background);
    if (ratio(start, background) >= wanted)
        return start;
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mix(start, towards, step / 20.0);
        if (ratio(candidate, background) >= wanted)
            return candidate;
    }
    return towards;
}
