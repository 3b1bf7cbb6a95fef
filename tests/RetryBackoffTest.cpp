// Backoff after transient failures: doubling, jittered into the upper half, capped, and never
// sooner than the server's Retry-After.
#include "core/api/RetryBackoff.h"

#include <QTest>

using namespace std::chrono_literals;

class RetryBackoffTest final : public QObject {
    Q_OBJECT

private slots:
    void waits_data();
    void waits();
    void neverShrinksFromOneFailureToTheNext();
    void randomJitterStaysInRange();
};

void RetryBackoffTest::waits_data() {
    QTest::addColumn<int>("failures");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none
    QTest::addColumn<qint64>("expectedMs");

    // initial 1 s, maximum 60 s
    QTest::newRow("first failure, least jitter") << 1 << 0.0 << qint64(-1) << qint64(500);
    QTest::newRow("first failure, most jitter") << 1 << 1.0 << qint64(-1) << qint64(1000);
    QTest::newRow("second failure doubles") << 2 << 1.0 << qint64(-1) << qint64(2000);
    QTest::newRow("fourth failure") << 4 << 0.5 << qint64(-1) << qint64(6000);
    QTest::newRow("capped at the maximum") << 10 << 1.0 << qint64(-1) << qint64(60'000);
    QTest::newRow("no overflow after many failures") << 1000 << 1.0 << qint64(-1) << qint64(60'000);
    QTest::newRow("jitter outside [0,1] is clamped") << 1 << 7.0 << qint64(-1) << qint64(1000);
    QTest::newRow("longer Retry-After wins") << 1 << 1.0 << qint64(30'000) << qint64(30'000);
    QTest::newRow("Retry-After beyond the maximum still wins")
        << 1 << 1.0 << qint64(120'000) << qint64(120'000);
    QTest::newRow("shorter Retry-After does not shorten the backoff")
        << 3 << 1.0 << qint64(10) << qint64(4000);
}

void RetryBackoffTest::waits() {
    QFETCH(int, failures);
    QFETCH(double, jitter);
    QFETCH(qint64, retryAfterMs);
    QFETCH(qint64, expectedMs);

    const RetryBackoff backoff(1s, 60s);
    const auto retryAfter = retryAfterMs < 0
                                ? std::optional<std::chrono::milliseconds>()
                                : std::optional<std::chrono::milliseconds>(retryAfterMs);
    QCOMPARE(backoff.delay(failures, jitter, retryAfter).count(), expectedMs);
}

void RetryBackoffTest::neverShrinksFromOneFailureToTheNext() {
    const RetryBackoff backoff(100ms, 10s);
    for (int failures = 1; failures < 20; ++failures) {
        // The worst case: the most jitter now, the least next time.
        QVERIFY(backoff.delay(failures + 1, 0.0) >= backoff.delay(failures, 1.0));
    }
}

void RetryBackoffTest::randomJitterStaysInRange() {
    for (int i = 0; i < 1000; ++i) {
        const double jitter = RetryBackoff::randomJitter();
        QVERIFY(jitter >= 0.0 && jitter <= 1.0);
    }
}

QTEST_GUILESS_MAIN(RetryBackoffTest)
#include "RetryBackoffTest.moc"
