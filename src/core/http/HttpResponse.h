// How HttpServer answers one request: status, headers and body, and for tests that play a
// misbehaving server, how the bytes go out (delayed, stalled, endless, or not at all).
#pragma once

#include "core/http/HttpRequest.h"

#include <chrono>
#include <optional>

struct HttpResponse {
    // What happens on the wire after the delay.
    enum class Delivery {
        Complete,           // status line, headers, body, then the connection is closed
        StallBody,          // status line, headers and stalledBodyBytes of the body, then silence
        CloseWithoutAnswer, // the connection is closed without a byte of answer
        Stream,             // streamedBodyBytes of filler, written as fast as the peer reads
        Drip,               // status line and headers, then the body one byte per dripInterval
        ResetMidBody,       // status line, headers, stalledBodyBytes of the body, then a reset
        Raw,                // body as the whole answer, byte for byte (no head added), then close
    };

    int status = 200;
    QByteArray reason;      // empty: the standard phrase for the status
    HttpHeaderList headers; // Content-Length and Connection are added unless set here
    QByteArray body;
    std::chrono::milliseconds delay{0}; // silence before the first byte of the answer
    Delivery delivery = Delivery::Complete;
    qint64 stalledBodyBytes = 0; // StallBody, ResetMidBody: body bytes sent before it
    std::chrono::milliseconds dripInterval{200}; // Drip: the pause before each body byte
    qint64 streamedBodyBytes = 0;                // Stream: total filler bytes to send
    bool streamDeclaresLength = true; // Stream: send Content-Length, or end the body by closing

    static HttpResponse json(int status, const QByteArray &body);
    // A short UTF-8 plain-text answer, e.g. for errors and health checks.
    static HttpResponse text(int status, const QByteArray &body);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);

    // The status line and headers, with Content-Length (when given) and "Connection: close"
    // unless headers sets them, and the blank line that ends the head.
    QByteArray head(std::optional<qint64> contentLength) const;

    static QByteArray standardReason(int status);
};
