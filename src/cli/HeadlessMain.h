// The command-line half of allium-usage: runs without a display and without a QApplication.
#pragma once

namespace HeadlessMain {

// True when the arguments ask for a command-line mode (--once, --help, --version, ...).
bool handles(int argc, char *argv[]);
int run(int argc, char *argv[]);

} // namespace HeadlessMain
