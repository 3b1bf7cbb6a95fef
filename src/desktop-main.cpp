// allium-usage-desktop: the dashboard and the tray. allium-usage starts it (see DesktopLauncher)
// when no command-line option is given, so that the command line never loads a display library.
#include "app/GuiMain.h"

int main(int argc, char *argv[]) {
    return GuiMain::run(argc, argv);
}
