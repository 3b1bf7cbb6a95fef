// What an API key may look like, decided once for every way a key comes in: the Settings dialog,
// the welcome view, `--set-key`, ALLIUM_API_KEY and the service that sends it in a header.
#pragma once

#include <QCoreApplication>
#include <QString>

class ApiKeyRule final {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyRule)

public:
    // Longer than any real key by far, short enough that a pasted document is caught.
    static constexpr int MaximumLength = 512;

    // The key as it is stored and sent: without the spaces and line breaks a paste brings along.
    static QString normalized(const QString &key);
    // Empty when the normalized key may be stored and sent; otherwise a sentence saying why not,
    // which never repeats any part of the key. A key is printable ASCII without spaces (a header
    // value must not carry line breaks, and anything else would be mangled on the way), 1 to
    // MaximumLength characters long.
    static QString problem(const QString &key);
    static bool isAcceptable(const QString &key) { return problem(key).isEmpty(); }
};
