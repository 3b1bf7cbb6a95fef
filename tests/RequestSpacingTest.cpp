// The slots that spread several organizations' scheduled requests apart: a slot is never earlier
// than asked, never closer than the spacing to another holder's, a holder's new slot replaces
// its old one, and a released slot frees its place.
#include "core/api/RequestSpacing.h"

#include <QTest>

using std::chrono::milliseconds;

class RequestSpacingTest final : public QObject {
    Q_OBJECT

private:
    const QDateTime t0 = QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC);
    QDateTime at(qint64 ms) const { return t0.addMSecs(ms); }

private slots:
    void aSlotIsTheFirstFreeOneAtOrAfterTheWantedTime_data() {
        QTest::addColumn<QList<qint64>>("others"); // other holders' slots, ms after t0
        QTest::addColumn<qint64>("wanted");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("alone: as wanted") << QList<qint64>{} << qint64(0) << qint64(0);
        QTest::newRow("the same moment as another: after it")
            << QList<qint64>{0} << qint64(0) << qint64(2000);
        QTest::newRow("just after another: pushed to the spacing")
            << QList<qint64>{0} << qint64(500) << qint64(2000);
        QTest::newRow("just before another: after it, never earlier than wanted")
            << QList<qint64>{1000} << qint64(0) << qint64(3000);
        QTest::newRow("far enough from both")
            << QList<qint64>{0, 10000} << qint64(5000) << qint64(5000);
        QTest::newRow("a burst of five: after the last of them")
            << QList<qint64>{0, 2000, 4000, 6000, 8000} << qint64(0) << qint64(10000);
        QTest::newRow("a gap that fits") << QList<qint64>{0, 4000} << qint64(1000) << qint64(2000);
        QTest::newRow("a gap too small: the next one")
            << QList<qint64>{0, 3000, 7000} << qint64(1000) << qint64(5000);
    }

    void aSlotIsTheFirstFreeOneAtOrAfterTheWantedTime() {
        QFETCH(QList<qint64>, others);
        QFETCH(qint64, wanted);
        QFETCH(qint64, expected);
        RequestSpacing spacing(milliseconds(2000));
        QList<int> holders(others.size());
        for (int i = 0; i < others.size(); ++i)
            QCOMPARE(spacing.reserve(&holders[i], at(others.at(i))), at(others.at(i)));
        int me = 0;
        QCOMPARE(spacing.reserve(&me, at(wanted)), at(expected));
        QCOMPARE(spacing.reservedSlots().size(), others.size() + 1);
    }

    void aHolderHasOneSlotAndReleasingFreesIt() {
        RequestSpacing spacing(milliseconds(1000));
        int a = 0;
        int b = 0;
        QCOMPARE(spacing.reserve(&a, at(0)), at(0));
        QCOMPARE(spacing.reserve(&b, at(0)), at(1000));
        // a moves later (its next refresh): its old slot is free for b's next one.
        QCOMPARE(spacing.reserve(&a, at(60000)), at(60000));
        QCOMPARE(spacing.reserve(&b, at(0)), at(0));
        QCOMPARE(spacing.reservedSlots(), (QList<QDateTime>{at(0), at(60000)}));
        spacing.release(&a);
        QCOMPARE(spacing.reservedSlots(), QList<QDateTime>{at(0)});
        int c = 0;
        QCOMPARE(spacing.reserve(&c, at(60000)), at(60000));
    }

    void aSmallerSpacingAppliesToTheNextSlots() {
        RequestSpacing spacing(milliseconds(2000));
        int a = 0;
        int b = 0;
        spacing.reserve(&a, at(0));
        spacing.setSpacing(milliseconds(500));
        QCOMPARE(spacing.spacing(), milliseconds(500));
        QCOMPARE(spacing.reserve(&b, at(0)), at(500));
    }
};

QTEST_GUILESS_MAIN(RequestSpacingTest)
#include "RequestSpacingTest.moc"
