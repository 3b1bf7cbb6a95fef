// What HttpServer accepts as a request and what it refuses, byte by byte: a server that faces
// other programs (the metrics endpoint) must neither buffer without bound nor guess at a
// malformed request.
#include "core/http/HttpRequestParser.h"

#include <QTest>

using State = HttpRequestParser::State;

namespace {

constexpr qsizetype headLimit = 256;
constexpr qint64 bodyLimit = 16;

} // namespace

class HttpRequestParserTest final : public QObject {
    Q_OBJECT

private slots:
    void readsMethodTargetVersionHeadersAndBody();
    void completesOnlyWhenTheWholeRequestArrived();
    void acceptsARequestArrivingOneByteAtATime();
    void refusesBadInput_data();
    void refusesBadInput();
    void ignoresBytesAfterTheRequest();
};

void HttpRequestParserTest::readsMethodTargetVersionHeadersAndBody() {
    HttpRequestParser parser(headLimit, bodyLimit);
    QCOMPARE(parser.feed("POST /p?q=1 HTTP/1.0\r\nHost: x\r\nX-Empty:\r\nContent-Length: 5\r\n\r\n"
                         "hello"),
             State::Complete);
    const HttpRequest &request = parser.request();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/p?q=1"));
    QCOMPARE(request.version, QByteArray("HTTP/1.0"));
    QCOMPARE(request.header("host"), QByteArray("x"));
    QVERIFY(request.hasHeader("x-empty"));
    QCOMPARE(request.header("x-empty"), QByteArray());
    QCOMPARE(request.body, QByteArray("hello"));
}

void HttpRequestParserTest::completesOnlyWhenTheWholeRequestArrived() {
    HttpRequestParser parser(headLimit, bodyLimit);
    QCOMPARE(parser.feed("GET /metrics HTTP/1.1\r\nHost: x\r\n"), State::NeedMore);
    QCOMPARE(parser.feed("Content-Length: 3\r\n\r\nab"), State::NeedMore);
    QCOMPARE(parser.feed("c"), State::Complete);
    QCOMPARE(parser.request().body, QByteArray("abc"));
}

void HttpRequestParserTest::acceptsARequestArrivingOneByteAtATime() {
    HttpRequestParser parser(headLimit, bodyLimit);
    const QByteArray request = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    for (qsizetype i = 0; i + 1 < request.size(); ++i)
        QCOMPARE(parser.feed(request.mid(i, 1)), State::NeedMore);
    QCOMPARE(parser.feed(request.right(1)), State::Complete);
    QCOMPARE(parser.request().path(), QByteArray("/healthz"));
}

void HttpRequestParserTest::refusesBadInput_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    const auto row = [](const char *name, const QByteArray &bytes, int status) {
        QTest::newRow(name) << bytes << status;
    };
    row("a head larger than the limit, never ended", "GET / HTTP/1.1\r\nX: " + QByteArray(300, 'a'),
        431);
    row("a head larger than the limit, ended",
        "GET / HTTP/1.1\r\nX: " + QByteArray(300, 'a') + "\r\n\r\n", 431);
    row("a body larger than the limit", "POST / HTTP/1.1\r\nContent-Length: 17\r\n\r\n", 413);
    row("a huge Content-Length", "POST / HTTP/1.1\r\nContent-Length: 99999999999999\r\n\r\n", 413);
    row("a Content-Length that is not a number", "POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n",
        400);
    row("a negative Content-Length", "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400);
    row("conflicting Content-Lengths",
        "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400);
    row("a chunked body", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 501);
    row("a request line of two words", "GET /\r\n\r\n", 400);
    row("a request line of four words", "GET / x HTTP/1.1\r\n\r\n", 400);
    row("a method that is not a token", "G(T / HTTP/1.1\r\n\r\n", 400);
    row("HTTP/2 spoken as text", "GET / HTTP/2.0\r\n\r\n", 505);
    row("not HTTP at all", "hello world again\r\n\r\n", 400);
    row("TLS to a plain-HTTP port",
        QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) + "\r\n\r\n", 400);
    row("a header without a colon", "GET / HTTP/1.1\r\nHost x\r\n\r\n", 400);
    row("a folded header line", "GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n", 400);
    row("a space before the colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400);
    row("a control character in a header", "GET / HTTP/1.1\r\nX: a\x01z\r\n\r\n", 400);
}

void HttpRequestParserTest::refusesBadInput() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    HttpRequestParser parser(headLimit, bodyLimit);
    QCOMPARE(parser.feed(bytes), State::Refused);
    QCOMPARE(parser.refusalStatus(), status);
    QVERIFY(!parser.refusalText().isEmpty());
    // Refused stays refused: nothing a client sends afterwards is read.
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\n\r\n"), State::Refused);
}

void HttpRequestParserTest::ignoresBytesAfterTheRequest() {
    HttpRequestParser parser(headLimit, bodyLimit);
    QCOMPARE(parser.feed("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n"), State::Complete);
    QCOMPARE(parser.request().target, QByteArray("/a"));
    QCOMPARE(parser.feed(QByteArray(10'000, 'x')), State::Complete);
    QVERIFY(parser.request().body.isEmpty());
}

QTEST_GUILESS_MAIN(HttpRequestParserTest)
#include "HttpRequestParserTest.moc"
