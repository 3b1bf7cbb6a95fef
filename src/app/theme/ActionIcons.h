// The toolbar's and menus' icons: the desktop theme's own where it has one, otherwise drawn here
// in the palette's text colour at whatever size is asked, so a minimal install without an icon
// theme (Debian's default) still shows a toolbar with icons, crisp at 200 %.
#pragma once

#include <QIcon>

class QPalette;

class ActionIcons final {
public:
    enum class Action { Overview, Refresh, Export, Copy, Settings, About, Quit };

    // The freedesktop icon name asked of the theme ("view-refresh").
    static QString themeName(Action action);
    static QIcon icon(Action action, const QPalette &palette);
    // The drawn one, whatever the theme has.
    static QIcon drawn(Action action, const QPalette &palette);
};
