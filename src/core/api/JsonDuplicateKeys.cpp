#include "core/api/JsonDuplicateKeys.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace {

// One open object or array, innermost last.
struct Level {
    bool isObject = false;
    bool expectingName = false;
    QString name; // the name this object or array has in its parent ("" at the top)
    QString lastName;
    QSet<QString> names;
};

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the string whose opening quote is at json[*i]; leaves *i after the closing quote.
QString readString(const QByteArray &json, qsizetype *i) {
    QString text;
    qsizetype at = *i + 1;
    qsizetype runStart = at;
    const auto flushRun = [&] {
        text += QString::fromUtf8(json.constData() + runStart, at - runStart);
    };
    while (at < json.size() && json.at(at) != '"') {
        if (json.at(at) != '\\') {
            ++at;
            continue;
        }
        flushRun();
        const char escape = at + 1 < json.size() ? json.at(at + 1) : '\0';
        at += 2;
        switch (escape) {
        case 'b':
            text += QLatin1Char('\b');
            break;
        case 'f':
            text += QLatin1Char('\f');
            break;
        case 'n':
            text += QLatin1Char('\n');
            break;
        case 'r':
            text += QLatin1Char('\r');
            break;
        case 't':
            text += QLatin1Char('\t');
            break;
        case 'u': {
            // One UTF-16 unit; a surrogate pair arrives as two escapes and joins by itself.
            char16_t unit = 0;
            for (int digit = 0; digit < 4 && at < json.size(); ++digit, ++at)
                unit = char16_t(unit * 16 + qMax(0, hexValue(json.at(at))));
            text += QChar(unit);
            break;
        }
        default: // '"', '\\', '/'
            text += QLatin1Char(escape);
            break;
        }
        runStart = at;
    }
    at = qMin(at, json.size());
    flushRun();
    *i = at + 1;
    return text;
}

QString pathOf(const QList<Level> &levels, const QString &name) {
    QStringList parts;
    for (const Level &level : levels) {
        if (!level.name.isEmpty())
            parts << level.name;
    }
    parts << name;
    return parts.join(QLatin1Char('.'));
}

} // namespace

QString JsonDuplicateKeys::firstDuplicatePath(const QByteArray &json) {
    QList<Level> levels;
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json.at(i);
        switch (c) {
        case '{':
        case '[': {
            Level level;
            level.isObject = c == '{';
            level.expectingName = level.isObject;
            if (!levels.isEmpty())
                level.name = levels.constLast().isObject ? levels.constLast().lastName
                                                         : QStringLiteral("[]");
            levels.append(level);
            ++i;
            break;
        }
        case '}':
        case ']':
            if (!levels.isEmpty())
                levels.removeLast();
            ++i;
            break;
        case ',':
            if (!levels.isEmpty() && levels.constLast().isObject)
                levels.last().expectingName = true;
            ++i;
            break;
        case '"': {
            const QString text = readString(json, &i);
            if (levels.isEmpty() || !levels.constLast().expectingName)
                break; // a value, not a name
            Level &level = levels.last();
            level.expectingName = false;
            level.lastName = text;
            if (level.names.contains(text))
                return pathOf(levels, text);
            level.names.insert(text);
            break;
        }
        default: // white space, ':', numbers and literals
            ++i;
            break;
        }
    }
    return {};
}
