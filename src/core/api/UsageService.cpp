#include "core/api/UsageService.h"

#include "core/Clock.h"
#include "core/api/BaseUrlPolicy.h"
#include "core/api/RequestSpacing.h"
#include "core/api/RetryBackoff.h"
#include "core/api/UsageErrorClassifier.h"
#include "core/api/UsageParser.h"
#include "core/secrets/ApiKeyRule.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <variant>

using std::chrono::milliseconds;

namespace {

const QString UsagePath = QStringLiteral("/api/v1/account/organization/usage");
// Qt's own buffer in front of our readyRead handler: small, so an oversized body is never
// held in memory beyond the limit plus this much.
constexpr qint64 ReplyReadBufferBytes = 64 * 1024;

using Outcome = std::variant<UsageSnapshot, UsageError>;

} // namespace

struct UsageService::Private {
    // Why we aborted a reply ourselves, so that finished() is not mistaken for a timeout.
    enum class AbortReason { None, TooLarge, Cancelled };

    Private(UsageService *service, const Clock &clock)
        : q(service)
        , clock(clock)
        , network(new QNetworkAccessManager(service)) {
        network->setObjectName(QStringLiteral("usageNetwork"));
        timer.setSingleShot(true);
    }

    UsageService *q;
    const Clock &clock;
    QNetworkAccessManager *network; // owned by q, so tests can find it as a child
    QUrl baseUrl = BaseUrlPolicy::defaultBaseUrl();
    QString apiKey;
    UsageServiceTimings timings;
    QTimer timer;
    QDateTime nextRefreshAt;
    RequestSpacing *spacing = nullptr;

    QPointer<QNetworkReply> reply;
    QByteArray body;
    AbortReason abortReason = AbortReason::None;
    int redirectsFollowed = 0;

    bool busy = false;
    bool polling = false;
    int consecutiveFailures = 0;
    std::optional<UsageSnapshot> lastSnapshot;
    std::optional<UsageError> lastError;

    // fetchWithRetries
    bool retrying = false;
    int attemptsLeft = 0;
    milliseconds maxRetryAfter{0};

    void setBusy(bool value);
    void setNextRefresh(std::optional<milliseconds> delay);
    void startRequest();
    void send(const QUrl &url);
    void connectReply(QNetworkReply *reply);
    void abortReply(AbortReason reason);
    // Follows a redirect answer by sending the next request; false when it is not one.
    bool followRedirect(QNetworkReply *finished);
    Outcome outcomeOf(QNetworkReply *finished);
    void complete(const Outcome &outcome);
};

void UsageService::Private::setBusy(bool value) {
    if (busy == value)
        return;
    busy = value;
    emit q->busyChanged(busy);
}

void UsageService::Private::setNextRefresh(std::optional<milliseconds> delay) {
    timer.stop();
    QDateTime at = delay ? clock.now().addMSecs(delay->count()) : QDateTime();
    if (spacing && delay) {
        at = spacing->reserve(q, at);
        delay = std::max(milliseconds(0), milliseconds(clock.now().msecsTo(at)));
    } else if (spacing) {
        spacing->release(q);
    }
    if (delay)
        timer.start(*delay);
    if (at == nextRefreshAt)
        return;
    nextRefreshAt = at;
    emit q->nextRefreshChanged(nextRefreshAt);
}

void UsageService::Private::startRequest() {
    setBusy(true);
    // Refused before any connection: the key must never reach an address the policy refuses.
    const QString problem = BaseUrlPolicy::problem(baseUrl);
    // The one key rule: a line break in the key would let it end the header early, and anything
    // outside visible ASCII would be mangled on the way.
    const bool sendableKey = ApiKeyRule::isAcceptable(apiKey);
    if (!problem.isEmpty() || apiKey.isEmpty() || !sendableKey) {
        const UsageError error = !problem.isEmpty() ? UsageErrorClassifier::refusedBaseUrl(problem)
                                 : apiKey.isEmpty() ? UsageErrorClassifier::missingKey()
                                                    : UsageErrorClassifier::unsendableKey();
        // Reported from the event loop like a network failure, so callers see one behaviour.
        QTimer::singleShot(0, q, [this, error] {
            if (busy && !reply)
                complete(error);
        });
        return;
    }
    redirectsFollowed = 0;
    send(q->endpointUrl());
}

void UsageService::Private::send(const QUrl &url) {
    QNetworkRequest request(url);
    request.setRawHeader("X-API-KEY", apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, UsageService::userAgent());
    request.setTransferTimeout(int(std::min<qint64>(timings.transferTimeout.count(), INT_MAX)));
    // Redirects are followed by followRedirect(), not by Qt: each target must pass the base-URL
    // policy, which includes NoLessSafeRedirectPolicy's rule (never https to http) and also
    // keeps plain http:// on this computer. (Qt 6.4's own redirect handling also sent one
    // redirected request several times to a server that closes its connections.)
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);

    body.clear();
    abortReason = AbortReason::None;
    reply = network->get(request);
    reply->setReadBufferSize(ReplyReadBufferBytes);
    connectReply(reply);
}

void UsageService::Private::connectReply(QNetworkReply *current) {
    QObject::connect(current, &QNetworkReply::metaDataChanged, q, [this, current] {
        const int status = current->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const qint64 declared = current->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        // A redirect's own body is thrown away; only the final answer's size matters.
        if ((status < 300 || status > 399) && declared > timings.maximumBodyBytes)
            abortReply(AbortReason::TooLarge);
    });
    QObject::connect(current, &QNetworkReply::readyRead, q, [this, current] {
        body += current->readAll();
        if (body.size() > timings.maximumBodyBytes) {
            body.clear();
            abortReply(AbortReason::TooLarge);
        }
    });
    QObject::connect(current, &QNetworkReply::finished, q, [this, current] {
        current->deleteLater();
        if (current != reply)
            return;
        reply = nullptr;
        if (abortReason == AbortReason::Cancelled || followRedirect(current))
            return;
        complete(outcomeOf(current));
    });
}

void UsageService::Private::abortReply(AbortReason reason) {
    if (!reply)
        return;
    abortReason = reason;
    reply->abort(); // emits finished, which reports according to the reason
}

bool UsageService::Private::followRedirect(QNetworkReply *finished) {
    const int status = finished->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray location = finished->rawHeader("Location");
    const bool redirect =
        status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (abortReason != AbortReason::None || !redirect || location.isEmpty())
        return false;
    const QUrl target = finished->url().resolved(QUrl::fromEncoded(location));
    if (redirectsFollowed >= UsageService::MaximumRedirects) {
        complete(UsageErrorClassifier::tooManyRedirects(UsageService::MaximumRedirects));
    } else if (!BaseUrlPolicy::mayRedirect(finished->url(), target)) {
        complete(UsageErrorClassifier::refusedRedirect(target));
    } else {
        ++redirectsFollowed;
        send(target);
    }
    return true;
}

Outcome UsageService::Private::outcomeOf(QNetworkReply *finished) {
    const QDateTime receivedAt = clock.now();
    switch (abortReason) {
    case AbortReason::TooLarge:
        return UsageErrorClassifier::tooLarge(timings.maximumBodyBytes);
    case AbortReason::None:
    case AbortReason::Cancelled:
        break;
    }
    const QNetworkReply::NetworkError error = finished->error();

    const QVariant statusAttribute = finished->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (status != 0 && (status < 200 || status > 299)) {
        body += finished->readAll();
        return UsageErrorClassifier::fromHttpStatus(status, body,
                                                    finished->rawHeader("Retry-After"), receivedAt);
    }
    if (error != QNetworkReply::NoError) {
        // We did not abort, so a cancelled transfer means the transfer timeout fired.
        const bool timedOut = error == QNetworkReply::OperationCanceledError;
        return UsageErrorClassifier::fromNetworkError(
            error, finished->url(), finished->errorString(), timedOut, timings.transferTimeout);
    }
    body += finished->readAll();
    UsageParseResult parsed = UsageParser::parse(body, receivedAt);
    body.clear();
    if (!parsed.snapshot)
        return UsageErrorClassifier::unreadableBody(parsed.error);
    return *parsed.snapshot;
}

void UsageService::Private::complete(const Outcome &outcome) {
    const UsageError *error = std::get_if<UsageError>(&outcome);
    const bool transient = error && error->isTransient();
    consecutiveFailures = transient ? consecutiveFailures + 1 : 0;
    const RetryBackoff backoff(timings.backoffInitial, timings.backoffMaximum);

    if (retrying) {
        --attemptsLeft;
        const bool waitAllowed =
            !error || !error->retryAfter || *error->retryAfter <= maxRetryAfter;
        if (transient && attemptsLeft > 0 && waitAllowed) {
            const milliseconds wait =
                backoff.delay(consecutiveFailures, RetryBackoff::randomJitter(), error->retryAfter);
            lastError = *error;
            setNextRefresh(wait);
            emit q->attemptFailed(*error, wait.count());
            return; // still busy: the timer starts the next attempt
        }
        retrying = false;
    }

    if (error) {
        lastError = *error;
    } else {
        lastSnapshot = std::get<UsageSnapshot>(outcome);
        lastError.reset();
    }
    if (polling) {
        setNextRefresh(transient ? backoff.delay(consecutiveFailures, RetryBackoff::randomJitter(),
                                                 error->retryAfter)
                                 : timings.refreshInterval);
    } else {
        setNextRefresh(std::nullopt);
    }
    setBusy(false);
    if (error)
        emit q->refreshFailed(*error);
    else
        emit q->snapshotReceived(*lastSnapshot);
}

QByteArray UsageService::userAgent() {
    return QByteArray("allium-usage/" ALLIUM_VERSION " (Qt ") + qVersion() + ')';
}

UsageService::UsageService(const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, clock)) {
    connect(&d->timer, &QTimer::timeout, this, [this] {
        d->nextRefreshAt = QDateTime();
        emit nextRefreshChanged(d->nextRefreshAt);
        if (d->retrying)
            d->startRequest();
        else
            refreshNow();
    });
}

UsageService::~UsageService() {
    if (d->spacing)
        d->spacing->release(this);
    // Nothing may be reported from a half-destroyed service.
    if (d->reply) {
        d->abortReason = Private::AbortReason::Cancelled;
        d->reply->disconnect(this);
        d->reply->abort();
    }
}

bool UsageService::setBaseUrl(const QUrl &baseUrl, QString *problem) {
    d->baseUrl = baseUrl;
    const QString why = BaseUrlPolicy::problem(baseUrl);
    if (problem)
        *problem = why;
    return why.isEmpty();
}

QUrl UsageService::baseUrl() const {
    return d->baseUrl;
}

QUrl UsageService::endpointUrl() const {
    return BaseUrlPolicy::withPath(d->baseUrl, UsagePath);
}

void UsageService::setApiKey(const QString &apiKey) {
    d->apiKey = ApiKeyRule::normalized(apiKey);
}

bool UsageService::hasApiKey() const {
    return !d->apiKey.isEmpty();
}

void UsageService::setTimings(const UsageServiceTimings &timings) {
    d->timings = timings;
    d->timings.refreshInterval = std::max(timings.refreshInterval, timings.minimumRefreshInterval);
}

const UsageServiceTimings &UsageService::timings() const {
    return d->timings;
}

void UsageService::setRefreshInterval(milliseconds interval) {
    d->timings.refreshInterval = std::max(interval, d->timings.minimumRefreshInterval);
    // A pending normal refresh moves to the new interval; a backoff wait stays as it is.
    if (d->polling && !d->busy && d->timer.isActive() && d->consecutiveFailures == 0)
        d->setNextRefresh(d->timings.refreshInterval);
}

void UsageService::startPolling() {
    d->polling = true;
    // A refresh already on its way schedules the next one when it ends; a wait the server asked
    // for (Retry-After) is kept. Anything else, including a normal scheduled refresh, goes now:
    // whoever starts polling wants figures now.
    const bool serverAskedToWait = d->timer.isActive() && d->consecutiveFailures > 0 &&
                                   d->lastError && d->lastError->retryAfter;
    if (d->busy || serverAskedToWait)
        return;
    if (d->spacing)
        d->setNextRefresh(milliseconds(0)); // in the first free slot
    else
        refreshNow();
}

void UsageService::setRequestSpacing(RequestSpacing *spacing) {
    if (d->spacing)
        d->spacing->release(this);
    d->spacing = spacing;
}

void UsageService::stopPolling() {
    d->polling = false;
    if (!d->retrying)
        d->setNextRefresh(std::nullopt);
}

bool UsageService::isPolling() const {
    return d->polling;
}

bool UsageService::refreshNow() {
    if (d->busy)
        return false;
    d->setNextRefresh(std::nullopt);
    d->startRequest();
    return true;
}

bool UsageService::fetchWithRetries(int attempts, milliseconds maxRetryAfter) {
    if (d->busy)
        return false;
    d->setNextRefresh(std::nullopt);
    d->retrying = true;
    d->attemptsLeft = std::max(attempts, 1);
    d->maxRetryAfter = maxRetryAfter;
    d->consecutiveFailures = 0;
    d->startRequest();
    return true;
}

bool UsageService::isBusy() const {
    return d->busy;
}

const std::optional<UsageSnapshot> &UsageService::lastSnapshot() const {
    return d->lastSnapshot;
}

const std::optional<UsageError> &UsageService::lastError() const {
    return d->lastError;
}

QDateTime UsageService::nextRefreshAt() const {
    return d->nextRefreshAt;
}
