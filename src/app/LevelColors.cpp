#include "app/LevelColors.h"

#include <QPalette>

bool LevelColors::isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor LevelColors::forLevel(UsageLevel level, const QPalette &palette) {
    // Darker shades carry enough contrast on a light window, lighter ones on a dark window.
    const bool dark = isDark(palette);
    switch (level) {
    case UsageLevel::Normal:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case UsageLevel::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc7, 0x7c, 0x02);
    case UsageLevel::Critical:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case UsageLevel::Over:
        return dark ? QColor(0xe0, 0x6f, 0xd8) : QColor(0x8e, 0x24, 0xaa);
    case UsageLevel::NoAllocation:
        break;
    }
    return palette.color(QPalette::Mid);
}
