// A loopback HTTP server in a thread of its own, answering every request with one fixed body, so
// that it answers while a benchmark's main thread waits on a child process or a socket. Plays the
// Allium API (the documented body) or a baseline endpoint; counts what it was asked.
#pragma once

#include "core/http/HttpServer.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>

class LoopbackApiThread final : public QThread {
public:
    explicit LoopbackApiThread(const QByteArray &body, const QByteArray &contentType)
        : m_body(body)
        , m_contentType(contentType) {}

    // Waits until it listens.
    quint16 port() {
        if (!m_started) {
            m_ready.acquire();
            m_started = true;
        }
        return m_port;
    }
    int requestCount() const { return m_requests.load(); }

protected:
    void run() override {
        HttpServer server;
        server.setHandler([this](const HttpRequest &) {
            ++m_requests;
            HttpResponse response;
            response.body = m_body;
            response.withHeader("Content-Type", m_contentType);
            return response;
        });
        server.listen();
        m_port = server.port();
        m_ready.release();
        exec();
    }

private:
    QByteArray m_body;
    QByteArray m_contentType;
    QSemaphore m_ready;
    bool m_started = false;
    quint16 m_port = 0;
    std::atomic<int> m_requests{0};
};
