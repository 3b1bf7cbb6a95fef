// Turns what went wrong with a usage request (an HTTP status, a network error, a bad body) into
// a UsageError, once, so that the window, the tray and the command line all say the same thing.
#pragma once

#include "core/api/UsageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>
#include <QUrl>

class UsageErrorClassifier final {
    Q_DECLARE_TR_FUNCTIONS(UsageErrorClassifier)

public:
    static UsageError missingKey();
    static UsageError unsendableKey();
    static UsageError refusedBaseUrl(const QString &problem);
    // A complete HTTP answer whose status is not 2xx. retryAfter is the raw header (may be empty).
    static UsageError fromHttpStatus(int status, const QByteArray &body,
                                     const QByteArray &retryAfter, const QDateTime &now);
    // No usable HTTP answer: refused, reset, DNS, TLS, ... qtMessage is Qt's description.
    static UsageError fromNetworkError(QNetworkReply::NetworkError error, const QUrl &url,
                                       const QString &qtMessage);
    // The attempt did not finish within `timeout`, counted from its start (redirects included).
    static UsageError timedOut(const QUrl &url, std::chrono::milliseconds timeout);
    static UsageError tooLarge(qint64 maximumBytes);
    // A success answer with a Content-Encoding (gzip, br, ...) although identity was asked for.
    static UsageError compressedBody(const QByteArray &encoding);
    static UsageError unreadableBody(const QString &parserError);
    // A redirect to `target`, which is not the origin of `origin` (the configured endpoint).
    static UsageError refusedRedirect(const QUrl &target, const QUrl &origin);
    static UsageError tooManyRedirects(int maximum);

    // The `detail`, `message` or `error` text of a JSON error body, whitespace-simplified and
    // made displayable (ServerText); empty when there is none.
    static QString serverDetail(const QByteArray &body);
};
