// The command-line half of allium-usage: runs without a display and without a QApplication.
#pragma once

namespace HeadlessMain {

// True when the arguments ask for a command-line mode (--once, --help, --version, an option only
// the command line reads, or an attempt to pass a key). Everything else starts the dashboard, so
// dashboard options (--demo, --base-url, --minimized) and Qt's own (-platform, -style) pass.
bool handles(int argc, char *argv[]);
int run(int argc, char *argv[]);

} // namespace HeadlessMain
