// Finds a name that appears twice in one JSON object. Qt's reader silently keeps the last of
// them, but for a usage figure that is a guess: {"developer_units": 10, "developer_units": 900}
// has no true value, so the parser refuses it and names the key.
#pragma once

#include <QByteArray>
#include <QString>

class JsonDuplicateKeys final {
public:
    // The dotted path of the first repeated name ("consumed_amounts.developer_units"), or an
    // empty string when every object's names are unique. Names compare after their escapes are
    // decoded ("a" and "\u0061" are the same). Expects text QJsonDocument has already accepted;
    // on anything else it returns what it found so far and never reads past the end.
    static QString firstDuplicatePath(const QByteArray &json);
};
