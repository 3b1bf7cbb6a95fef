// allium-bench-dashboard: the dashboard exactly as allium-usage-desktop runs it (DesktopApp::run,
// same libraries), with the first-paint probe installed as its QApplication is made; it reports
// the first paint and the first paint of the figures (a unit's card).
#include "FirstPaintProbe.h"
#include "app/DesktopApp.h"
#include "app/dashboard/UnitCard.h"

#include <QCoreApplication>

namespace {

// The figures are on screen once a unit's card has painted: cards exist only for a reading.
void installProbe() {
    FirstPaintProbe::install(
        [](const QWidget *widget) { return qobject_cast<const UnitCard *>(widget) != nullptr; });
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)

int main(int argc, char *argv[]) {
    return DesktopApp::run(argc, argv);
}
