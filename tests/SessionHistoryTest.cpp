// SessionHistory: the readings of this session, and the per-unit series of the current period
// that the over-time chart draws.
#include "SessionHistory.h"

#include <QSignalSpy>
#include <QTest>

namespace {

QDateTime utc(int month, int day, int hour = 0) {
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

// A monthly reading received at `at`, in the month of `periodStart`.
UsageSnapshot reading(const QDateTime &at, double developerConsumed, int periodMonth = 4) {
    UsageSnapshot snapshot;
    snapshot.billingPeriodStart = utc(periodMonth, 1);
    snapshot.billingPeriodEnd = utc(periodMonth + 1, 1);
    snapshot.allocationPeriodStart = snapshot.billingPeriodStart;
    snapshot.allocationPeriodEnd = snapshot.billingPeriodEnd;
    snapshot.cadenceText = QStringLiteral("monthly");
    UnitUsage developer;
    developer.key = QStringLiteral("developer_units");
    developer.consumed = developerConsumed;
    developer.allocated = 2000000;
    snapshot.units = {developer};
    snapshot.receivedAt = at;
    return snapshot;
}

QList<QDateTime> timesOf(const UsageSeries &series) {
    QList<QDateTime> times;
    for (const UsagePoint &point : series)
        times << point.time;
    return times;
}

} // namespace

class SessionHistoryTest final : public QObject {
    Q_OBJECT

private slots:
    void appendedReadingsFormTheUnitSeries();
    void runOfEqualReadingsKeepsFirstAndLatest();
    void earlierPeriodsStayOutOfTheSeries();
    void unknownUnitHasAnEmptySeries();
    void setSnapshotsSortsByTimeAndSignals();
};

void SessionHistoryTest::appendedReadingsFormTheUnitSeries() {
    SessionHistory history;
    QSignalSpy changed(&history, &SessionHistory::changed);
    history.append(reading(utc(4, 10), 100));
    history.append(reading(utc(4, 11), 250.5));

    QCOMPARE(changed.count(), 2);
    const UsageSeries series = history.series(QStringLiteral("developer_units"));
    QCOMPARE(series.size(), 2);
    QCOMPARE(series.at(0), (UsagePoint{utc(4, 10), 100, 2000000}));
    QCOMPARE(series.at(1), (UsagePoint{utc(4, 11), 250.5, 2000000}));
}

void SessionHistoryTest::runOfEqualReadingsKeepsFirstAndLatest() {
    SessionHistory history;
    history.append(reading(utc(4, 10, 1), 100));
    history.append(reading(utc(4, 10, 2), 100));
    history.append(reading(utc(4, 10, 3), 100));
    history.append(reading(utc(4, 10, 4), 100));

    QCOMPARE(history.snapshots().size(), 2);
    QCOMPARE(timesOf(history.series(QStringLiteral("developer_units"))),
             (QList<QDateTime>{utc(4, 10, 1), utc(4, 10, 4)}));

    history.append(reading(utc(4, 10, 5), 120));
    QCOMPARE(history.snapshots().size(), 3);
}

void SessionHistoryTest::earlierPeriodsStayOutOfTheSeries() {
    SessionHistory history;
    history.append(reading(utc(4, 30, 22), 1900000, 4));
    history.append(reading(utc(5, 1, 1), 300, 5));
    history.append(reading(utc(5, 1, 2), 900, 5));

    QCOMPARE(history.snapshots().size(), 3);
    QCOMPARE(timesOf(history.series(QStringLiteral("developer_units"))),
             (QList<QDateTime>{utc(5, 1, 1), utc(5, 1, 2)}));
}

void SessionHistoryTest::unknownUnitHasAnEmptySeries() {
    SessionHistory history;
    QVERIFY(history.series(QStringLiteral("developer_units")).isEmpty());
    history.append(reading(utc(4, 10), 100));
    QVERIFY(history.series(QStringLiteral("credits")).isEmpty());
}

void SessionHistoryTest::setSnapshotsSortsByTimeAndSignals() {
    SessionHistory history;
    QSignalSpy changed(&history, &SessionHistory::changed);
    history.setSnapshots(
        {reading(utc(4, 12), 300), reading(utc(4, 10), 100), reading(utc(4, 11), 200)});

    QCOMPARE(changed.count(), 1);
    QCOMPARE(timesOf(history.series(QStringLiteral("developer_units"))),
             (QList<QDateTime>{utc(4, 10), utc(4, 11), utc(4, 12)}));

    history.clear();
    QCOMPARE(changed.count(), 2);
    QVERIFY(history.isEmpty());
}

QTEST_GUILESS_MAIN(SessionHistoryTest)
#include "SessionHistoryTest.moc"
