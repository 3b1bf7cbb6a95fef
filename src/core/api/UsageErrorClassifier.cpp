#include "core/api/UsageErrorClassifier.h"

#include "core/api/RetryAfter.h"
#include "core/api/ServerText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QString textOf(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isObject()) { // {"error": {"message": "..."}}
        const QJsonObject object = value.toObject();
        for (const char *key : {"message", "detail", "msg"}) {
            if (object.value(QLatin1String(key)).isString())
                return object.value(QLatin1String(key)).toString();
        }
    }
    if (value.isArray()) { // FastAPI validation errors: [{"msg": "..."}, ...]
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            const QString part = textOf(item);
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(QLatin1String("; "));
    }
    return {};
}

QString duration(std::chrono::milliseconds wait) {
    const qint64 ms = wait.count();
    if (ms < 1000 || ms % 1000 != 0)
        return UsageErrorClassifier::tr("%1 ms").arg(QLocale().toString(ms));
    return UsageErrorClassifier::tr("%1 s").arg(QLocale().toString(ms / 1000));
}

UsageError make(UsageErrorKind kind, const QString &message, int status = 0,
                const QString &detail = QString()) {
    UsageError error;
    error.kind = kind;
    error.httpStatus = status;
    error.serverDetail = detail;
    error.message = detail.isEmpty()
                        ? message
                        : message + QLatin1Char(' ') +
                              UsageErrorClassifier::tr("The server said: “%1”").arg(detail);
    return error;
}

} // namespace

UsageError UsageErrorClassifier::missingKey() {
    return make(UsageErrorKind::Configuration, tr("No API key is set."));
}

UsageError UsageErrorClassifier::unsendableKey() {
    return make(UsageErrorKind::Configuration,
                tr("The API key contains line breaks, control characters or non-ASCII characters, "
                   "which no Allium key has; enter it again."));
}

UsageError UsageErrorClassifier::refusedBaseUrl(const QString &problem) {
    return make(UsageErrorKind::Configuration, problem);
}

UsageError UsageErrorClassifier::fromHttpStatus(int status, const QByteArray &body,
                                                const QByteArray &retryAfter,
                                                const QDateTime &now) {
    const QString detail = serverDetail(body);
    if (status == 401)
        return make(UsageErrorKind::Unauthorized,
                    tr("The server rejected the API key (401 Unauthorized): it is wrong or has "
                       "been revoked."),
                    status, detail);
    if (status == 403)
        return make(UsageErrorKind::Forbidden,
                    tr("Access was refused (403 Forbidden): usage is only available to "
                       "organizations on an Allium Subscription or Free Trial plan."),
                    status, detail);
    if (status == 429) {
        const auto wait = retryAfter.isEmpty() ? std::nullopt : RetryAfter::parse(retryAfter, now);
        UsageError error = make(UsageErrorKind::RateLimited,
                                wait ? tr("Too many requests (429 Too Many Requests); the server "
                                          "asks to wait %1.")
                                           .arg(duration(*wait))
                                     : tr("Too many requests (429 Too Many Requests)."),
                                status, detail);
        error.retryAfter = wait;
        return error;
    }
    if (status >= 500 && status <= 599) {
        UsageError error =
            make(UsageErrorKind::Server, tr("The server failed to answer (HTTP %1).").arg(status),
                 status, detail);
        // 503 may come with Retry-After too; honour it the same way.
        if (!retryAfter.isEmpty())
            error.retryAfter = RetryAfter::parse(retryAfter, now);
        return error;
    }
    return make(UsageErrorKind::HttpStatus,
                tr("The server answered with an unexpected status (HTTP %1).").arg(status), status,
                detail);
}

UsageError UsageErrorClassifier::fromNetworkError(QNetworkReply::NetworkError error,
                                                  const QUrl &url, const QString &qtMessage) {
    const QString host = url.host();
    // Qt's text can quote the server (a reason phrase), so it is shown like any server text.
    const QString qtText = ServerText::displayable(qtMessage.simplified());
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return make(UsageErrorKind::Network,
                    tr("The connection to %1 was refused: nothing is listening there.").arg(host));
    case QNetworkReply::HostNotFoundError:
        return make(UsageErrorKind::Network,
                    tr("The server name %1 could not be found (DNS lookup failed).").arg(host));
    case QNetworkReply::TimeoutError:
        return make(UsageErrorKind::Network, tr("The request to %1 timed out.").arg(host));
    case QNetworkReply::SslHandshakeFailedError:
        return make(
            UsageErrorKind::Network,
            tr("A secure (TLS) connection to %1 could not be established: %2").arg(host, qtText));
    case QNetworkReply::RemoteHostClosedError:
        return make(UsageErrorKind::Network,
                    tr("%1 closed the connection before the answer was complete.").arg(host));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return make(UsageErrorKind::Network, tr("The network is not available."));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return make(UsageErrorKind::Network, tr("The network proxy failed: %1").arg(qtText));
    default:
        if (qtText.isEmpty())
            return make(UsageErrorKind::Network, tr("The request to %1 failed.").arg(host));
        return make(UsageErrorKind::Network, tr("The request to %1 failed: %2").arg(host, qtText));
    }
}

UsageError UsageErrorClassifier::timedOut(const QUrl &url, std::chrono::milliseconds timeout) {
    return make(UsageErrorKind::Network,
                tr("The request to %1 timed out: no complete answer within %2.")
                    .arg(url.host(), duration(timeout)));
}

UsageError UsageErrorClassifier::tooLarge(qint64 maximumBytes) {
    return make(UsageErrorKind::InvalidResponse,
                tr("The response was too large (over %1) and was not read; this is not what the "
                   "usage endpoint sends.")
                    .arg(QLocale().formattedDataSize(maximumBytes)));
}

UsageError UsageErrorClassifier::compressedBody(const QByteArray &encoding) {
    return make(UsageErrorKind::InvalidResponse,
                tr("The server sent a compressed answer (%1) although an uncompressed one was "
                   "asked for; it was not read. A proxy between this computer and the API may "
                   "be at fault.")
                    .arg(ServerText::displayable(QString::fromLatin1(encoding))));
}

UsageError UsageErrorClassifier::unreadableBody(const QString &parserError) {
    return make(UsageErrorKind::InvalidResponse,
                tr("The response could not be read as usage data: %1").arg(parserError));
}

UsageError UsageErrorClassifier::refusedRedirect(const QUrl &target, const QUrl &origin) {
    const auto shown = [](const QUrl &url) {
        return ServerText::displayable(
            url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
    };
    const QUrl originOnly = origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                            QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    return make(UsageErrorKind::InvalidResponse,
                tr("The server redirected to %1, which is not %2, the address in the base URL. "
                   "The redirect was not followed, so the API key was not sent there; if the "
                   "API has moved, change the base URL.")
                    .arg(shown(target), shown(originOnly)));
}

UsageError UsageErrorClassifier::tooManyRedirects(int maximum) {
    return make(UsageErrorKind::InvalidResponse,
                tr("The server redirected more than %1 times (a redirect loop).").arg(maximum));
}

QString UsageErrorClassifier::serverDetail(const QByteArray &body) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject object = document.object();
    for (const char *key : {"detail", "message", "error"}) {
        const QString text = textOf(object.value(QLatin1String(key))).simplified();
        if (!text.isEmpty())
            return ServerText::displayable(text);
    }
    return {};
}
