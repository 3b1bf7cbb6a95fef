#include "core/demo/DemoUsageServer.h"

#include "core/Clock.h"

namespace {

HttpResponse detail(int status, const QByteArray &text) {
    return HttpResponse::json(status, "{\"detail\": \"" + text + "\"}");
}

} // namespace

QString DemoUsageServer::apiKey() {
    return QStringLiteral("demo");
}

DemoUsageServer::DemoUsageServer(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock) {
    m_server.setHandler([this](const HttpRequest &request) { return answer(request); });
}

DemoUsageServer::~DemoUsageServer() = default;

bool DemoUsageServer::start(QString *error) {
    return m_server.isListening() || m_server.listen(0, error);
}

QUrl DemoUsageServer::baseUrl() const {
    return m_server.isListening() ? m_server.baseUrl() : QUrl();
}

int DemoUsageServer::requestCount() const {
    return m_server.requestCount();
}

HttpResponse DemoUsageServer::answer(const HttpRequest &request) const {
    // Behave like the real endpoint where the app can tell the difference.
    if (request.path() != "/api/v1/account/organization/usage")
        return detail(404, "Not Found");
    if (request.method != "GET")
        return detail(405, "Method Not Allowed");
    if (request.header("X-API-KEY").trimmed().isEmpty())
        return detail(401, "Missing API key: send it in the X-API-KEY header.");
    return HttpResponse::json(200, m_generator.responseBody(m_clock.now()));
}
