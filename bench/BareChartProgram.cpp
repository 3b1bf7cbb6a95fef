// allium-bench-bare-chart: the floor for the dashboard's first paint. A QApplication showing one
// QChartView with a line of 1,200 points on a date-time and a value axis, at the dashboard's
// initial size, with nothing else: what any Qt Charts window costs to start and draw.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    FirstPaintProbe::install();

    auto *line = new QLineSeries;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 30LL * 86'400'000;
    QList<QPointF> points;
    for (int i = 0; i < 1200; ++i)
        points.append(QPointF(double(start + qint64(i) * 2'160'000), double(i) * 1000.0));
    line->replace(points);
    auto *chart = new QChart;
    chart->addSeries(line);
    auto *time = new QDateTimeAxis;
    auto *amount = new QValueAxis;
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(amount, Qt::AlignLeft);
    line->attachAxis(time);
    line->attachAxis(amount);
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(1000, 720);
    view.show();
    return app.exec();
}
