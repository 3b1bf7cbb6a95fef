// Fills history stores with a month, a year and five years of 5-minute readings and times what
// the app does with them: recording, opening and loading the current period, building the chart.
#include "core/Clock.h"
#include "core/forecast/Forecast.h"
#include "core/history/HistoryStore.h"
#include "core/history/TrendChartData.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QValueAxis>

#include <ctime>

namespace {

constexpr int readingsPerDay = 24 * 12;
constexpr int chartWidth = 1200;
const QString source = QStringLiteral("https://api.allium.so");

// Wall time and this process's CPU time: on a shared, busy machine the wall time includes
// waiting for a core, so both are reported.
class Stopwatch final {
public:
    void start() {
        m_wall.start();
        m_cpuStart = cpuNanoseconds();
    }
    double wallMillis() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMillis() const { return double(cpuNanoseconds() - m_cpuStart) / 1e6; }

private:
    static qint64 cpuNanoseconds() {
        timespec now{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

    QElapsedTimer m_wall;
    qint64 m_cpuStart = 0;
};

QString millis(const Stopwatch &watch) {
    return QStringLiteral("%1 ms wall, %2 ms CPU")
        .arg(QString::number(watch.wallMillis(), 'f', 2),
             QString::number(watch.cpuMillis(), 'f', 2));
}

struct Scenario {
    QString name;
    int days;
    bool annual; // annual allocation: the current period holds up to a year of readings
};

// The allocation period that `at` falls in: calendar months, or calendar years.
std::pair<QDateTime, QDateTime> periodAround(const QDateTime &at, bool annual) {
    const QDate date = at.date();
    const QDate start = annual ? QDate(date.year(), 1, 1) : QDate(date.year(), date.month(), 1);
    const QDate end = annual ? start.addYears(1) : start.addMonths(1);
    return {QDateTime(start, QTime(0, 0), Qt::UTC), QDateTime(end, QTime(0, 0), Qt::UTC)};
}

UsageSnapshot readingAt(const QDateTime &at, qint64 index, bool annual) {
    const auto [start, end] = periodAround(at, annual);
    UsageSnapshot snapshot;
    snapshot.billingPeriodStart =
        QDateTime(QDate(at.date().year(), at.date().month(), 1), QTime(0, 0), Qt::UTC);
    snapshot.billingPeriodEnd = snapshot.billingPeriodStart.addMonths(1);
    snapshot.allocationPeriodStart = start;
    snapshot.allocationPeriodEnd = end;
    snapshot.cadenceText = annual ? QStringLiteral("annual") : QStringLiteral("monthly");
    // A busy organization: developer units change at every reading, explorer units now and then.
    const double minutes = double(start.secsTo(at)) / 60.0;
    snapshot.units = {
        {QStringLiteral("developer_units"), minutes * 9.5 + double(index % 7), 2000000.0},
        {QStringLiteral("explorer_units"), double(qint64(minutes) / 600), 100.0},
    };
    snapshot.receivedAt = at;
    return snapshot;
}

qint64 storeBytes(const QString &path) {
    qint64 total = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        total += QFileInfo(path + suffix).size();
    return total;
}

void runScenario(const Scenario &scenario, QTextStream &out) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    const qint64 count = qint64(scenario.days) * readingsPerDay;
    const QDateTime first = now.addSecs(-(count - 1) * 300);
    ManualClock clock(first);

    Stopwatch timer;
    {
        HistoryStore store(path, clock);
        store.setRetentionDays(0);
        if (!store.open()) {
            out << "cannot open: " << store.errorMessage() << '\n';
            return;
        }
        timer.start();
        for (qint64 i = 0; i < count; ++i) {
            const QDateTime at = first.addSecs(i * 300);
            clock.setNow(at);
            if (!store.record(source, readingAt(at, i, scenario.annual))) {
                out << "record failed: " << store.errorMessage() << '\n';
                return;
            }
        }
    }
    const double insertMicros = timer.wallMillis() * 1000.0 / double(count);
    const double insertCpuMicros = timer.cpuMillis() * 1000.0 / double(count);
    const qint64 bytes = storeBytes(path);

    // What the dashboard does at start: open, show the latest reading, load the current period.
    timer.start();
    HistoryStore store(path, clock);
    store.setRetentionDays(0);
    store.open();
    const auto latest = store.latestSnapshot(source);
    const HistoryPeriod period = HistoryStore::periodOf(*latest);
    const QString unit = QStringLiteral("developer_units");
    const UsageSeries series = store.unitSeries(source, period, unit);
    const QString openMillis = millis(timer);

    timer.start();
    const Forecast forecast = Forecast::compute(series, 2000000.0, period, clock);
    const QString forecastMillis = millis(timer);

    // Thinning to the chart's width and handing the points to Qt Charts.
    timer.start();
    const TrendChartData data = TrendChartData::build(series, period, forecast, chartWidth);
    auto *consumption = new QLineSeries;
    consumption->replace(data.consumption);
    auto *allocation = new QLineSeries;
    allocation->replace(data.allocationLine);
    auto *projection = new QLineSeries;
    projection->replace(data.projection);
    const QString buildMillis = millis(timer);

    timer.start();
    auto *chart = new QChart; // the view below owns it
    chart->addSeries(consumption);
    chart->addSeries(allocation);
    chart->addSeries(projection);
    auto *xAxis = new QDateTimeAxis;
    auto *yAxis = new QValueAxis;
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(data.xMinimum, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(data.xMaximum, Qt::UTC));
    yAxis->setRange(0, data.yMaximum);
    QChartView view(chart);
    view.resize(chartWidth, 400);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    view.render(&painter);
    painter.end();
    const QString drawMillis = millis(timer);

    // The export of everything, as --history without dates does.
    timer.start();
    const QList<UsageSnapshot> all =
        store.readingsBetween(source, first.addSecs(-1), now.addSecs(1));
    const QString exportMillis = millis(timer);

    out << qSetFieldWidth(0) << scenario.name << ": " << count << " readings\n"
        << "  insert:                  " << QString::number(insertMicros, 'f', 1) << " us wall, "
        << QString::number(insertCpuMicros, 'f', 1) << " us CPU per reading\n"
        << "  open + latest + period:  " << openMillis << " (" << series.size()
        << " points in the current period)\n"
        << "  forecast:                " << forecastMillis << "\n"
        << "  downsample + series:     " << buildMillis << " (" << data.consumption.size()
        << " points drawn)\n"
        << "  draw the chart (offscreen): " << drawMillis << "\n"
        << "  load all for export:     " << exportMillis << " (" << all.size() << " readings)\n"
        << "  size on disk:            " << QString::number(double(bytes) / 1048576.0, 'f', 1)
        << " MiB (" << QString::number(double(bytes) / double(count), 'f', 0)
        << " bytes per reading)\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));

    QList<Scenario> scenarios = {
        {QStringLiteral("month, monthly allocation"), 30, false},
        {QStringLiteral("year, monthly allocation"), 365, false},
        {QStringLiteral("year, annual allocation"), 365, true},
    };
    if (!quick)
        scenarios.append({QStringLiteral("five years, monthly allocation"), 5 * 365, false});

    QTextStream out(stdout);
    out << "allium-history-bench: readings every 5 minutes, two units, chart " << chartWidth
        << " px wide\n";
    for (const Scenario &scenario : scenarios)
        runScenario(scenario, out);
    return 0;
}
