// Decides where the API key may be sent: HTTPS anywhere, plain HTTP only to this machine
// (127.0.0.0/8, ::1, localhost) for local testing. Also builds the endpoint URL from a base URL.
#pragma once

#include <QString>
#include <QUrl>

class BaseUrlPolicy final {
public:
    // Empty when the key may be sent to this base URL; otherwise a sentence saying why not.
    static QString problem(const QUrl &baseUrl);
    static bool isLoopbackHost(const QString &host);
    // A redirect from `from` to `to` may be followed: `to` passes problem() and is no less safe
    // (never https to http), so the key is not handed to a host the policy would refuse.
    static bool mayRedirect(const QUrl &from, const QUrl &to);
    // The base URL with `path` appended to its own path (a proxy prefix is kept), with exactly
    // one slash between them.
    static QUrl withPath(const QUrl &baseUrl, const QString &path);
};
