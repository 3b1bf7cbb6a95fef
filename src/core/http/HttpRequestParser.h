// Reads one HTTP/1.x request from a connection's bytes as they arrive, within size limits, so that
// HttpServer refuses an oversized or malformed request with the right status instead of buffering
// whatever a client sends.
#pragma once

#include "core/http/HttpRequest.h"

class HttpRequestParser final {
public:
    enum class State {
        NeedMore, // the request is not complete yet
        Complete, // request() holds it; later bytes (a pipelined request) are ignored
        Refused,  // answer with refusalStatus() and close
    };

    HttpRequestParser(qsizetype maximumHeadBytes, qint64 maximumBodyBytes);

    State feed(const QByteArray &data);
    State state() const { return m_state; }
    const HttpRequest &request() const { return m_request; }

    // Refused: 400 (malformed), 413 (body too large), 431 (head too large), 501 (a chunked or
    // otherwise encoded request body) or 505 (not HTTP/1.x), and a sentence saying why.
    int refusalStatus() const { return m_refusalStatus; }
    QByteArray refusalText() const { return m_refusalText; }

private:
    State refuse(int status, const QByteArray &text);
    State parseHead(const QByteArray &head);
    State takeBody();

    qsizetype m_maximumHeadBytes;
    qint64 m_maximumBodyBytes;
    State m_state = State::NeedMore;
    bool m_headComplete = false;
    QByteArray m_buffer;
    qint64 m_contentLength = 0;
    HttpRequest m_request;
    int m_refusalStatus = 0;
    QByteArray m_refusalText;
};
