// allium-bench-dashboard: the dashboard exactly as allium-usage-desktop runs it (DesktopApp::run,
// same libraries), with the first-paint probe installed as its QApplication is made.
#include "FirstPaintProbe.h"
#include "app/DesktopApp.h"

#include <QCoreApplication>

namespace {

void installProbe() {
    FirstPaintProbe::install();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)

int main(int argc, char *argv[]) {
    return DesktopApp::run(argc, argv);
}
