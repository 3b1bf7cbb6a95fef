// One organization's fetch for `--once`: finds its key (ALLIUM_API_KEY, a systemd credential or
// the keychain), then fetches its usage with the command line's retries. It runs in the event
// loop, so that `--once --all-orgs` runs one per organization side by side, each on its own.
#pragma once

#include "core/api/UsageError.h"
#include "core/api/UsageSnapshot.h"
#include "core/launch/ExitCode.h"
#include "core/organizations/Organization.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class ApiKeyResolver;
class UsageService;

class OnceFetch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnceFetch)

public:
    // The organization's, read at baseUrl.
    OnceFetch(const Organization &organization, const QUrl &baseUrl,
              std::chrono::milliseconds timeout, QObject *parent = nullptr);
    // The demo server's data, read with its own key.
    OnceFetch(const QUrl &demoUrl, const QString &demoKey, std::chrono::milliseconds timeout,
              QObject *parent = nullptr);
    ~OnceFetch() override;

    // Comes before each "Trying again" line on standard error ("Staging: " when several
    // organizations run at once).
    void setAnnouncePrefix(const QString &prefix) { m_announcePrefix = prefix; }
    // The person named the organization (--org, --all-orgs): the advice names it too.
    void setNamed(bool named) { m_named = named; }

    // Looks the key up, then fetches; ends with finished(). A request goes out after `delay`,
    // so that several organizations do not all ask at the same moment.
    void start(std::chrono::milliseconds delay = std::chrono::milliseconds(0));

    const Organization &organization() const { return m_organization; }
    // The usage, when the fetch succeeded.
    const std::optional<UsageSnapshot> &snapshot() const { return m_snapshot; }
    // Why nothing was sent: no key, a key the rule refuses, an address the policy refuses. Its
    // exit status is a usage error.
    QString usageProblem() const { return m_usageProblem; }
    // Why the fetch failed, when it was sent and failed.
    const std::optional<UsageError> &failure() const { return m_failure; }
    ExitCode exitCode() const;

signals:
    void finished();

private:
    void keyFound(const QString &key, const QString &problem);
    void fetch(const QString &key);
    void finish();

    Organization m_organization;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout;
    QString m_announcePrefix;
    bool m_named = false;
    bool m_demo = false;
    QString m_demoKey;
    ApiKeyResolver *m_resolver = nullptr;
    std::unique_ptr<UsageService> m_service;
    std::optional<UsageSnapshot> m_snapshot;
    QString m_usageProblem;
    std::optional<UsageError> m_failure;
};
