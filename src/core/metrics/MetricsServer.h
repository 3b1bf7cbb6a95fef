// The exporter's HTTP endpoint on HttpServer: GET /metrics (the exposition, in the format the
// scraper asks for) and GET /healthz, both answered from the values a provider returns: the state
// the service already holds, so that a scrape never calls the Allium API. Anything else is 404 or
// 405; requests are bounded in size, time and number; an optional bearer token guards both.
#pragma once

#include "core/http/HttpServer.h"
#include "core/metrics/BearerToken.h"
#include "core/metrics/OrganizationMetrics.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class Clock;

class MetricsServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsServer)

public:
    // Called for every scrape and health check, on this thread; must only read held state.
    using Provider = std::function<QList<OrganizationMetrics>()>;

    // Outside the 9100-9999 range that Prometheus exporters have long since filled.
    static constexpr quint16 DefaultPort = 10741;
    // Generous for a scraper (Prometheus sends a few hundred bytes and waits up to 10 s), tight
    // for anything else.
    static HttpServerLimits defaultLimits();

    MetricsServer(Provider provider, const Clock &clock, QObject *parent = nullptr);
    ~MetricsServer() override;

    // Both before listen(). Without a token the endpoint is open to whoever can connect.
    void setBearerToken(const std::optional<BearerToken> &token);
    void setLimits(const HttpServerLimits &limits);

    // 127.0.0.1 unless the caller was explicitly asked for another address.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    QHostAddress address() const;
    quint16 port() const;
    QUrl url() const; // http://host:port

    // Stops accepting, finishes the answers being written, then drained(); see HttpServer.
    void shutDown(std::chrono::milliseconds grace);
    int scrapeCount() const { return m_scrapes; }

signals:
    void drained();

private:
    HttpResponse answer(const HttpRequest &request);
    HttpResponse metrics(const HttpRequest &request);
    HttpResponse health();

    Provider m_provider;
    const Clock &m_clock;
    std::optional<BearerToken> m_token;
    HttpServer m_server;
    int m_scrapes = 0;
};
