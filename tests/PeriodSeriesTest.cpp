// A period's readings read once and brought up to date row by row (PeriodSeries, through
// HistoryStore::periodSeries and updateSeries) against a real SQLite file: always the same points
// as reading each unit afresh, whatever was recorded in between.
#include "core/history/PeriodSeries.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString api = QStringLiteral("https://api.allium.so");
const QDateTime aprilFirst(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);

UsageSnapshot reading(const QDateTime &at, double developer, std::optional<double> explorer,
                      int month = 4) {
    UsageSnapshot snapshot;
    snapshot.billingPeriodStart = QDateTime(QDate(2026, month, 1), QTime(0, 0), Qt::UTC);
    snapshot.billingPeriodEnd = snapshot.billingPeriodStart.addMonths(1);
    snapshot.allocationPeriodStart = snapshot.billingPeriodStart;
    snapshot.allocationPeriodEnd = snapshot.billingPeriodEnd;
    snapshot.cadenceText = QStringLiteral("monthly");
    snapshot.units = {{QStringLiteral("developer_units"), developer, 2000000.0},
                      {QStringLiteral("explorer_units"), explorer, 100.0}};
    snapshot.receivedAt = at;
    return snapshot;
}

} // namespace

class PeriodSeriesTest final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void theWholePeriodReadsAsEachUnitOnItsOwn();
    void anUpdateReadsTheRowsSinceAndMatchesAFreshRead();
    void aReadingSeenAgainMovesItsLastPoint();
    void periodsAreListedNewestFirstWithTheirSpan();
    void aReadingTheStoreDidNotTakeStillCounts();

private:
    void compareWithFreshReads(const HistoryStore &store, const PeriodSeries &series);
    HistoryPeriod april() const { return HistoryStore::periodOf(reading(aprilFirst, 0, 0)); }

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<HistoryStore> m_store;
};

void PeriodSeriesTest::init() {
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<ManualClock>(aprilFirst.addDays(20));
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("history.sqlite")));
    m_store =
        std::make_unique<HistoryStore>(m_dir.filePath(QStringLiteral("history.sqlite")), *m_clock);
    m_store->setRetentionDays(0);
    QVERIFY2(m_store->open(), qPrintable(m_store->errorMessage()));
}

void PeriodSeriesTest::compareWithFreshReads(const HistoryStore &store,
                                             const PeriodSeries &series) {
    for (const QString &unit :
         {QStringLiteral("developer_units"), QStringLiteral("explorer_units")}) {
        QCOMPARE(series.unit(unit), store.unitSeries(api, series.period(), unit));
    }
}

void PeriodSeriesTest::theWholePeriodReadsAsEachUnitOnItsOwn() {
    // Changing readings, a run of identical ones, a unit not reported once, another period and
    // another source in between.
    const QDateTime start = aprilFirst.addDays(3);
    for (int i = 0; i < 30; ++i) {
        const double developer = i < 10 || i > 20 ? 1000.0 * i : 10000.0;
        const std::optional<double> explorer =
            i == 7 ? std::nullopt : std::optional<double>(i > 20 ? 2.0 * i : 20.0);
        QVERIFY(m_store->record(api, reading(start.addSecs(300 * i), developer, explorer)));
        QVERIFY(m_store->record(QStringLiteral("demo"), reading(start.addSecs(300 * i), 5, 5)));
    }
    QVERIFY(m_store->record(api, reading(aprilFirst.addMonths(1), 10, 1, 5)));

    const PeriodSeries series = m_store->periodSeries(api, april());
    QVERIFY(series.isFor(april()));
    QCOMPARE(m_store->periodSeriesReads(), 1);
    compareWithFreshReads(*m_store, series);
    QCOMPARE(series.unit(QStringLiteral("developer_units")).size(), 10 + 2 + 9); // a run: two
    QCOMPARE(series.rowCount(), m_store->readingCount(api, april()));
}

void PeriodSeriesTest::anUpdateReadsTheRowsSinceAndMatchesAFreshRead() {
    const QDateTime start = aprilFirst.addDays(3);
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_store->record(api, reading(start.addSecs(300 * i), 100.0 * i, i)));
    PeriodSeries series = m_store->periodSeries(api, april());

    // Readings of another period and another source, then this period's: new, identical twice
    // (the last row is seen again), new.
    QVERIFY(m_store->record(QStringLiteral("demo"), reading(start.addSecs(1500), 9, 9)));
    QVERIFY(m_store->record(api, reading(start.addSecs(1500), 700, 7)));
    QVERIFY(m_store->record(api, reading(start.addSecs(1800), 700, 7)));
    QVERIFY(m_store->record(api, reading(start.addSecs(2100), 700, 7)));
    m_store->updateSeries(api, series);
    compareWithFreshReads(*m_store, series);
    QVERIFY(m_store->record(api, reading(start.addSecs(2400), 800, 8)));
    m_store->updateSeries(api, series);
    compareWithFreshReads(*m_store, series);
    QCOMPARE(m_store->periodSeriesReads(), 1);
    QCOMPARE(m_store->seriesUpdates(), 2);
}

void PeriodSeriesTest::aReadingSeenAgainMovesItsLastPoint() {
    const QDateTime start = aprilFirst.addDays(3);
    QVERIFY(m_store->record(api, reading(start, 100, 1)));
    PeriodSeries series = m_store->periodSeries(api, april());
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(m_store->record(api, reading(start.addSecs(300 * i), 100, 1)));
        m_store->updateSeries(api, series);
        const UsageSeries developer = series.unit(QStringLiteral("developer_units"));
        QCOMPARE(developer.size(), 2); // first and last seen, never one point per sighting
        QCOMPARE(developer.constLast().time(), start.addSecs(300 * i));
    }
    QCOMPARE(series.rowCount(), 1);
}

void PeriodSeriesTest::periodsAreListedNewestFirstWithTheirSpan() {
    // Twelve months of a reading a day, the demo's readings between them.
    for (int month = 1; month <= 12; ++month) {
        const QDateTime first(QDate(2026, month, 1), QTime(6, 0), Qt::UTC);
        for (int day = 0; day < 20; ++day) {
            QVERIFY(m_store->record(api, reading(first.addDays(day), 10.0 * day, 1, month)));
            QVERIFY(m_store->record(QStringLiteral("demo"),
                                    reading(first.addDays(day), day, 1, month)));
        }
    }
    const QList<HistoryPeriod> periods = m_store->periods(api);
    QCOMPARE(periods.size(), 12);
    for (int i = 0; i < 12; ++i) {
        const QDate month(2026, 12 - i, 1);
        QCOMPARE(periods.at(i).start, QDateTime(month, QTime(0, 0), Qt::UTC));
        QCOMPARE(periods.at(i).end, QDateTime(month.addMonths(1), QTime(0, 0), Qt::UTC));
        QCOMPARE(periods.at(i).firstSeen, QDateTime(month, QTime(6, 0), Qt::UTC));
        QCOMPARE(periods.at(i).lastSeen, QDateTime(month.addDays(19), QTime(6, 0), Qt::UTC));
        QCOMPARE(periods.at(i).cadenceText, QStringLiteral("monthly"));
        QCOMPARE(m_store->readingCount(api, periods.at(i)), 20);
    }
    QCOMPARE(m_store->readingCount(api, periods.at(0), 5), 5); // a bounded count stops there
    QVERIFY(m_store->periods(QStringLiteral("elsewhere")).isEmpty());
}

void PeriodSeriesTest::aReadingTheStoreDidNotTakeStillCounts() {
    PeriodSeries series(april());
    const UsageSnapshot first = reading(aprilFirst.addDays(2), 100, std::nullopt);
    series.addUnrecorded(first);
    series.addUnrecorded(first); // the same moment twice is one point
    series.addUnrecorded(reading(aprilFirst.addDays(3), 200, 2));
    const UsageSeries developer = series.unit(QStringLiteral("developer_units"));
    QCOMPARE(developer.size(), 2);
    QCOMPARE(developer.constLast().consumed, 200.0);
    QCOMPARE(series.unit(QStringLiteral("explorer_units")).size(), 1); // not reported: no point
}

QTEST_GUILESS_MAIN(PeriodSeriesTest)
#include "PeriodSeriesTest.moc"
