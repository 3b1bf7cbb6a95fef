// The desktop half of allium-usage: the dashboard window and the tray.
#pragma once

namespace GuiMain {

int run(int argc, char *argv[]);

} // namespace GuiMain
