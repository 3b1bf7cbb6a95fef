#include "core/metrics/MetricsServer.h"

#include "core/metrics/HealthReport.h"
#include "core/metrics/MetricsExposition.h"
#include "core/metrics/MetricsFormat.h"

using namespace std::chrono_literals;

namespace {

const QByteArray metricsPath = "/metrics";
const QByteArray healthPath = "/healthz";

HttpResponse withCommonHeaders(HttpResponse response) {
    // Every answer is the state of this moment: nothing in between may keep it.
    response.withHeader("Cache-Control", "no-store");
    response.withHeader("X-Content-Type-Options", "nosniff");
    return response;
}

} // namespace

HttpServerLimits MetricsServer::defaultLimits() {
    HttpServerLimits limits;
    limits.maximumHeadBytes = 8 * 1024;
    limits.maximumBodyBytes = 0; // a GET has none
    limits.requestTimeout = 5s;
    limits.connectionTimeout = 30s;
    limits.maximumConnections = 64;
    return limits;
}

MetricsServer::MetricsServer(Provider provider, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_clock(clock) {
    m_server.setLimits(defaultLimits());
    m_server.setHandler([this](const HttpRequest &request) { return answer(request); });
    connect(&m_server, &HttpServer::drained, this, &MetricsServer::drained);
}

MetricsServer::~MetricsServer() = default;

void MetricsServer::setBearerToken(const std::optional<BearerToken> &token) {
    m_token = token;
}

void MetricsServer::setLimits(const HttpServerLimits &limits) {
    m_server.setLimits(limits);
}

bool MetricsServer::listen(const QHostAddress &address, quint16 port, QString *error) {
    return m_server.listen(address, port, error);
}

QHostAddress MetricsServer::address() const {
    return m_server.address();
}

quint16 MetricsServer::port() const {
    return m_server.port();
}

QUrl MetricsServer::url() const {
    return m_server.baseUrl();
}

void MetricsServer::shutDown(std::chrono::milliseconds grace) {
    m_server.shutDown(grace);
}

HttpResponse MetricsServer::answer(const HttpRequest &request) {
    const QByteArray path = request.path();
    if (path != metricsPath && path != healthPath) {
        return withCommonHeaders(
            HttpResponse::text(404, "Not found. This exporter answers GET /metrics and GET "
                                    "/healthz.\n"));
    }
    if (request.method != "GET" && request.method != "HEAD") {
        return withCommonHeaders(
            HttpResponse::text(405, request.method + " is not allowed here; use GET.\n")
                .withHeader("Allow", "GET, HEAD"));
    }
    if (m_token && !m_token->accepts(request.header("Authorization"))) {
        // RFC 6750: say which scheme, and whether a token was sent but is wrong.
        QByteArray challenge = "Bearer realm=\"allium-usage\"";
        if (request.hasHeader("Authorization"))
            challenge += ", error=\"invalid_token\"";
        return withCommonHeaders(
            HttpResponse::text(401, "A valid bearer token is needed (Authorization: Bearer ...).\n")
                .withHeader("WWW-Authenticate", challenge));
    }
    return withCommonHeaders(path == metricsPath ? metrics(request) : health());
}

HttpResponse MetricsServer::metrics(const HttpRequest &request) {
    ++m_scrapes;
    const MetricsFormat format = MetricsFormats::negotiate(request.header("Accept"));
    HttpResponse response;
    response.body = MetricsExposition::write(m_provider(), format);
    response.withHeader("Content-Type", MetricsFormats::contentType(format));
    return response;
}

HttpResponse MetricsServer::health() {
    const HealthReport report = HealthReport::of(m_provider(), m_clock);
    return HttpResponse::text(report.healthy ? 200 : 503, report.text);
}
