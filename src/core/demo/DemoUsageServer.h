// The demo mode's stand-in for the Allium API: serves DemoUsageGenerator's made-up usage on
// 127.0.0.1, so that `--demo` runs the whole app through the real network code without an account.
#pragma once

#include "core/demo/DemoUsageGenerator.h"
#include "core/http/HttpServer.h"

#include <QObject>

class Clock;

class DemoUsageServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoUsageServer)

public:
    // Any non-empty key is accepted; this is the one the app sends in demo mode.
    static QString apiKey();

    // The clock dates the demo data ("part-way through the current month").
    explicit DemoUsageServer(const Clock &clock, QObject *parent = nullptr);
    ~DemoUsageServer() override;

    // Listens on a free port of 127.0.0.1. On failure returns false and says why.
    bool start(QString *error = nullptr);
    QUrl baseUrl() const; // the base URL to give UsageService; invalid before start()
    int requestCount() const;

private:
    HttpResponse answer(const HttpRequest &request) const;

    const Clock &m_clock;
    DemoUsageGenerator m_generator;
    HttpServer m_server;
};
