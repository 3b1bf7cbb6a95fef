// The baseline for `allium-usage --version`: a program that does nothing but is linked to QtCore,
// so its run time is what loading QtCore costs.
#include <QtGlobal>

int main() {
    // Uses QtCore so that the linker keeps the library even with --as-needed.
    return qVersion() == nullptr ? 1 : 0;
}
