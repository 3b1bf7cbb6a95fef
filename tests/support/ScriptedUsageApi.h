// The remote Allium API for tests: a real HTTP server on 127.0.0.1 that answers the usage
// endpoint from a script of responses, so tests drive UsageService through real network code.
//
//   ScriptedUsageApi api;                                  // listening on a free port
//   api.enqueue(ScriptedUsageApi::status(429).withHeader("Retry-After", "2"));
//   api.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
//   service.setBaseUrl(api.baseUrl());                     // then refreshNow() and QSignalSpy
//   QCOMPARE(api.requestCount(), 2);
//   QCOMPARE(api.lastRequest().header("X-API-KEY"), QByteArray("test-key"));
#pragma once

#include "core/http/HttpServer.h"

#include <QObject>
#include <QQueue>

class ScriptedUsageApi final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedUsageApi)

public:
    static constexpr const char *UsagePath = "/api/v1/account/organization/usage";

    // Starts listening at once; check isListening() (QVERIFY) in the test.
    explicit ScriptedUsageApi(QObject *parent = nullptr);
    ~ScriptedUsageApi() override;

    bool isListening() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>, no trailing slash

    // Requests to UsagePath get the queued responses in order, then the fallback (by default
    // 200 with CannedUsageBodies::unitPlan()). Any other path gets 404 and is still recorded.
    void enqueue(const HttpResponse &response);
    void setFallback(const HttpResponse &response);
    // Full control when a queue is not enough (e.g. answers that depend on the request).
    void setHandler(HttpServer::Handler handler);

    int requestCount() const;
    const QList<HttpRequest> &requests() const;
    HttpRequest lastRequest() const; // an empty request when none arrived
    HttpServer &server();

    // Shorthands for the responses tests need most.
    static HttpResponse ok(const QByteArray &body);
    // A status with a {"detail": ...} JSON body; no body when detail is empty.
    static HttpResponse status(int status, const QByteArray &detail = QByteArray());

private:
    HttpResponse answer(const HttpRequest &request);

    HttpServer m_server;
    QQueue<HttpResponse> m_queue;
    HttpResponse m_fallback;
};
