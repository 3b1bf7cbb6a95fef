#include "core/api/ServerText.h"

namespace {

QString escapeFor(char32_t codePoint) {
    const bool byte = codePoint <= 0xff;
    const QString digits = QString::number(uint(codePoint), 16)
                               .toUpper()
                               .rightJustified(byte ? 2 : 4, QLatin1Char('0'));
    return (byte ? QLatin1String("\\x") : QLatin1String("\\u")) + digits;
}

} // namespace

bool ServerText::isNeutralised(char32_t c) {
    return c < 0x20                         // C0, including tab, line feed and ESC
           || (c >= 0x7f && c <= 0x9f)      // DEL and C1 (0x9B is a one-byte CSI to some terminals)
           || c == 0x061c                   // Arabic letter mark
           || c == 0x200e || c == 0x200f    // left-to-right and right-to-left marks
           || c == 0x2028 || c == 0x2029    // line and paragraph separators
           || (c >= 0x202a && c <= 0x202e)  // bidi embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069)  // bidi isolates
           || c == 0xfeff                   // byte order mark, invisible inside text
           || (c >= 0xd800 && c <= 0xdfff); // a surrogate that is not part of a pair
}

QString ServerText::displayable(const QString &text, qsizetype maximumLength) {
    const QChar ellipsis(0x2026);
    QString result;
    result.reserve(maximumLength < 0 ? text.size() : qMin(text.size(), maximumLength));
    const auto fits = [&](qsizetype more, bool last) {
        // Room must stay for the ellipsis unless this piece ends the text.
        return maximumLength < 0 || result.size() + more <= maximumLength - (last ? 0 : 1);
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar unit = text.at(i);
        char32_t codePoint = unit.unicode();
        qsizetype units = 1;
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(unit, text.at(i + 1));
            units = 2;
        }
        const QString piece =
            isNeutralised(codePoint) ? escapeFor(codePoint) : QString(text.constData() + i, units);
        if (!fits(piece.size(), i + units == text.size())) {
            result += ellipsis;
            return result;
        }
        result += piece;
        i += units;
    }
    return result;
}
