// allium-usage-desktop: the dashboard, started by allium-usage when no command-line mode is asked
// for.
#include "app/DesktopApp.h"

int main(int argc, char *argv[]) {
    return DesktopApp::run(argc, argv);
}
