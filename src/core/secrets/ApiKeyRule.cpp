#include "core/secrets/ApiKeyRule.h"

QString ApiKeyRule::normalized(const QString &key) {
    return key.trimmed();
}

QString ApiKeyRule::problem(const QString &key) {
    const QString candidate = normalized(key);
    if (candidate.isEmpty())
        return tr("Enter an API key (in the Allium app: Settings > API Keys).");
    if (candidate.size() > MaximumLength) {
        return tr("This is %1 characters long; an API key has at most %2. Paste just the key.")
            .arg(candidate.size())
            .arg(MaximumLength);
    }
    for (qsizetype i = 0; i < candidate.size(); ++i) {
        const char16_t c = candidate.at(i).unicode();
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || QChar(c).isSpace()) {
            return tr("An API key has no spaces, tabs or line breaks (one at character %1); "
                      "paste just the key.")
                .arg(i + 1);
        }
        if (c < 0x21 || c > 0x7e) {
            // The character itself is not quoted: it is part of what may be a secret.
            return tr("An API key has only plain ASCII letters, digits and punctuation; character "
                      "%1 is not one of them.")
                .arg(i + 1);
        }
    }
    return {};
}
