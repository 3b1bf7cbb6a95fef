// Fetches the organization usage endpoint with its own QNetworkAccessManager, polls it on an
// interval, backs off on transient failures and keeps the last good snapshot.
#pragma once

#include "UsageError.h"
#include "UsageSnapshot.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;

// Every delay the service uses; tests shrink them to milliseconds.
struct UsageServiceTimings
{
    std::chrono::milliseconds transferTimeout{30'000};
    std::chrono::milliseconds refreshInterval{5 * 60'000};
    std::chrono::milliseconds minimumRefreshInterval{60'000};
    std::chrono::milliseconds backoffInitial{15'000};
    std::chrono::milliseconds backoffMaximum{15 * 60'000};
    qint64 maximumBodyBytes = 1024 * 1024;
};

class UsageService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageService)

public:
    static QUrl defaultBaseUrl();
    // Empty when the key may be sent to this base URL; otherwise why not (a sentence).
    static QString baseUrlProblem(const QUrl &baseUrl);

    explicit UsageService(const Clock &clock, QObject *parent = nullptr);
    ~UsageService() override;

    bool setBaseUrl(const QUrl &baseUrl, QString *problem = nullptr);
    QUrl baseUrl() const;
    QUrl endpointUrl() const;

    void setApiKey(const QString &apiKey);
    bool hasApiKey() const;

    void setTimings(const UsageServiceTimings &timings);
    const UsageServiceTimings &timings() const;
    // Clamped to timings().minimumRefreshInterval.
    void setRefreshInterval(std::chrono::milliseconds interval);

    void startPolling();
    void stopPolling();
    // Starts a request now unless one is in flight (then returns false and does nothing).
    bool refreshNow();

    bool isBusy() const;
    const std::optional<UsageSnapshot> &lastSnapshot() const;
    const std::optional<UsageError> &lastError() const;
    QDateTime nextRefreshAt() const; // invalid when nothing is scheduled

signals:
    void busyChanged(bool busy);
    void snapshotReceived(const UsageSnapshot &snapshot);
    void refreshFailed(const UsageError &error);
    void nextRefreshChanged(const QDateTime &at);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
