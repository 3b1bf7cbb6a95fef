#include "core/http/HttpResponse.h"

HttpResponse HttpResponse::json(int status, const QByteArray &body) {
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body) {
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")));
    return response;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value) {
    headers.append(qMakePair(name, value));
    return *this;
}

QByteArray HttpResponse::head(std::optional<qint64> contentLength) const {
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                      (reason.isEmpty() ? standardReason(status) : reason) + "\r\n";
    for (const auto &header : headers)
        head += header.first + ": " + header.second + "\r\n";
    if (contentLength && !hasHttpHeader(headers, "Content-Length"))
        head += "Content-Length: " + QByteArray::number(*contentLength) + "\r\n";
    // One request per connection keeps the server simple and every test's count exact.
    if (!hasHttpHeader(headers, "Connection"))
        head += "Connection: close\r\n";
    head += "\r\n";
    return head;
}

QByteArray HttpResponse::standardReason(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 418:
        return "I'm a teapot";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
