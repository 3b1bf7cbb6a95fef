// Every kind of fault the usage endpoint can show, as data: what the server does, and what the
// service must make of it. UsageServiceFaultMatrixTest plays each one against a real loopback
// server; the README's table counts them.
#pragma once

#include "core/api/UsageError.h"
#include "core/api/UsageSnapshot.h"
#include "core/http/HttpServer.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct UsageFault {
    enum class Setup {
        Answer,   // the origin answers with `answer`
        Refused,  // nothing listens at the base URL
        ProxyTrap // like Answer, with a trap as the application proxy to catch other hosts
    };
    // Placeholders in a Location header, replaced by the test with real addresses.
    static constexpr const char *OtherHost = "{other-host}"; // http://127.0.0.2:<trap port>
    static constexpr const char *OtherPort = "{other-port}"; // http://127.0.0.1:<trap port>
    static constexpr const char *Origin = "{origin}";        // http://127.0.0.1:<origin port>
    static constexpr const char *OriginOverHttps = "{origin-https}";   // https://127.0.0.1:<port>
    static constexpr const char *OriginWithUserInfo = "{origin-user}"; // http://a:b@127.0.0.1:...
    static constexpr const char *OtherHostSchemeRelative = "{//other-host}"; // //127.0.0.2:...

    QString group; // the README's fault class: "network", "body", "status", "redirect", ...
    QString name;
    Setup setup = Setup::Answer;
    HttpResponse answer;
    // Answer every request of the fetch with it: a redirect loop, or a connection that fails
    // again when Qt, as HTTP allows for a GET, resends the request once on a fresh connection.
    bool repeats = false;
    std::optional<UsageErrorKind> kind; // the error expected; none when a snapshot is
    bool transient = false;
    QString mentions;                   // part of the error message
    std::optional<qint64> retryAfterMs; // checked when set
    // For an expected snapshot: an empty string when it is right, otherwise what is wrong.
    std::function<QString(const UsageSnapshot &)> checkSnapshot;
};

namespace UsageFaultCatalogue {

// The faults, grouped: network, body, numbers, text, dates, status, retry-after, encoding,
// redirect. Redirect faults carry placeholders (UsageFault::OtherHost, ...) in Location.
QList<UsageFault> all();

// A gzip member (RFC 1952) of data; crc32 0 when withChecksum is false (a bomb's body is never
// checked before it is refused, and computing it would cost seconds).
QByteArray gzip(const QByteArray &data, bool withChecksum = true);

} // namespace UsageFaultCatalogue
