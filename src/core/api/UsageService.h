// Fetches the organization usage endpoint with its own QNetworkAccessManager, polls it on an
// interval, backs off on transient failures and keeps the last good snapshot.
#pragma once

#include "core/api/UsageError.h"
#include "core/api/UsageSnapshot.h"
#include "core/settings/Defaults.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class Clock;
class RequestSpacing;
class QNetworkAccessManager;
class QNetworkReply;

// Every delay the service uses; tests shrink them to milliseconds.
struct UsageServiceTimings {
    // One attempt from start to finish: connecting, redirects, headers and the whole body. A
    // server that sends a byte now and then cannot hold a request beyond it.
    std::chrono::milliseconds transferTimeout{
        std::chrono::seconds(Defaults::requestTimeoutSeconds)};
    std::chrono::milliseconds refreshInterval{std::chrono::minutes(Defaults::refreshMinutes)};
    std::chrono::milliseconds minimumRefreshInterval{
        std::chrono::minutes(Defaults::minimumRefreshMinutes)};
    std::chrono::milliseconds backoffInitial{15'000};
    std::chrono::milliseconds backoffMaximum{15 * 60'000};
    qint64 maximumBodyBytes = 1024 * 1024;
};

class UsageService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageService)

public:
    // Redirects followed before the request fails as a redirect loop.
    static constexpr int MaximumRedirects = 5;

    // "allium-usage/<version> (Qt <version>)".
    static QByteArray userAgent();

    explicit UsageService(const Clock &clock, QObject *parent = nullptr);
    ~UsageService() override;

    // Returns false (and says why in problem) when BaseUrlPolicy refuses the URL. The URL is
    // kept all the same, so that every refresh fails with a Configuration error instead of
    // quietly sending the key to the previous address.
    bool setBaseUrl(const QUrl &baseUrl, QString *problem = nullptr);
    QUrl baseUrl() const;
    QUrl endpointUrl() const;

    void setApiKey(const QString &apiKey);
    bool hasApiKey() const;

    void setTimings(const UsageServiceTimings &timings);
    const UsageServiceTimings &timings() const;
    // Clamped to timings().minimumRefreshInterval.
    void setRefreshInterval(std::chrono::milliseconds interval);

    // Shared with the services of other organizations: every scheduled request (the first one
    // of startPolling() too) takes a slot from it, so that they go out spread apart. A request
    // asked for with refreshNow() goes at once. Null (the default): none. It must outlive the
    // service.
    void setRequestSpacing(RequestSpacing *spacing);

    // Refreshes now (with a RequestSpacing: in its first free slot), then every refresh interval;
    // after a transient failure (isTransient()) waits an exponentially growing, jittered delay
    // instead, never less than Retry-After. Called again while polling, it refreshes now as well,
    // unless a request is in flight or the server asked to wait (Retry-After).
    void startPolling();
    // Cancels the scheduled refresh; a request in flight still completes and is reported.
    void stopPolling();
    bool isPolling() const;
    // Starts a request now unless one is in flight (then returns false and does nothing).
    // A refused base URL or a missing key fail with a Configuration error, reported
    // asynchronously like any other failure, without any network connection.
    bool refreshNow();
    // One fetch for the command line: up to `attempts` requests, retrying transient failures
    // after the backoff delay or Retry-After, whichever is longer, but giving up at once when
    // the server asks to wait longer than maxRetryAfter. Ends in exactly one snapshotReceived
    // or refreshFailed (with the last error); each failure that will be retried is announced by
    // attemptFailed. The service is busy throughout. Returns false (and does nothing) when busy.
    bool fetchWithRetries(int attempts, std::chrono::milliseconds maxRetryAfter);

    bool isBusy() const;
    const std::optional<UsageSnapshot> &lastSnapshot() const;
    const std::optional<UsageError> &lastError() const;
    QDateTime nextRefreshAt() const; // invalid when nothing is scheduled

signals:
    void busyChanged(bool busy);
    void snapshotReceived(const UsageSnapshot &snapshot);
    void refreshFailed(const UsageError &error);
    void nextRefreshChanged(const QDateTime &at);
    // fetchWithRetries only: this failure will be retried after retryInMs milliseconds.
    void attemptFailed(const UsageError &error, qint64 retryInMs);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
