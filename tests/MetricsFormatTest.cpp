// Which exposition format a scraper gets for its Accept header: OpenMetrics when it prefers it (as
// Prometheus does), the 0.0.4 text format otherwise, never an error for an odd header.
#include "core/metrics/MetricsFormat.h"

#include <QTest>

class MetricsFormatTest final : public QObject {
    Q_OBJECT

private slots:
    void negotiatesFromTheAcceptHeader_data();
    void negotiatesFromTheAcceptHeader();
    void namesEachFormatsContentType();
};

void MetricsFormatTest::negotiatesFromTheAcceptHeader_data() {
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<MetricsFormat>("format");

    const auto text = MetricsFormat::PrometheusText;
    const auto openMetrics = MetricsFormat::OpenMetrics;
    QTest::newRow("Prometheus 2.x")
        << QByteArray(
               "application/openmetrics-text;version=1.0.0,application/"
               "openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1")
        << openMetrics;
    QTest::newRow("no header (curl)") << QByteArray() << text;
    QTest::newRow("anything") << QByteArray("*/*") << text;
    QTest::newRow("the text format") << QByteArray("text/plain; version=0.0.4") << text;
    QTest::newRow("OpenMetrics without a version")
        << QByteArray("application/openmetrics-text") << openMetrics;
    QTest::newRow("a quoted version, other case")
        << QByteArray("Application/OpenMetrics-Text; Version=\"1.0.0\"") << openMetrics;
    QTest::newRow("only an OpenMetrics version we do not write")
        << QByteArray("application/openmetrics-text;version=0.0.1") << text;
    QTest::newRow("text preferred by q-value")
        << QByteArray("application/openmetrics-text;q=0.5, text/plain;q=0.9") << text;
    QTest::newRow("OpenMetrics refused with q=0")
        << QByteArray("application/openmetrics-text;q=0, text/plain;q=0.1") << text;
    QTest::newRow("a tie goes to the first listed")
        << QByteArray("application/openmetrics-text;q=0.5, text/plain;q=0.5") << openMetrics;
    QTest::newRow("nothing we write: text anyway") << QByteArray("application/json") << text;
    QTest::newRow("a malformed q-value counts as refused")
        << QByteArray("application/openmetrics-text;q=high, text/plain") << text;
}

void MetricsFormatTest::negotiatesFromTheAcceptHeader() {
    QFETCH(QByteArray, accept);
    QFETCH(MetricsFormat, format);
    QCOMPARE(MetricsFormats::negotiate(accept), format);
}

void MetricsFormatTest::namesEachFormatsContentType() {
    QCOMPARE(MetricsFormats::contentType(MetricsFormat::PrometheusText),
             QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QCOMPARE(MetricsFormats::contentType(MetricsFormat::OpenMetrics),
             QByteArray("application/openmetrics-text; version=1.0.0; charset=utf-8"));
}

QTEST_GUILESS_MAIN(MetricsFormatTest)
#include "MetricsFormatTest.moc"
