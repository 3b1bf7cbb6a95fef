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
// Of an error answer only this much is read: enough for any {"detail": ...}, and an error page
// of any size (a proxy's HTML, a stack trace) still counts as the server error it is.
constexpr qint64 ErrorBodyPrefixBytes = 64 * 1024;

using Outcome = std::variant<UsageSnapshot, UsageError>;

bool isSuccess(int status) {
    return status >= 200 && status <= 299;
}

bool isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

struct UsageService::Private {
    // Why we aborted a reply ourselves, so that finished() is not mistaken for a network error.
    enum class AbortReason {
        None,
        TooLarge,        // a success body over the limit
        Encoded,         // a success body compressed although we asked for none
        ErrorBodyPrefix, // enough of an error answer is read
        Deadline,        // the attempt ran out of time
        Cancelled,       // the service is going away
    };

    // What the status line and headers said, kept apart from the reply, which an abort clears.
    struct Head {
        int status = 0; // 0 until the headers arrived
        QByteArray retryAfter;
        QByteArray location;
        QByteArray contentEncoding;
    };

    Private(UsageService *service, const Clock &clock)
        : q(service)
        , clock(clock)
        , network(new QNetworkAccessManager(service)) {
        network->setObjectName(QStringLiteral("usageNetwork"));
        timer.setSingleShot(true);
        deadline.setSingleShot(true);
    }

    UsageService *q;
    const Clock &clock;
    QNetworkAccessManager *network; // owned by q, so tests can find it as a child
    QUrl baseUrl = BaseUrlPolicy::defaultBaseUrl();
    QString apiKey;
    UsageServiceTimings timings;
    QTimer timer;
    QTimer deadline; // one attempt, from the first byte sent to the last read, redirects included
    QDateTime nextRefreshAt;
    RequestSpacing *spacing = nullptr;

    QPointer<QNetworkReply> reply;
    Head head;
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
    void readHead(QNetworkReply *current);
    void readBody(QNetworkReply *current);
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
    deadline.start(std::max<qint64>(1, std::min<qint64>(timings.transferTimeout.count(), INT_MAX)));
    send(q->endpointUrl());
}

void UsageService::Private::send(const QUrl &url) {
    QNetworkRequest request(url);
    request.setRawHeader("X-API-KEY", apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    // The answer is a few hundred bytes: compression gains nothing, and Qt's transparent
    // decompression (its default) let a small gzip bomb hold each attempt until the timeout.
    // Asking for identity also turns that decompression off; a compressed answer is refused.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, UsageService::userAgent());
    // Redirects are followed by followRedirect(), not by Qt: the key may only go to the origin
    // the user configured. (Qt 6.4's own redirect handling also sent one redirected request
    // several times to a server that closes its connections.)
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);

    head = Head();
    body.clear();
    abortReason = AbortReason::None;
    reply = network->get(request);
    reply->setReadBufferSize(ReplyReadBufferBytes);
    connectReply(reply);
}

void UsageService::Private::connectReply(QNetworkReply *current) {
    QObject::connect(current, &QNetworkReply::metaDataChanged, q,
                     [this, current] { readHead(current); });
    QObject::connect(current, &QNetworkReply::readyRead, q, [this, current] { readBody(current); });
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

void UsageService::Private::readHead(QNetworkReply *current) {
    if (current != reply || abortReason != AbortReason::None)
        return;
    head.status = current->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    head.retryAfter = current->rawHeader("Retry-After");
    head.location = current->rawHeader("Location");
    head.contentEncoding = current->rawHeader("Content-Encoding").trimmed().toLower();
    // Only a success body is read as usage; an error answer is read in part, whatever its size.
    if (!isSuccess(head.status))
        return;
    if (!head.contentEncoding.isEmpty() && head.contentEncoding != "identity")
        abortReply(AbortReason::Encoded);
    else if (current->header(QNetworkRequest::ContentLengthHeader).toLongLong() >
             timings.maximumBodyBytes)
        abortReply(AbortReason::TooLarge);
}

void UsageService::Private::readBody(QNetworkReply *current) {
    if (current != reply || abortReason != AbortReason::None)
        return;
    if (isRedirect(head.status)) {
        current->skip(current->bytesAvailable()); // a redirect's own body is not needed
        return;
    }
    if (!isSuccess(head.status)) {
        body += current->read(ErrorBodyPrefixBytes - body.size());
        if (body.size() >= ErrorBodyPrefixBytes)
            abortReply(AbortReason::ErrorBodyPrefix);
        return;
    }
    body += current->readAll();
    if (body.size() > timings.maximumBodyBytes) {
        body.clear();
        abortReply(AbortReason::TooLarge);
    }
}

void UsageService::Private::abortReply(AbortReason reason) {
    if (!reply)
        return;
    QNetworkReply *current = reply;
    reply = nullptr;
    abortReason = reason;
    // Not QNetworkReply::abort(): on a reply that already carries an HTTP error (a 500 with a
    // huge page) it prints Qt's "Internal problem, this method must only be called once". Its
    // destruction ends the transfer as well, and says nothing; until then it tells us nothing.
    current->disconnect(q);
    current->deleteLater();
    complete(outcomeOf(current));
}

bool UsageService::Private::followRedirect(QNetworkReply *finished) {
    if (abortReason != AbortReason::None || !isRedirect(head.status) || head.location.isEmpty())
        return false;
    const QUrl target = finished->url().resolved(QUrl::fromEncoded(head.location));
    if (redirectsFollowed >= UsageService::MaximumRedirects) {
        complete(UsageErrorClassifier::tooManyRedirects(UsageService::MaximumRedirects));
    } else if (!BaseUrlPolicy::mayRedirect(q->endpointUrl(), target)) {
        complete(UsageErrorClassifier::refusedRedirect(target, q->endpointUrl()));
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
    case AbortReason::Encoded:
        return UsageErrorClassifier::compressedBody(head.contentEncoding);
    case AbortReason::Deadline:
        return UsageErrorClassifier::timedOut(finished->url(), timings.transferTimeout);
    case AbortReason::None:
    case AbortReason::ErrorBodyPrefix:
    case AbortReason::Cancelled:
        break;
    }
    // A status that arrived counts, even when the connection broke in the body after it.
    if (head.status != 0 && !isSuccess(head.status)) {
        if (abortReason == AbortReason::None)
            body += finished->read(ErrorBodyPrefixBytes - body.size());
        return UsageErrorClassifier::fromHttpStatus(head.status, body, head.retryAfter, receivedAt);
    }
    const QNetworkReply::NetworkError error = finished->error();
    if (error != QNetworkReply::NoError)
        return UsageErrorClassifier::fromNetworkError(error, finished->url(),
                                                      finished->errorString());
    body += finished->readAll();
    UsageParseResult parsed = UsageParser::parse(body, receivedAt);
    body.clear();
    if (!parsed.snapshot)
        return UsageErrorClassifier::unreadableBody(parsed.error);
    return *parsed.snapshot;
}

void UsageService::Private::complete(const Outcome &outcome) {
    deadline.stop();
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
    connect(&d->deadline, &QTimer::timeout, this,
            [this] { d->abortReply(Private::AbortReason::Deadline); });
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
    // Nothing may be reported from a half-destroyed service; deleting the reply ends its
    // transfer (see abortReply).
    if (d->reply) {
        d->abortReason = Private::AbortReason::Cancelled;
        d->reply->disconnect(this);
        delete d->reply;
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
