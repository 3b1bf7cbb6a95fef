// Messages for a person on standard error, written by one function for the whole command line:
// each line goes through ServerText::displayable, so server text that reached a message (an
// error detail, a unit name) can never drive the terminal.
#pragma once

#include <QString>

class TerminalMessages final {
public:
    // One message; its own line breaks are kept, every other control character is escaped.
    static void printError(const QString &message);
    static QString displayable(const QString &message);
};
