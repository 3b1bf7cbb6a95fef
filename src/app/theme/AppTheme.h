// Optional fixed looks for the whole app: "light" or "dark" (Fusion with a matching palette), for
// people whose desktop has no dark theme for Qt and for the screenshot script; "system" keeps the
// platform's style. Either way Fusion gets AppStyle's visible focus and control outlines.
#pragma once

#include <QPalette>

class QString;

class AppTheme final {
public:
    static bool isKnown(const QString &name);
    // Applies the theme to the running QApplication; an unknown name changes nothing.
    static void apply(const QString &name);
    // The palette a fixed look uses ("light" or "dark"), as the contrast tests check it.
    static QPalette palette(const QString &name);
};
