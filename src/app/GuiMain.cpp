#include "GuiMain.h"

#include <QApplication>
#include <QMainWindow>

int GuiMain::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QApplication::translate("GuiMain", "Allium Usage"));
    window.show();
    return app.exec();
}
