#include "core/http/HttpRequestParser.h"

namespace {

// RFC 9110 token characters: what a method and a header name may consist of.
bool isToken(const QByteArray &text) {
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alphanumeric =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alphanumeric && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool hasControlCharacter(const QByteArray &text) {
    for (const char c : text) {
        if ((c >= 0 && c < 0x20 && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

} // namespace

HttpRequestParser::HttpRequestParser(qsizetype maximumHeadBytes, qint64 maximumBodyBytes)
    : m_maximumHeadBytes(maximumHeadBytes)
    , m_maximumBodyBytes(maximumBodyBytes) {}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &data) {
    if (m_state != State::NeedMore)
        return m_state;
    m_buffer += data;
    if (!m_headComplete) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 || end > m_maximumHeadBytes) {
            if (m_buffer.size() > m_maximumHeadBytes) {
                return refuse(431, "The request head is larger than " +
                                       QByteArray::number(m_maximumHeadBytes) + " bytes.");
            }
            return m_state;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        m_headComplete = true;
        if (parseHead(head) == State::Refused)
            return m_state;
    }
    return takeBody();
}

HttpRequestParser::State HttpRequestParser::refuse(int status, const QByteArray &text) {
    m_state = State::Refused;
    m_refusalStatus = status;
    m_refusalText = text;
    m_buffer.clear();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead(const QByteArray &head) {
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine =
        lines.value(0).chopped(lines.value(0).endsWith('\r')).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty() ||
        hasControlCharacter(requestLine.at(1))) {
        return refuse(400, "The request line is not METHOD TARGET HTTP/1.1.");
    }
    const QByteArray &version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return refuse(505, "Only HTTP/1.0 and HTTP/1.1 are spoken here.");
        return refuse(400, "The request line is not METHOD TARGET HTTP/1.1.");
    }
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    m_request.version = version;

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        // No colon, a name that is not a token, or a folded continuation line (obsolete and a
        // classic way to smuggle headers past one parser and not another).
        if (colon <= 0 || !isToken(line.left(colon)) || hasControlCharacter(line))
            return refuse(400, "A header line is malformed.");
        m_request.headers.append(qMakePair(line.left(colon), line.mid(colon + 1).trimmed()));
    }

    if (m_request.hasHeader("Transfer-Encoding"))
        return refuse(501, "Request bodies with a Transfer-Encoding are not accepted.");
    QByteArray lengthText;
    for (const auto &header : m_request.headers) {
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        if (!lengthText.isNull() && lengthText != header.second)
            return refuse(400, "The request has conflicting Content-Length headers.");
        lengthText = header.second;
    }
    if (!lengthText.isNull()) {
        bool ok = false;
        const qint64 length = lengthText.toLongLong(&ok);
        if (!ok || length < 0 || lengthText.startsWith('+'))
            return refuse(400, "The Content-Length is not a number of bytes.");
        if (length > m_maximumBodyBytes) {
            return refuse(413, "The request body is larger than " +
                                   QByteArray::number(m_maximumBodyBytes) + " bytes.");
        }
        m_contentLength = length;
    }
    return m_state;
}

HttpRequestParser::State HttpRequestParser::takeBody() {
    if (m_buffer.size() < m_contentLength)
        return m_state;
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.clear();
    m_state = State::Complete;
    return m_state;
}
