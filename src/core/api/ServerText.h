// Text the server chose (unit keys, the cadence word, error details, values quoted in parser
// errors) made safe to show: control characters, escape sequences and bidi overrides cannot
// drive a terminal or reorder a line, and a quote cannot swamp it.
#pragma once

#include <QString>

class ServerText final {
public:
    // Quoted server text is cut to this many characters, the last being an ellipsis.
    static constexpr qsizetype MaximumQuotedLength = 200;

    // Every C0 and C1 control character, DEL, line and paragraph separator, bidi embedding,
    // override, isolate and mark, byte order mark and lone surrogate becomes a visible escape
    // (ESC as \x1B, U+202E as \u202E), so nothing is hidden and nothing is acted on. Text longer
    // than maximumLength (-1: no limit) is cut, never inside an escape, and ends in "…".
    static QString displayable(const QString &text, qsizetype maximumLength = MaximumQuotedLength);
    // Whether displayable() would change this character.
    static bool isNeutralised(char32_t codePoint);
};
