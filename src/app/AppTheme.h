// Optional fixed looks for the whole app: "light" or "dark" (Fusion with a matching palette), for
// people whose desktop has no dark theme for Qt and for the screenshot script; "system" keeps the
// platform's style.
#pragma once

class QString;

class AppTheme final {
public:
    static bool isKnown(const QString &name);
    // Applies the theme to the running QApplication; an unknown name changes nothing.
    static void apply(const QString &name);
};
