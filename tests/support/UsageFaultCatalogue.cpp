#include "support/UsageFaultCatalogue.h"

#include "support/CannedUsageBodies.h"

#include <QtEndian>

using namespace std::chrono_literals;

namespace {

using Kind = UsageErrorKind;
using Delivery = HttpResponse::Delivery;

HttpResponse ok(const QByteArray &body) {
    return HttpResponse::json(200, body);
}

HttpResponse status(int code, const QByteArray &body = {}) {
    return HttpResponse::json(code, body);
}

HttpResponse raw(const QByteArray &bytes) {
    HttpResponse response;
    response.delivery = Delivery::Raw;
    response.body = bytes;
    return response;
}

HttpResponse delivered(HttpResponse response, Delivery delivery, qint64 bodyBytes = 0) {
    response.delivery = delivery;
    response.stalledBodyBytes = bodyBytes;
    response.streamedBodyBytes = bodyBytes;
    return response;
}

HttpResponse redirect(int code, const QByteArray &location) {
    HttpResponse response;
    response.status = code;
    if (!location.isEmpty())
        response.withHeader("Location", location);
    return response;
}

HttpResponse rateLimited(const QByteArray &retryAfter) {
    return status(429, CannedUsageBodies::errorDetail("slow down"))
        .withHeader("Retry-After", retryAfter);
}

QByteArray with(const char *field, const QByteArray &json) {
    return CannedUsageBodies::unitPlanWith(field, json);
}

QByteArray nested(int depth) {
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

quint32 crc32(const QByteArray &data) {
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

struct Catalogue {
    QList<UsageFault> faults;
    QString group;

    void error(const QString &name, const HttpResponse &answer, Kind kind, bool transient,
               const QString &mentions, std::optional<qint64> retryAfterMs = std::nullopt) {
        UsageFault fault;
        fault.group = group;
        fault.name = name;
        fault.answer = answer;
        fault.kind = kind;
        fault.transient = transient;
        fault.mentions = mentions;
        fault.retryAfterMs = retryAfterMs;
        faults.append(fault);
    }
    void snapshot(const QString &name, const HttpResponse &answer,
                  std::function<QString(const UsageSnapshot &)> check = {}) {
        UsageFault fault;
        fault.group = group;
        fault.name = name;
        fault.answer = answer;
        fault.checkSnapshot = std::move(check);
        faults.append(fault);
    }
    void invalid(const QString &name, const QByteArray &body, const QString &mentions) {
        error(name, ok(body), Kind::InvalidResponse, false, mentions);
    }
};

// A check that the snapshot's unit `key` has the given consumed value and percentage.
std::function<QString(const UsageSnapshot &)>
unitIs(const QString &key, std::optional<double> consumed, std::optional<double> percent) {
    return [key, consumed, percent](const UsageSnapshot &snapshot) -> QString {
        const UnitUsage *unit = snapshot.unit(key);
        if (!unit)
            return QStringLiteral("no unit ") + key;
        if (unit->consumed != consumed)
            return QStringLiteral("consumed %1").arg(unit->consumed.value_or(-1));
        if (unit->percentUsed().has_value() != percent.has_value() ||
            (percent && qAbs(*unit->percentUsed() - *percent) > 1e-9))
            return QStringLiteral("percent %1").arg(unit->percentUsed().value_or(-1));
        return QString();
    };
}

} // namespace

namespace UsageFaultCatalogue {

QByteArray gzip(const QByteArray &data, bool withChecksum) {
    // qCompress gives a 4-byte size, a 2-byte zlib header, the deflate stream and an Adler-32.
    const QByteArray zlib = qCompress(data, 9);
    QByteArray member("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10);
    member += zlib.mid(6, zlib.size() - 6 - 4);
    char trailer[8];
    qToLittleEndian<quint32>(withChecksum ? crc32(data) : 0, trailer);
    qToLittleEndian<quint32>(quint32(data.size()), trailer + 4);
    return member + QByteArray(trailer, 8);
}

QList<UsageFault> all() {
    Catalogue c;
    const QByteArray good = CannedUsageBodies::unitPlan();

    c.group = QStringLiteral("network");
    {
        UsageFault refused;
        refused.group = c.group;
        refused.name = QStringLiteral("connection refused");
        refused.setup = UsageFault::Setup::Refused;
        refused.kind = Kind::Network;
        refused.transient = true;
        refused.mentions = QStringLiteral("refused");
        c.faults.append(refused);
    }
    c.error(QStringLiteral("closed before the headers"),
            delivered(ok(good), Delivery::CloseWithoutAnswer), Kind::Network, true,
            QStringLiteral("closed the connection"));
    c.faults.last().repeats = true;
    c.error(QStringLiteral("closed in the middle of the headers"),
            raw("HTTP/1.1 200 OK\r\nContent-Type: appl"), Kind::Network, true,
            QStringLiteral("127.0.0.1"));
    c.faults.last().repeats = true;
    c.error(QStringLiteral("reset in the middle of the body"),
            delivered(ok(good), Delivery::ResetMidBody, 40), Kind::Network, true,
            QStringLiteral("closed the connection"));
    c.error(QStringLiteral("closed short of Content-Length"),
            raw("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"billing_period_start\""),
            Kind::Network, true, QStringLiteral("closed the connection"));
    {
        HttpResponse silent = ok(good);
        silent.delay = 60s;
        c.error(QStringLiteral("stalled before the headers"), silent, Kind::Network, true,
                QStringLiteral("no complete answer within"));
    }
    c.error(QStringLiteral("stalled in the body"), delivered(ok(good), Delivery::StallBody, 20),
            Kind::Network, true, QStringLiteral("no complete answer within"));
    c.error(QStringLiteral("dripping one byte every 200 ms"),
            delivered(ok(good + QByteArray(300, ' ')), Delivery::Drip), Kind::Network, true,
            QStringLiteral("no complete answer within"));
    c.error(QStringLiteral("not HTTP at all"), raw("SSH-2.0-OpenSSH_9.2\r\n"), Kind::Network, true,
            QStringLiteral("127.0.0.1"));
    c.faults.last().repeats = true;

    c.group = QStringLiteral("body");
    c.invalid(QStringLiteral("empty body"), QByteArray(), QStringLiteral("empty"));
    c.error(QStringLiteral("204 No Content"), status(204), Kind::InvalidResponse, false,
            QStringLiteral("empty"));
    c.invalid(QStringLiteral("truncated JSON"), good.left(good.size() / 2),
              QStringLiteral("not valid JSON"));
    c.invalid(QStringLiteral("an HTML page"), "<html><body>Maintenance</body></html>",
              QStringLiteral("not valid JSON"));
    c.invalid(QStringLiteral("a JSON array"), "[]", QStringLiteral("expected a JSON object"));
    c.invalid(QStringLiteral("a JSON string"), "\"usage\"", QStringLiteral("not valid JSON"));
    c.invalid(QStringLiteral("wrong type for a date"), with("billing_period_start", "20260401"),
              QStringLiteral("billing_period_start"));
    c.invalid(QStringLiteral("wrong type for the amounts"), with("consumed_amounts", "[1]"),
              QStringLiteral("consumed_amounts: expected an object"));
    c.invalid(QStringLiteral("a number as text"), with("consumed_amounts", R"({"credits": "7"})"),
              QStringLiteral("consumed_amounts.credits: expected a number"));
    c.invalid(QStringLiteral("a boolean amount"),
              with("allocation_amounts", R"({"credits": true})"),
              QStringLiteral("allocation_amounts.credits"));
    c.invalid(QStringLiteral("a name twice"),
              with("consumed_amounts", R"({"credits": 1, "credits": 900})"),
              QStringLiteral("appears more than once"));
    c.invalid(QStringLiteral("nested deeper than the JSON reader allows"),
              with("allocation_cadence", "\"monthly\", \"extra\": " + nested(100'000)),
              QStringLiteral("not valid JSON"));
    c.snapshot(QStringLiteral("deep nesting in an unknown field is ignored"),
               ok(with("allocation_cadence", "\"monthly\", \"extra\": " + nested(500))),
               unitIs(QStringLiteral("explorer_units"), 12.5, 12.5));
    c.invalid(QStringLiteral("not UTF-8"), with("allocation_cadence", "\"m\xe9nsuel\""),
              QStringLiteral("not valid JSON"));
    c.invalid(QStringLiteral("UTF-16"), QByteArray("\xff\xfe{\0}\0", 6),
              QStringLiteral("not valid JSON"));
    c.snapshot(QStringLiteral("a byte order mark"), ok("\xef\xbb\xbf" + good),
               unitIs(QStringLiteral("developer_units"), 341523, 341523 / 20000.0));
    c.invalid(QStringLiteral("a required field missing"), with("billing_period_end", ""),
              QStringLiteral("billing_period_end: missing"));
    c.invalid(QStringLiteral("a required field null"), with("billing_period_start", "null"),
              QStringLiteral("billing_period_start"));
    c.invalid(QStringLiteral("consumed amounts missing"), with("consumed_amounts", ""),
              QStringLiteral("consumed_amounts: missing"));
    c.snapshot(QStringLiteral("allocation amounts null (a trial)"),
               ok(with("allocation_amounts", "null")),
               unitIs(QStringLiteral("developer_units"), 341523, std::nullopt));
    c.snapshot(QStringLiteral("a null amount reads as absent"),
               ok(with("allocation_amounts", R"({"developer_units": null})")),
               unitIs(QStringLiteral("developer_units"), 341523, std::nullopt));
    c.snapshot(QStringLiteral("unknown fields and units"), ok(CannedUsageBodies::unknownUnit()),
               unitIs(QStringLiteral("ai_units"), 3, std::nullopt));

    c.group = QStringLiteral("numbers");
    c.invalid(QStringLiteral("NaN"), with("consumed_amounts", R"({"credits": NaN})"),
              QStringLiteral("not valid JSON"));
    c.invalid(QStringLiteral("Infinity"), with("consumed_amounts", R"({"credits": Infinity})"),
              QStringLiteral("not valid JSON"));
    c.invalid(QStringLiteral("beyond a double"), with("consumed_amounts", R"({"credits": 1e400})"),
              QStringLiteral("not valid JSON"));
    c.invalid(QStringLiteral("huge"), with("allocation_amounts", R"({"credits": 1e300})"),
              QStringLiteral("at most 9007199254740991"));
    c.invalid(QStringLiteral("2^53 + 1"),
              with("consumed_amounts", R"({"developer_units": 9007199254740993})"),
              QStringLiteral("got 9007199254740993"));
    c.invalid(QStringLiteral("negative"), with("consumed_amounts", R"({"credits": -1})"),
              QStringLiteral("non-negative"));
    c.snapshot(QStringLiteral("minus zero"),
               ok(with("consumed_amounts", R"({"explorer_units": -0, "developer_units": 0})")),
               unitIs(QStringLiteral("explorer_units"), 0, 0.0));
    c.snapshot(QStringLiteral("a denormal allocation gives no percentage"),
               ok(with("allocation_amounts", R"({"explorer_units": 5e-324})")),
               unitIs(QStringLiteral("explorer_units"), 12.5, std::nullopt));

    c.group = QStringLiteral("text");
    c.snapshot(QStringLiteral("escape sequences in a unit name"),
               ok(with("consumed_amounts", R"({"\u001b]0;owned\u0007\u001b[2J": 1})")),
               [](const UsageSnapshot &snapshot) -> QString {
                   for (const UnitUsage &unit : snapshot.units) {
                       if (unit.label().contains(QChar(0x1b)))
                           return QStringLiteral("raw ESC in a label");
                   }
                   return QString();
               });
    c.snapshot(QStringLiteral("a bidi override in the cadence"),
               ok(with("allocation_cadence", R"("\u202emonthly")")));
    c.invalid(QStringLiteral("a 900 KB date"),
              with("billing_period_start", '"' + QByteArray(900 * 1024, '9') + '"'),
              QStringLiteral("\u2026"));
    c.error(QStringLiteral("escape sequences in an error detail"),
            status(401, CannedUsageBodies::errorDetail("\x1b]0;owned\x07\x1b[2Jbad key")),
            Kind::Unauthorized, false, QStringLiteral("\\x1B]0;owned\\x07\\x1B[2Jbad key"));

    c.group = QStringLiteral("dates");
    c.snapshot(QStringLiteral("an offset instead of Z"),
               ok(with("billing_period_start", R"("2026-04-01T02:00:00+02:00")")),
               [](const UsageSnapshot &snapshot) -> QString {
                   return snapshot.billingPeriodStart ==
                                  QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC)
                              ? QString()
                              : snapshot.billingPeriodStart.toString(Qt::ISODate);
               });
    c.invalid(QStringLiteral("words for a date"), with("billing_period_end", R"("next month")"),
              QStringLiteral("billing_period_end: expected an ISO 8601 date-time"));
    c.invalid(QStringLiteral("an impossible date"),
              with("billing_period_end", R"("2026-02-30T00:00:00Z")"),
              QStringLiteral("2026-02-30"));
    c.invalid(QStringLiteral("a date without a time"),
              with("allocation_period_end", R"("2026-05-01")"),
              QStringLiteral("allocation_period_end"));
    c.invalid(QStringLiteral("a period ending before it starts"),
              with("billing_period_end", R"("2026-03-01T00:00:00Z")"),
              QStringLiteral("is before billing_period_start"));

    c.group = QStringLiteral("status");
    c.error(QStringLiteral("401"), status(401), Kind::Unauthorized, false, QStringLiteral("401"));
    c.error(QStringLiteral("403"), status(403, CannedUsageBodies::errorDetail("No plan")),
            Kind::Forbidden, false, QStringLiteral("No plan"));
    c.error(QStringLiteral("404"), status(404), Kind::HttpStatus, false, QStringLiteral("404"));
    c.error(QStringLiteral("418"), status(418), Kind::HttpStatus, false, QStringLiteral("418"));
    c.error(QStringLiteral("401 with a 2 MiB body"),
            delivered(status(401), Delivery::Stream, 2 << 20), Kind::Unauthorized, false,
            QStringLiteral("401"));
    c.error(QStringLiteral("500 with a small body"),
            status(500, CannedUsageBodies::errorDetail("database down")), Kind::Server, false,
            QStringLiteral("database down"));
    c.error(QStringLiteral("500 with a 3 MiB body"),
            delivered(status(500), Delivery::Stream, 3 << 20), Kind::Server, false,
            QStringLiteral("HTTP 500"));
    {
        HttpResponse endless = delivered(status(503), Delivery::Stream, qint64(1) << 32);
        endless.streamDeclaresLength = false;
        c.error(QStringLiteral("503 with an endless body"), endless, Kind::Server, true,
                QStringLiteral("HTTP 503"));
    }
    c.error(QStringLiteral("502 with an HTML page"),
            status(502, "<html>" + QByteArray(100'000, 'x') + "</html>"), Kind::Server, true,
            QStringLiteral("HTTP 502"));
    c.error(QStringLiteral("504"), status(504), Kind::Server, true, QStringLiteral("HTTP 504"));
    c.error(QStringLiteral("200 with a 2 MiB body"), delivered(ok({}), Delivery::Stream, 2 << 20),
            Kind::InvalidResponse, false, QStringLiteral("too large"));

    c.group = QStringLiteral("retry-after");
    // The test's clock says Wed, 15 Apr 2026 12:00:00 GMT.
    const auto limited = [&c](const QString &name, const QByteArray &header,
                              std::optional<qint64> ms) {
        c.error(name, rateLimited(header), Kind::RateLimited, true,
                QStringLiteral("Too many requests"), ms.value_or(-1));
    };
    limited(QStringLiteral("429 with seconds"), "30", 30'000);
    limited(QStringLiteral("429 with zero seconds"), "0", 0);
    limited(QStringLiteral("429 with padded seconds"), "  45  ", 45'000);
    limited(QStringLiteral("429 with an IMF date"), "Wed, 15 Apr 2026 12:01:00 GMT", 60'000);
    limited(QStringLiteral("429 with an RFC 850 date"), "Wednesday, 15-Apr-26 12:00:20 GMT",
            20'000);
    limited(QStringLiteral("429 with an asctime date"), "Wed Apr 15 12:00:05 2026", 5'000);
    limited(QStringLiteral("429 with a past date"), "Wed, 15 Apr 2026 11:00:00 GMT", 0);
    limited(QStringLiteral("429 with a date before 1970"), "Mon, 01 Jan 1962 00:00:00 GMT", 0);
    limited(QStringLiteral("429 with an RFC 850 date from the last century"),
            "Sunday, 06-Nov-94 08:49:37 GMT", 0);
    limited(QStringLiteral("429 with a date in the year 9999"), "Fri, 31 Dec 9999 23:59:59 GMT",
            7LL * 24 * 3600 * 1000);
    limited(QStringLiteral("429 with twenty digits"), "99999999999999999999",
            7LL * 24 * 3600 * 1000);
    limited(QStringLiteral("429 with negative seconds"), "-5", std::nullopt);
    limited(QStringLiteral("429 with fractional seconds"), "1.5", std::nullopt);
    limited(QStringLiteral("429 with words"), "later, please", std::nullopt);
    limited(QStringLiteral("429 with control characters"), "\x1b[2J", std::nullopt);
    c.error(QStringLiteral("429 without Retry-After"), status(429), Kind::RateLimited, true,
            QStringLiteral("Too many requests"), -1);
    c.error(QStringLiteral("503 with Retry-After"), status(503).withHeader("Retry-After", "12"),
            Kind::Server, true, QStringLiteral("HTTP 503"), 12'000);

    c.group = QStringLiteral("encoding");
    c.snapshot(QStringLiteral("chunked"),
               raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                   "chunked\r\nConnection: close\r\n\r\n" +
                   QByteArray::number(good.size() - 20, 16) + "\r\n" + good.left(good.size() - 20) +
                   "\r\n14\r\n" + good.right(20) + "\r\n0\r\n\r\n"));
    // Qt reads a chunk size that is no number as 0, the end of the body: an empty answer.
    c.invalid(QStringLiteral("chunked with a broken chunk size"), "", QStringLiteral("empty"));
    c.faults.last().answer =
        raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            "zz\r\n{}\r\n0\r\n\r\n");
    c.error(QStringLiteral("gzip although identity was asked for"),
            ok(gzip(good)).withHeader("Content-Encoding", "gzip"), Kind::InvalidResponse, false,
            QStringLiteral("compressed answer (gzip)"));
    c.error(QStringLiteral("a gzip bomb"),
            ok(gzip(QByteArray(64 << 20, '\0'), false)).withHeader("Content-Encoding", "gzip"),
            Kind::InvalidResponse, false, QStringLiteral("compressed answer (gzip)"));
    c.error(QStringLiteral("deflate"),
            ok(qCompress(good)).withHeader("Content-Encoding", "deflate"), Kind::InvalidResponse,
            false, QStringLiteral("compressed answer (deflate)"));
    c.error(QStringLiteral("a gzip error page"),
            status(503, gzip("<html>down</html>")).withHeader("Content-Encoding", "gzip"),
            Kind::Server, true, QStringLiteral("HTTP 503"));
    c.snapshot(QStringLiteral("Content-Encoding: identity"),
               ok(good).withHeader("Content-Encoding", "identity"));

    c.group = QStringLiteral("redirect");
    c.snapshot(QStringLiteral("same origin, relative"),
               redirect(302, "/api/v1/account/organization/usage?moved=1"));
    c.snapshot(
        QStringLiteral("same origin, absolute"),
        redirect(307, QByteArray(UsageFault::Origin) + "/api/v1/account/organization/usage"));
    c.error(QStringLiteral("another host"),
            redirect(302, QByteArray(UsageFault::OtherHost) + "/collect"), Kind::InvalidResponse,
            false, QStringLiteral("127.0.0.2"));
    c.error(QStringLiteral("another host over https"), redirect(301, "https://127.0.0.2/collect"),
            Kind::InvalidResponse, false, QStringLiteral("not sent there"));
    c.error(QStringLiteral("another port"),
            redirect(308, QByteArray(UsageFault::OtherPort) + "/collect"), Kind::InvalidResponse,
            false, QStringLiteral("not sent there"));
    c.error(QStringLiteral("another scheme on the same host and port"),
            redirect(302, QByteArray(UsageFault::OriginOverHttps) + "/usage"),
            Kind::InvalidResponse, false, QStringLiteral("not sent there"));
    c.error(QStringLiteral("a scheme-relative other host"),
            redirect(302, QByteArray(UsageFault::OtherHostSchemeRelative) + "/collect"),
            Kind::InvalidResponse, false, QStringLiteral("not sent there"));
    c.error(QStringLiteral("user info on the same host"),
            redirect(302, QByteArray(UsageFault::OriginWithUserInfo) + "/x"), Kind::InvalidResponse,
            false, QStringLiteral("not sent there"));
    c.error(QStringLiteral("a file URL"), redirect(302, "file:///etc/passwd"),
            Kind::InvalidResponse, false, QStringLiteral("not sent there"));
    {
        UsageFault elsewhere;
        elsewhere.group = c.group;
        elsewhere.name = QStringLiteral("plain http elsewhere, behind a trap proxy");
        elsewhere.setup = UsageFault::Setup::ProxyTrap;
        elsewhere.answer = redirect(302, "http://example.com/collect");
        elsewhere.kind = Kind::InvalidResponse;
        elsewhere.mentions = QStringLiteral("example.com");
        c.faults.append(elsewhere);
    }
    c.error(QStringLiteral("a loop"), redirect(302, "/api/v1/account/organization/usage"),
            Kind::InvalidResponse, false, QStringLiteral("redirect loop"));
    c.faults.last().repeats = true;
    c.error(QStringLiteral("a redirect without Location"), redirect(302, QByteArray()),
            Kind::HttpStatus, false, QStringLiteral("302"));
    return c.faults;
}

} // namespace UsageFaultCatalogue
