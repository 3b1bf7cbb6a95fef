#include "HeadlessMain.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

bool HeadlessMain::handles(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0)
            return true;
    }
    return false;
}

int HeadlessMain::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "allium-usage " << ALLIUM_VERSION << '\n';
    return 0;
}
