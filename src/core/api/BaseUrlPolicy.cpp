#include "core/api/BaseUrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("BaseUrlPolicy", text);
}

} // namespace

QUrl BaseUrlPolicy::defaultBaseUrl() {
    return QUrl(QStringLiteral("https://api.allium.so"));
}

std::optional<QUrl> BaseUrlPolicy::fromText(const QString &text, QString *problemText) {
    const auto refuse = [problemText](const QString &why) -> std::optional<QUrl> {
        if (problemText)
            *problemText = why;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse(tr("Enter a base URL, for example %1.").arg(defaultBaseUrl().toString()));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return refuse(tr("“%1” is not a valid base URL: give an absolute https:// URL, for "
                         "example %2.")
                          .arg(trimmed, defaultBaseUrl().toString()));
    }
    const QString why = problem(url);
    if (!why.isEmpty())
        return refuse(why);
    if (problemText)
        problemText->clear();
    return url;
}

QString BaseUrlPolicy::textProblem(const QString &text) {
    QString why;
    fromText(text, &why);
    return why;
}

QString BaseUrlPolicy::problem(const QUrl &baseUrl) {
    const QString shown = baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    if (baseUrl.isEmpty())
        return tr("The base URL is empty; use https://api.allium.so.");
    if (!baseUrl.isValid() || baseUrl.isRelative() || baseUrl.host().isEmpty())
        return tr("The base URL “%1” is not a complete URL such as https://api.allium.so.")
            .arg(shown);
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The base URL “%1” must start with https://.").arg(shown);
    if (!baseUrl.userInfo().isEmpty())
        return tr("The base URL must not contain a user name or password: the API key is the only "
                  "credential, and it is sent in a header.");
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return tr("The base URL “%1” must not contain a query (?…) or a fragment (#…).").arg(shown);
    if (scheme == QLatin1String("http") && !isLoopbackHost(baseUrl.host()))
        return tr("The base URL “%1” uses plain http://, which would send the API key unencrypted "
                  "over the network; use https:// (plain http:// is allowed only for this "
                  "computer: 127.0.0.1, ::1 or localhost).")
            .arg(shown);
    return {};
}

bool BaseUrlPolicy::isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.compare(QLatin1String("localhost."), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    // QHostAddress::isLoopback covers all of 127.0.0.0/8 and ::1 (and ::ffff:127.x mapped forms).
    return address.setAddress(host) && address.isLoopback();
}

bool BaseUrlPolicy::mayRedirect(const QUrl &origin, const QUrl &to) {
    // A redirect target may legitimately carry a query; only the scheme and host rules matter.
    return isSameOrigin(origin, to) &&
           problem(to.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment)).isEmpty();
}

bool BaseUrlPolicy::isSameOrigin(const QUrl &a, const QUrl &b) {
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https")  ? 443
                            : scheme == QLatin1String("http") ? 80
                                                              : -1;
    // QUrl keeps hosts in lower case (and IDNs in one form), so a plain compare is exact.
    return a.isValid() && b.isValid() && scheme == b.scheme().toLower() && !a.host().isEmpty() &&
           a.host() == b.host() && a.port(defaultPort) == b.port(defaultPort);
}

QUrl BaseUrlPolicy::withPath(const QUrl &baseUrl, const QString &path) {
    QString prefix = baseUrl.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    QString suffix = path;
    while (suffix.startsWith(QLatin1Char('/')))
        suffix.remove(0, 1);
    QUrl url = baseUrl;
    url.setPath(prefix + QLatin1Char('/') + suffix);
    return url;
}
