// One HTTP request as it arrived on the wire: what HttpServer hands its handler.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method;      // "GET"
    QByteArray target;      // the request target as sent: path and query, e.g. "/api/v1/x?a=b"
    QByteArray version;     // "HTTP/1.1"
    HttpHeaderList headers; // in arrival order, names as sent
    QByteArray body;        // exactly Content-Length bytes

    QByteArray path() const;  // the target without its query
    QByteArray query() const; // the part after '?', without it
    // The first header with this name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

// Whether headers holds one named `name`, compared as HTTP does: without regard to case.
bool hasHttpHeader(const HttpHeaderList &headers, const QByteArray &name);
