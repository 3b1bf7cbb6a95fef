// Decides where the API key may be sent: HTTPS anywhere, plain HTTP only to this machine
// (127.0.0.0/8, ::1, localhost) for local testing. Owns the default base URL and the reading of a
// typed one (Settings, --base-url), and builds the endpoint URL from a base URL.
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

class BaseUrlPolicy final {
public:
    // https://api.allium.so
    static QUrl defaultBaseUrl();
    // A base URL as a person types it (Settings' field, --base-url), trimmed: the URL when the key
    // may be sent there, else std::nullopt and a sentence in *problem saying why not.
    static std::optional<QUrl> fromText(const QString &text, QString *problem = nullptr);
    // Empty when fromText() accepts the text; otherwise its sentence.
    static QString textProblem(const QString &text);
    // Empty when the key may be sent to this base URL; otherwise a sentence saying why not.
    static QString problem(const QUrl &baseUrl);
    static bool isLoopbackHost(const QString &host);
    // A redirect to `to` may be followed, with the key, from a request to `origin` (the endpoint
    // the user configured): only when both have the same origin, that is scheme, host and port.
    // Anything else (another host, another port, http instead of https or back) is refused, not
    // followed without the key: a usage answer from elsewhere would not be this account's.
    static bool mayRedirect(const QUrl &origin, const QUrl &to);
    static bool isSameOrigin(const QUrl &a, const QUrl &b);
    // The base URL with `path` appended to its own path (a proxy prefix is kept), with exactly
    // one slash between them.
    static QUrl withPath(const QUrl &baseUrl, const QString &path);
};
