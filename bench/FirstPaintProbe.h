// Reports a program's first paint for allium-dashboard-bench: linked into the bench's two child
// programs (the dashboard and the bare chart), it watches for the first paint of a window, lets
// that paint finish, prints "painted <CPU ms> <peak RSS KiB>" on standard output and exits at once.
#pragma once

class FirstPaintProbe final {
public:
    // Installs the probe on the running QApplication (call it right after constructing one, or
    // from Q_COREAPP_STARTUP_FUNCTION).
    static void install();
};
