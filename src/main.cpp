// allium-usage: the command line when asked for it (no display needed), the dashboard otherwise.
#include "app/DesktopApp.h"
#include "cli/HeadlessMain.h"

int main(int argc, char *argv[]) {
    if (HeadlessMain::handles(argc, argv))
        return HeadlessMain::run(argc, argv);
    return DesktopApp::run(argc, argv);
}
