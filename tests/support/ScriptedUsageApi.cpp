#include "support/ScriptedUsageApi.h"

#include "support/CannedUsageBodies.h"

ScriptedUsageApi::ScriptedUsageApi(QObject *parent)
    : QObject(parent)
    , m_fallback(ok(CannedUsageBodies::unitPlan())) {
    m_server.setHandler([this](const HttpRequest &request) { return answer(request); });
    m_server.listen();
}

ScriptedUsageApi::~ScriptedUsageApi() = default;

bool ScriptedUsageApi::isListening() const {
    return m_server.isListening();
}

QUrl ScriptedUsageApi::baseUrl() const {
    return m_server.baseUrl();
}

void ScriptedUsageApi::enqueue(const HttpResponse &response) {
    m_queue.enqueue(response);
}

void ScriptedUsageApi::setFallback(const HttpResponse &response) {
    m_fallback = response;
}

void ScriptedUsageApi::setHandler(HttpServer::Handler handler) {
    m_server.setHandler(std::move(handler));
}

int ScriptedUsageApi::requestCount() const {
    return m_server.requestCount();
}

const QList<HttpRequest> &ScriptedUsageApi::requests() const {
    return m_server.requests();
}

HttpRequest ScriptedUsageApi::lastRequest() const {
    return m_server.requests().isEmpty() ? HttpRequest() : m_server.requests().constLast();
}

HttpServer &ScriptedUsageApi::server() {
    return m_server;
}

HttpResponse ScriptedUsageApi::ok(const QByteArray &body) {
    return HttpResponse::json(200, body);
}

HttpResponse ScriptedUsageApi::status(int status, const QByteArray &detail) {
    if (detail.isEmpty()) {
        HttpResponse response;
        response.status = status;
        return response;
    }
    return HttpResponse::json(status, CannedUsageBodies::errorDetail(detail));
}

HttpResponse ScriptedUsageApi::answer(const HttpRequest &request) {
    if (request.path() != UsagePath)
        return status(404, "Not Found");
    return m_queue.isEmpty() ? m_fallback : m_queue.dequeue();
}
