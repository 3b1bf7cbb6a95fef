#include "cli/TerminalMessages.h"

#include "core/api/ServerText.h"

#include <QStringList>
#include <QTextStream>

QString TerminalMessages::displayable(const QString &message) {
    QStringList lines = message.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = ServerText::displayable(line, -1); // our own messages are not cut short
    return lines.join(QLatin1Char('\n'));
}

void TerminalMessages::printError(const QString &message) {
    QTextStream(stderr) << displayable(message) << '\n';
}
