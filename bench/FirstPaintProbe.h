// Reports a program's first paint for allium-dashboard-bench: linked into the bench's two child
// programs (the dashboard and the bare chart), it watches for the first paint of a window, lets
// that paint finish and prints "painted <CPU ms> <peak RSS KiB>" on standard output. Given a test
// for the widgets that show figures, it then goes on until one of them has painted too and prints
// "figures <CPU ms> <peak RSS KiB>"; then it exits at once.
#pragma once

#include <functional>

class QWidget;

class FirstPaintProbe final {
public:
    // Installs the probe on the running QApplication (call it right after constructing one, or
    // from Q_COREAPP_STARTUP_FUNCTION).
    static void install(std::function<bool(const QWidget *)> showsFigures = {});
};
