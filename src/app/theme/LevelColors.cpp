#include "app/theme/LevelColors.h"

#include "app/theme/Contrast.h"

#include <QPalette>

bool LevelColors::isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor LevelColors::forLevel(UsageLevel level, const QPalette &palette) {
    // Darker shades carry enough contrast on a light window, lighter ones on a dark window.
    const bool dark = isDark(palette);
    QColor colour;
    switch (level) {
    case UsageLevel::Normal:
        colour = dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
        break;
    case UsageLevel::Warning:
        colour = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb0, 0x6a, 0x00);
        break;
    case UsageLevel::Critical:
        colour = dark ? QColor(0xf2, 0x6b, 0x68) : QColor(0xc6, 0x28, 0x28);
        break;
    case UsageLevel::Over:
        colour = dark ? QColor(0xe0, 0x6f, 0xd8) : QColor(0x8e, 0x24, 0xaa);
        break;
    case UsageLevel::NoAllocation:
        colour = palette.color(QPalette::Mid);
        break;
    }
    // A palette of the desktop's own may be anything: never below 3:1.
    return Contrast::atLeast(colour, palette.color(QPalette::Window), Contrast::control,
                             palette.color(QPalette::WindowText));
}

QColor LevelColors::textFor(UsageLevel level, const QPalette &palette,
                            QPalette::ColorRole background) {
    if (level == UsageLevel::NoAllocation)
        return palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    return Contrast::atLeast(
        forLevel(level, palette), palette.color(background), Contrast::text,
        palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText));
}

QColor LevelColors::tint(const QColor &accent, const QPalette &palette) {
    const QColor window = palette.color(QPalette::Window);
    const qreal mix = 0.18;
    return QColor::fromRgbF(float(window.redF() * (1 - mix) + accent.redF() * mix),
                            float(window.greenF() * (1 - mix) + accent.greenF() * mix),
                            float(window.blueF() * (1 - mix) + accent.blueF() * mix));
}

QColor LevelColors::secondaryText(const QPalette &palette, QPalette::ColorRole background) {
    const QColor back = palette.color(background);
    const QColor text =
        palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    QColor quiet = text;
    quiet.setAlphaF(0.62f);
    return Contrast::atLeast(quiet, back, Contrast::text, text);
}
