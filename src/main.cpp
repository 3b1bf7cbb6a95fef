// allium-usage: the command line when asked for it (no display needed); otherwise it hands over to
// allium-usage-desktop, the dashboard. It links no display library, so a server can run it alone.
#include "cli/DesktopLauncher.h"
#include "cli/HeadlessMain.h"

int main(int argc, char *argv[]) {
    if (HeadlessMain::handles(argc, argv))
        return HeadlessMain::run(argc, argv);
    return DesktopLauncher::exec(argc, argv);
}
