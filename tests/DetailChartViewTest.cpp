// The detail chart on its own: an empty chart says why instead of drawing bare axes, an annual
// period is ticked at month starts, the percent axis stays a handful of ticks far over the
// allocation, the pointer and the arrow keys read values out, and keyboard focus shows.
#include "app/charts/DetailChartView.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

namespace {

qint64 ms(int year, int month, int day) {
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// A unit at `percent` of its allocation by 24 Apr, in percent, daily readings from 1 Apr.
TrendChartData april(double percent) {
    TrendChartData data;
    data.xMinimum = ms(2026, 4, 1);
    data.xMaximum = ms(2026, 5, 1);
    for (int day = 1; day <= 24; ++day)
        data.consumption << QPointF(double(ms(2026, 4, day)), percent * day / 24.0);
    data.allocationLine = {QPointF(double(data.xMinimum), 100),
                           QPointF(double(data.xMaximum), 100)};
    data.projection = {data.consumption.constLast(),
                       QPointF(double(data.xMaximum), percent * 30.0 / 24.0)};
    data.yMaximum = std::max(100.0, percent * 30.0 / 24.0) * 1.05;
    data.allocated = 2000000;
    data.now = ms(2026, 4, 24);
    data.inPercent = true;
    return data;
}

} // namespace

class DetailChartViewTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void anEmptyChartSaysWhyInsteadOfBareAxes();
    void anAnnualPeriodIsTickedAtMonthStarts();
    void thePercentAxisStaysAHandfulOfTicksFarOver();
    void thePointerReadsTheNearestReading();
    void arrowKeysStepThroughTheReadings();
    void keyboardFocusShows();
    void theGridAndTheLabelsAreDrawnOnceAndCopied();
    void aRefreshKeepsTheAxesThatStillFit();
};

void DetailChartViewTest::initTestCase() {
    qputenv("TZ", "UTC");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void DetailChartViewTest::anEmptyChartSaysWhyInsteadOfBareAxes() {
    DetailChartView chart;
    chart.resize(600, 360);
    chart.show();
    chart.setData(TrendChartData(), UsageLevel::NoAllocation);
    chart.setMessage(QStringLiteral("The trend appears after the first reading."));
    QCOMPARE(chart.message(), QStringLiteral("The trend appears after the first reading."));
    for (const QAbstractAxis *axis : chart.chart()->axes())
        QVERIFY(!axis->isVisible());
    QVERIFY(chart.legendEntries().isEmpty());

    chart.setData(april(60), UsageLevel::Normal);
    chart.setMessage(QString());
    for (const QAbstractAxis *axis : chart.chart()->axes())
        QVERIFY(axis->isVisible());
    QCOMPARE(chart.legendEntries(),
             (QStringList{QStringLiteral("Consumed"), QStringLiteral("Projected to the reset"),
                          QStringLiteral("Allocation (100 %)"), QStringLiteral("Today")}));
}

void DetailChartViewTest::anAnnualPeriodIsTickedAtMonthStarts() {
    TrendChartData year;
    year.xMinimum = ms(2026, 1, 1);
    year.xMaximum = ms(2027, 1, 1);
    for (int month = 1; month <= 8; ++month)
        year.consumption << QPointF(double(ms(2026, month, 1)), month * 1000.0);
    year.yMaximum = 9000;
    DetailChartView chart;
    chart.resize(900, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setData(year, UsageLevel::Normal);
    const QStringList labels = chart.timeLabels();
    QVERIFY2(labels.size() >= 4, qPrintable(labels.join(QLatin1Char(' '))));
    // Month names (the first of each), never "15 Mar" or "27 May".
    const QRegularExpression monthStart(QStringLiteral("^[A-Z][a-z]{2}( \\d{4})?$"));
    for (const QString &label : labels)
        QVERIFY2(monthStart.match(label).hasMatch(), qPrintable(labels.join(QLatin1Char(' '))));
}

void DetailChartViewTest::thePercentAxisStaysAHandfulOfTicksFarOver() {
    DetailChartView chart;
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setData(april(2100), UsageLevel::Over);
    const QStringList labels = chart.valueLabels();
    QVERIFY2(labels.size() >= 3 && labels.size() <= 6, qPrintable(labels.join(QLatin1Char(' '))));
    QCOMPARE(labels.constFirst(), QStringLiteral("0 %"));
}

void DetailChartViewTest::thePointerReadsTheNearestReading() {
    DetailChartView chart;
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setData(april(60), UsageLevel::Normal);
    // The pointer over 10 Apr, in the middle of the plot's height.
    const QPointF value(double(ms(2026, 4, 10)), 50);
    const QPoint at = chart.mapFromScene(chart.chart()->mapToScene(
        chart.chart()->mapToPosition(value, chart.chart()->series().constFirst())));
    QTest::mouseMove(chart.viewport(), at);
    QTRY_VERIFY(chart.readout().has_value());
    QCOMPARE(chart.readout()->title, QStringLiteral("10 Apr 12:00 AM"));
    QCOMPARE(chart.readout()->value, QStringLiteral("500,000 (25.0 %)"));
    QVERIFY(chart.accessibleDescription().contains(QStringLiteral("500,000")));
}

void DetailChartViewTest::arrowKeysStepThroughTheReadings() {
    DetailChartView chart;
    chart.resize(800, 400);
    chart.setData(april(60), UsageLevel::Normal);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.activateWindow();
    chart.setFocus();
    QTRY_VERIFY(chart.hasFocus());
    // Arriving by keyboard, the read-out starts at the newest reading.
    QVERIFY(chart.readout());
    QCOMPARE(chart.readout()->point.x(), double(ms(2026, 4, 24)));
    QTest::keyClick(&chart, Qt::Key_Left);
    QCOMPARE(chart.readout()->point.x(), double(ms(2026, 4, 23)));
    QTest::keyClick(&chart, Qt::Key_End);
    QVERIFY(chart.readout()->projected);
    QCOMPARE(chart.readout()->title, QStringLiteral("Projected at the reset"));
    QTest::keyClick(&chart, Qt::Key_Escape);
    QVERIFY(!chart.readout());
}

void DetailChartViewTest::keyboardFocusShows() {
    // A window with something else to hold the focus first.
    QWidget window;
    auto *other = new QPushButton(QStringLiteral("Other"), &window);
    auto *chart = new DetailChartView(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(other);
    layout->addWidget(chart);
    window.resize(400, 360);
    chart->setData(april(60), UsageLevel::Normal);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
    window.activateWindow();
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    const QImage before = chart->grab().toImage();
    chart->setFocus();
    QTRY_VERIFY(chart->hasFocus());
    const QImage after = chart->grab().toImage();
    // The ring runs along the top edge, where the chart draws nothing else.
    int changed = 0;
    for (int x = 10; x < before.width() - 10; ++x)
        changed += before.pixel(x, 1) != after.pixel(x, 1) ? 1 : 0;
    QVERIFY2(changed > (before.width() - 20) * 3 / 4, qPrintable(QString::number(changed)));
}

void DetailChartViewTest::theGridAndTheLabelsAreDrawnOnceAndCopied() {
    // A refresh changes the series, not the grid or the axes' lines: those are kept as pixmaps,
    // also the ones made anew for a new period's ticks. The tick labels are drawn from their
    // text: Qt Charts changes it without a pixmap cache noticing, and cached labels went blank.
    DetailChartView chart;
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    for (double percent : {62.0, 2100.0}) {
        chart.setData(april(percent), UsageLevel::Normal);
        chart.repaint(); // Qt Charts lays the new ticks out before the paint
        int lines = 0;
        int labels = 0;
        for (const QGraphicsItem *item : chart.scene()->items()) {
            if (item->type() == QGraphicsLineItem::Type) {
                ++lines;
                QCOMPARE(item->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
            } else if (item->type() == QGraphicsSimpleTextItem::Type ||
                       item->type() == QGraphicsTextItem::Type) {
                ++labels;
                QCOMPARE(item->cacheMode(), QGraphicsItem::NoCache);
            }
        }
        QVERIFY(lines > 5);  // grid lines and axis lines
        QVERIFY(labels > 5); // tick labels
    }
}

void DetailChartViewTest::aRefreshKeepsTheAxesThatStillFit() {
    // New ticks make Qt Charts lay the chart out and draw it again: a refresh that moves the line
    // but not the axes leaves them alone; one that needs another scale gets it.
    DetailChartView chart;
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // Laid out with its first data, as it is when refreshes come.
    chart.setData(april(60), UsageLevel::Normal);
    QTest::qWait(20);
    chart.setData(april(60), UsageLevel::Normal);
    QTest::qWait(20);
    QList<QSignalSpy *> spies;
    for (QAbstractAxis *axis : chart.chart()->axes())
        spies << new QSignalSpy(static_cast<QCategoryAxis *>(axis),
                                &QCategoryAxis::categoriesChanged);
    const QStringList values = chart.valueLabels();
    const QStringList times = chart.timeLabels();

    TrendChartData later = april(60);
    later.consumption << QPointF(double(ms(2026, 4, 25)), 63.0);
    later.now = ms(2026, 4, 25);
    chart.setData(later, UsageLevel::Normal);
    for (QSignalSpy *spy : spies)
        QCOMPARE(spy->size(), 0);
    QCOMPARE(chart.valueLabels(), values);
    QCOMPARE(chart.timeLabels(), times);

    chart.setData(april(2100), UsageLevel::Over);
    QVERIFY(spies.constFirst()->size() + spies.constLast()->size() > 0);
    QVERIFY(chart.valueLabels() != values);
    qDeleteAll(spies);
}

QTEST_MAIN(DetailChartViewTest)
#include "DetailChartViewTest.moc"
