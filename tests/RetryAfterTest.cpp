// Retry-After arrives as seconds or as an HTTP-date; both must become a wait counted from the
// injected "now", and anything else must be ignored rather than guessed at.
#include "core/api/RetryAfter.h"

#include <QTest>

using namespace std::chrono_literals;
using OptionalWait = std::optional<std::chrono::milliseconds>;

Q_DECLARE_METATYPE(OptionalWait)

class RetryAfterTest final : public QObject {
    Q_OBJECT

private slots:
    void readsTheWait_data();
    void readsTheWait();
    void capsAbsurdWaits();
};

void RetryAfterTest::readsTheWait_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<OptionalWait>("expected");

    // "now" is 2026-04-15T12:00:00Z, a Wednesday.
    QTest::newRow("delay in seconds") << QByteArray("120") << OptionalWait(120s);
    QTest::newRow("zero seconds") << QByteArray("0") << OptionalWait(0ms);
    QTest::newRow("seconds with surrounding spaces") << QByteArray("  7 ") << OptionalWait(7s);
    QTest::newRow("IMF-fixdate 90 s ahead")
        << QByteArray("Wed, 15 Apr 2026 12:01:30 GMT") << OptionalWait(90s);
    QTest::newRow("RFC 850 date 1 h ahead")
        << QByteArray("Wednesday, 15-Apr-26 13:00:00 GMT") << OptionalWait(1h);
    QTest::newRow("asctime date with a padded day")
        << QByteArray("Wed Apr 15 12:00:05 2026") << OptionalWait(5s);
    QTest::newRow("date in the past means now")
        << QByteArray("Tue, 14 Apr 2026 12:00:00 GMT") << OptionalWait(0ms);
    QTest::newRow("empty") << QByteArray() << OptionalWait();
    QTest::newRow("negative seconds") << QByteArray("-5") << OptionalWait();
    QTest::newRow("fractional seconds") << QByteArray("1.5") << OptionalWait();
    QTest::newRow("words") << QByteArray("soon") << OptionalWait();
    QTest::newRow("date without a zone")
        << QByteArray("Wed, 15 Apr 2026 12:01:30") << OptionalWait();
    QTest::newRow("ISO 8601 is not an HTTP-date")
        << QByteArray("2026-04-15T12:01:30Z") << OptionalWait();
    // A four-digit year is taken as written: before 1970 is long past, not 7 days away.
    QTest::newRow("IMF-fixdate before 1970 means now")
        << QByteArray("Mon, 01 Jan 1962 00:00:00 GMT") << OptionalWait(0ms);
    QTest::newRow("asctime date before 1970 means now")
        << QByteArray("Thu Jan  1 00:00:00 1905") << OptionalWait(0ms);
    QTest::newRow("the epoch itself means now")
        << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << OptionalWait(0ms);
    // RFC 850: a two-digit year more than 50 years ahead is the last century's.
    QTest::newRow("RFC 850 year 94 is 1994, past")
        << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << OptionalWait(0ms);
    QTest::newRow("RFC 850 year 27 is 2027, capped")
        << QByteArray("Thursday, 15-Apr-27 12:00:00 GMT") << OptionalWait(RetryAfter::Maximum);
    QTest::newRow("RFC 850 29 February of a year that has none")
        << QByteArray("Saturday, 29-Feb-27 12:00:00 GMT") << OptionalWait();
    QTest::newRow("control characters") << QByteArray("\x1b[2J") << OptionalWait();
    QTest::newRow("year 9999 is capped")
        << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << OptionalWait(RetryAfter::Maximum);
}

void RetryAfterTest::readsTheWait() {
    QFETCH(QByteArray, value);
    QFETCH(OptionalWait, expected);
    const QDateTime now(QDate(2026, 4, 15), QTime(12, 0), Qt::UTC);

    const OptionalWait wait = RetryAfter::parse(value, now);
    QCOMPARE(wait.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(wait->count(), expected->count());
}

void RetryAfterTest::capsAbsurdWaits() {
    const QDateTime now(QDate(2026, 4, 15), QTime(12, 0), Qt::UTC);
    QCOMPARE(RetryAfter::parse("99999999999999999999999", now)->count(),
             RetryAfter::Maximum.count());
    QCOMPARE(RetryAfter::parse("Fri, 01 Jan 2100 00:00:00 GMT", now)->count(),
             RetryAfter::Maximum.count());
    QCOMPARE(RetryAfter::parse("86400", now)->count(), qint64(86'400'000));
}

QTEST_GUILESS_MAIN(RetryAfterTest)
#include "RetryAfterTest.moc"
