// The colour of each usage level, chosen for the palette in use so that bars, charts and figures
// stay readable on light and dark themes alike: fills of at least 3:1 against the window and text
// of at least 4.5:1 (the contrast tests check both).
#pragma once

#include "core/display/UsageLevel.h"

#include <QColor>
#include <QPalette>

class LevelColors final {
public:
    // For bars, marks and lines.
    static QColor forLevel(UsageLevel level, const QPalette &palette);
    // For figures and words in a level's colour, on the window or on a base background.
    static QColor textFor(UsageLevel level, const QPalette &palette,
                          QPalette::ColorRole background = QPalette::Window);
    // True when the window background is dark (a dark theme).
    static bool isDark(const QPalette &palette);
    // A banner's background: the window colour with a little of the accent in it, readable in
    // both themes because the text keeps the palette's own colour.
    static QColor tint(const QColor &accent, const QPalette &palette);
    // Quieter text for secondary lines (the plan, amounts, rates): the text colour towards the
    // background, still at 4.5:1 on it.
    static QColor secondaryText(const QPalette &palette,
                                QPalette::ColorRole background = QPalette::Window);
};
