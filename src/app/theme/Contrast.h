// WCAG 2 contrast between two colours, from their relative luminance: what the tests hold the
// app's palettes and level colours to (4.5:1 for text, 3:1 for controls and graphics), and what
// the style uses to pick an outline that stays visible on any background.
#pragma once

#include <QColor>

class Contrast final {
public:
    static constexpr double text = 4.5;
    static constexpr double control = 3.0;

    // 0 for black to 1 for white (WCAG 2.x, sRGB).
    static double relativeLuminance(const QColor &colour);
    // 1 (none) to 21 (black on white); order does not matter.
    static double ratio(const QColor &a, const QColor &b);
    // A colour with alpha, drawn over an opaque background.
    static QColor over(const QColor &colour, const QColor &background);
    // The colour mixed towards `towards` just enough to reach `wanted` against background (or
    // `towards` itself when even that is not enough).
    static QColor atLeast(const QColor &colour, const QColor &background, double wanted,
                          const QColor &towards);
};
