// One run of the exporter (`allium-usage --serve`): reads every organization through
// OrganizationReadings on its refresh interval (recording the history as every reading does),
// looks up each one's key without asking anybody, serves /metrics and /healthz from what the
// readings hold (ReadingsMetrics), logs what an operator needs on standard error (journald), and
// on SIGTERM or SIGINT stops reading, finishes the answers being written and says finished().
#pragma once

#include "core/metrics/BearerToken.h"
#include "core/organizations/Organization.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <chrono>
#include <memory>
#include <optional>

class ApiKeyResolver;
class Clock;
class HistoryStore;
class MetricsServer;
class OrganizationReadings;
class ReadingsMetrics;
class TerminationSignals;

class ServeSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeSession)

public:
    struct Settings {
        QHostAddress address;
        quint16 port = 0;
        std::optional<BearerToken> token;
        QUrl sessionBaseUrl; // --base-url; invalid: each organization's own address
        std::chrono::milliseconds refreshInterval{0};
    };

    // history may be closed; it must outlive the session.
    ServeSession(const Settings &settings, HistoryStore *history, const Clock &clock,
                 QObject *parent = nullptr);
    ~ServeSession() override;

    // Listens (false and *error when the address cannot be had), then looks up the keys and
    // starts reading the organizations.
    bool start(const QList<Organization> &organizations, QString *error);
    QUrl url() const;
    // One line for the operator on standard error (journald with the system unit).
    static void log(const QString &line);

signals:
    // The run is over; the exit status: 0 after SIGTERM/SIGINT, 2 when no organization has a key.
    void finished(int exitCode);

private:
    void keyResolved(const Organization &organization, const QString &key, const QString &problem);
    void readingChanged(const QString &id);
    void stop(int exitCode);

    Settings m_settings;
    const Clock &m_clock;
    std::unique_ptr<OrganizationReadings> m_readings;
    std::unique_ptr<ReadingsMetrics> m_metrics;
    std::unique_ptr<MetricsServer> m_server;
    std::unique_ptr<TerminationSignals> m_signals;
    QList<ApiKeyResolver *> m_resolvers; // children; each deletes itself when it has answered
    int m_keysPending = 0;
    int m_keysFound = 0;
    // What was logged of each organization, so that a failure is logged once, not at every
    // retry, and its recovery once: the failure's message, and who was read at least once.
    QHash<QString, QString> m_failing;
    QSet<QString> m_read;
    bool m_stopping = false;
    int m_exitCode = 0;
};
