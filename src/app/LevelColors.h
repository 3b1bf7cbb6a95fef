// The colour of each usage level, chosen for the palette in use so that bars and chart columns
// stay readable on light and dark themes alike.
#pragma once

#include "core/display/UsageLevel.h"

#include <QColor>

class QPalette;

class LevelColors final {
public:
    static QColor forLevel(UsageLevel level, const QPalette &palette);
    // True when the window background is dark (a dark theme).
    static bool isDark(const QPalette &palette);
};
