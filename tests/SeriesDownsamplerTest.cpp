// Largest-triangle-three-buckets thinning: the size it promises and the shape it keeps.
#include "core/history/SeriesDownsampler.h"

#include <QTest>

#include <cmath>

namespace {

QList<QPointF> line(int count, double (*y)(int)) {
    QList<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.append(QPointF(i, y(i)));
    return points;
}

} // namespace

class SeriesDownsamplerTest final : public QObject {
    Q_OBJECT

private slots:
    void shortSeriesAreLeftAlone_data();
    void shortSeriesAreLeftAlone();
    void longSeriesShrinkToTheLimit_data();
    void longSeriesShrinkToTheLimit();
    void aSpikeSurvives();
    void keptPointsComeFromTheSeriesInOrder();
};

void SeriesDownsamplerTest::shortSeriesAreLeftAlone_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("limit");
    QTest::newRow("empty") << 0 << 100;
    QTest::newRow("one point") << 1 << 100;
    QTest::newRow("exactly the limit") << 100 << 100;
    QTest::newRow("a limit below three means no thinning") << 500 << 2;
}

void SeriesDownsamplerTest::shortSeriesAreLeftAlone() {
    QFETCH(int, count);
    QFETCH(int, limit);
    const QList<QPointF> points = line(count, [](int i) { return double(i * i); });
    QCOMPARE(SeriesDownsampler::downsample(points, limit), points);
}

void SeriesDownsamplerTest::longSeriesShrinkToTheLimit_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("limit");
    QTest::newRow("one more than the limit") << 101 << 100;
    QTest::newRow("a month of 5-minute readings on 800 pixels") << 8640 << 800;
    QTest::newRow("a year on 1200 pixels") << 105120 << 1200;
    QTest::newRow("the smallest limit") << 1000 << 3;
}

void SeriesDownsamplerTest::longSeriesShrinkToTheLimit() {
    QFETCH(int, count);
    QFETCH(int, limit);
    const QList<QPointF> points = line(count, [](int i) { return std::sin(i / 50.0) * 100.0 + i; });
    const QList<QPointF> kept = SeriesDownsampler::downsample(points, limit);
    QCOMPARE(kept.size(), limit);
    QCOMPARE(kept.constFirst(), points.constFirst());
    QCOMPARE(kept.constLast(), points.constLast());
}

void SeriesDownsamplerTest::aSpikeSurvives() {
    // A flat line with one tall spike: averaging would flatten it; LTTB keeps it.
    QList<QPointF> points = line(10000, [](int) { return 5.0; });
    points[6543].setY(1000.0);
    const QList<QPointF> kept = SeriesDownsampler::downsample(points, 100);
    QVERIFY(kept.contains(QPointF(6543, 1000.0)));

    // And a dip in a rising line.
    QList<QPointF> rising = line(10000, [](int i) { return double(i); });
    rising[2500].setY(-500.0);
    QVERIFY(SeriesDownsampler::downsample(rising, 50).contains(QPointF(2500, -500.0)));
}

void SeriesDownsamplerTest::keptPointsComeFromTheSeriesInOrder() {
    const QList<QPointF> points = line(5000, [](int i) { return std::fmod(i * 7.3, 11.0); });
    const QList<QPointF> kept = SeriesDownsampler::downsample(points, 300);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        QVERIFY(points.contains(kept.at(i)));
        if (i > 0)
            QVERIFY(kept.at(i).x() > kept.at(i - 1).x());
    }
}

QTEST_GUILESS_MAIN(SeriesDownsamplerTest)
#include "SeriesDownsamplerTest.moc"
