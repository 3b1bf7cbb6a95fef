// The forecast on constructed series with an injected clock: what it projects and what it says.
#include "core/forecast/Forecast.h"
#include "core/Clock.h"

#include <QTest>

#include <cmath>
#include <functional>

namespace {

QDateTime utc(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

const QDateTime periodStart = utc("2026-04-01T00:00:00Z");
const QDateTime periodEnd = utc("2026-05-01T00:00:00Z");
const double allocation = 2000000.0;

// Hourly readings of consumed(days since the period start) from `from` to `to`.
UsageSeries hourly(const QDateTime &from, const QDateTime &to,
                   const std::function<double(double)> &consumed) {
    UsageSeries series;
    for (QDateTime at = from; at <= to; at = at.addSecs(3600)) {
        const double days = double(periodStart.secsTo(at)) / 86400.0;
        series.append({at, consumed(days), allocation});
    }
    return series;
}

// A straight line from zero at the period start that reaches `percentAtReset` at the reset.
std::function<double(double)> linearTo(double percentAtReset) {
    return
        [percentAtReset](double days) { return allocation * percentAtReset / 100.0 * days / 30.0; };
}

UsageSeries seriesFor(const QString &shape) {
    const QDateTime now = utc("2026-04-20T12:00:00Z");
    if (shape == QLatin1String("linear"))
        return hourly(periodStart, now, linearTo(62));
    if (shape == QLatin1String("linear, runs out"))
        // Reaches the allocation on 27 Apr at 06:00.
        return hourly(periodStart, now, [](double days) { return allocation * days / 26.25; });
    if (shape == QLatin1String("accelerating"))
        // Half the allocation by now, growing with the square of time.
        return hourly(periodStart, now,
                      [](double days) { return 1e6 * (days / 19.5) * (days / 19.5); });
    if (shape == QLatin1String("flat"))
        return hourly(utc("2026-04-10T00:00:00Z"), now, [](double) { return 500000.0; });
    if (shape == QLatin1String("reset mid-series")) {
        // The end of the previous period, near its allocation, then the new one from zero.
        UsageSeries series = hourly(utc("2026-03-29T00:00:00Z"), utc("2026-03-31T23:00:00Z"),
                                    [](double days) { return 1900000.0 + days * 10.0; });
        series.append(hourly(periodStart, now, linearTo(62)));
        return series;
    }
    if (shape == QLatin1String("reset just now")) {
        UsageSeries series = hourly(utc("2026-04-18T00:00:00Z"), utc("2026-04-20T10:00:00Z"),
                                    [](double days) { return 1900000.0 + days * 10.0; });
        series.append({utc("2026-04-20T11:00:00Z"), 10.0, allocation});
        series.append({now, 20.0, allocation});
        return series;
    }
    if (shape == QLatin1String("single reading"))
        return {{now, 341523.0, allocation}};
    if (shape == QLatin1String("three readings in two hours"))
        return {{now.addSecs(-7200), 1000.0, allocation},
                {now.addSecs(-3600), 2000.0, allocation},
                {now, 3000.0, allocation}};
    if (shape == QLatin1String("gap of days")) {
        // A laptop closed from the 5th to the 19th: the line resumes where it would have been.
        UsageSeries series = hourly(periodStart, utc("2026-04-05T00:00:00Z"), linearTo(62));
        series.append(hourly(utc("2026-04-19T00:00:00Z"), now, linearTo(62)));
        return series;
    }
    if (shape == QLatin1String("last reading days old"))
        return hourly(periodStart, utc("2026-04-15T00:00:00Z"), linearTo(62));
    if (shape == QLatin1String("over allocation already"))
        return hourly(periodStart, now, [](double days) { return 2100000.0 * days / 19.5; });
    if (shape == QLatin1String("noisy linear")) {
        // Bursts of use: every third hour twice the usual, the others half; the same on average.
        UsageSeries series;
        double total = 0.0;
        int hour = 0;
        for (QDateTime at = periodStart; at <= now; at = at.addSecs(3600), ++hour) {
            series.append({at, total, allocation});
            total += allocation * 0.62 / (30.0 * 24.0) * (hour % 3 == 0 ? 2.0 : 0.5);
        }
        return series;
    }
    return {};
}

} // namespace

class ForecastTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void projectsFromTheReadings_data();
    void projectsFromTheReadings();
    void aUnitWithoutAllocationHasNoForecast();
    void aPeriodThatEndedHasNoForecast();
    void theRateIsNotTakenFromASinglePair();
    void aRunOutDateInAnotherYearCarriesTheYear();
    void theRateWeighsEveryReadingByItsAge();
};

void ForecastTest::initTestCase() {
    // Dates in the sentences are local dates; pin the zone so that "27 Apr" means the same here.
    qputenv("TZ", "UTC");
}

void ForecastTest::projectsFromTheReadings_data() {
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("minimumPercent");
    QTest::addColumn<double>("maximumPercent");

    using S = Forecast::Status;
    QTest::newRow("linear, on track")
        << QStringLiteral("linear") << int(S::OnTrack)
        << QStringLiteral("On pace: about 62 % at reset") << 61.9 << 62.1;
    QTest::newRow("linear, runs out before the reset")
        << QStringLiteral("linear, runs out") << int(S::RunsOut)
        << QStringLiteral("Projected to run out on 27 Apr, 4 days before the reset") << 114.0
        << 114.5;
    // A straight line through all the readings would say 77 %; the square law reaches 237 %.
    QTest::newRow("accelerating projects above its average rate")
        << QStringLiteral("accelerating") << int(S::OnTrack) << QString() << 80.0 << 100.0;
    QTest::newRow("flat stays where it is")
        << QStringLiteral("flat") << int(S::OnTrack)
        << QStringLiteral("On pace: about 25 % at reset") << 24.99 << 25.01;
    QTest::newRow("reset mid-series starts a new series")
        << QStringLiteral("reset mid-series") << int(S::OnTrack)
        << QStringLiteral("On pace: about 62 % at reset") << 61.9 << 62.1;
    QTest::newRow("reset just now waits for new readings")
        << QStringLiteral("reset just now") << int(S::NotEnoughHistory)
        << QStringLiteral("Forecast after 6 hours of readings") << -1.0 << -1.0;
    QTest::newRow("single reading")
        << QStringLiteral("single reading") << int(S::NotEnoughHistory)
        << QStringLiteral("Forecast after 6 hours of readings") << -1.0 << -1.0;
    QTest::newRow("three readings in two hours")
        << QStringLiteral("three readings in two hours") << int(S::NotEnoughHistory)
        << QStringLiteral("Forecast after 6 hours of readings") << -1.0 << -1.0;
    QTest::newRow("gap of days") << QStringLiteral("gap of days") << int(S::OnTrack)
                                 << QStringLiteral("On pace: about 62 % at reset") << 61.9 << 62.1;
    QTest::newRow("last reading days old projects from that reading")
        << QStringLiteral("last reading days old") << int(S::OnTrack)
        << QStringLiteral("On pace: about 62 % at reset") << 61.9 << 62.1;
    QTest::newRow("over allocation already")
        << QStringLiteral("over allocation already") << int(S::OverAllocation)
        << QStringLiteral("Over the allocation: about 162 % projected at reset") << 161.0 << 162.0;
    QTest::newRow("noisy linear follows the average")
        << QStringLiteral("noisy linear") << int(S::OnTrack) << QString() << 58.0 << 66.0;
}

void ForecastTest::projectsFromTheReadings() {
    QFETCH(QString, shape);
    QFETCH(int, status);
    QFETCH(QString, text);
    QFETCH(double, minimumPercent);
    QFETCH(double, maximumPercent);

    const ManualClock clock(utc("2026-04-20T12:00:00Z"));
    const UsageSeries series = seriesFor(shape);
    QVERIFY(!series.isEmpty());
    const HistoryPeriod period{periodStart, periodEnd, QStringLiteral("monthly"), {}, {}};
    const Forecast forecast = Forecast::compute(series, allocation, period, clock);

    QCOMPARE(int(forecast.status()), status);
    if (!text.isEmpty())
        QCOMPARE(forecast.text(), text);
    // Projections are never stated as certain.
    QVERIFY(!forecast.text().contains(QLatin1String("will")));
    if (minimumPercent < 0) {
        QVERIFY(!forecast.hasProjection());
        QVERIFY(!forecast.projectedPercent());
        return;
    }
    QVERIFY(forecast.hasProjection());
    const double percent = forecast.projectedPercent().value_or(-1);
    QVERIFY2(percent >= minimumPercent && percent <= maximumPercent,
             qPrintable(QString::number(percent)));
    QCOMPARE(forecast.periodEnd(), periodEnd);
    QCOMPARE(forecast.projectionStart(), series.constLast().time());
    if (forecast.status() == Forecast::Status::RunsOut) {
        QVERIFY(forecast.runOutAt() < periodEnd);
        QVERIFY(forecast.runOutAt() > series.constLast().time());
    } else {
        QVERIFY(!forecast.runOutAt().isValid());
    }
}

void ForecastTest::aUnitWithoutAllocationHasNoForecast() {
    const ManualClock clock(utc("2026-04-20T12:00:00Z"));
    const HistoryPeriod period{periodStart, periodEnd, QString(), {}, {}};
    const Forecast forecast =
        Forecast::compute(seriesFor(QStringLiteral("linear")), std::nullopt, period, clock);
    QCOMPARE(forecast.status(), Forecast::Status::NoAllocation);
    QVERIFY(!forecast.hasProjection());
    QVERIFY(!forecast.text().isEmpty());
    QCOMPARE(Forecast::compute(seriesFor(QStringLiteral("linear")), 0.0, period, clock).status(),
             Forecast::Status::NoAllocation);
}

void ForecastTest::aPeriodThatEndedHasNoForecast() {
    const ManualClock clock(utc("2026-05-01T00:05:00Z"));
    const HistoryPeriod period{periodStart, periodEnd, QStringLiteral("monthly"), {}, {}};
    const Forecast forecast =
        Forecast::compute(seriesFor(QStringLiteral("linear")), allocation, period, clock);
    QCOMPARE(forecast.status(), Forecast::Status::PeriodOver);
    QVERIFY(!forecast.hasProjection());
}

void ForecastTest::theRateIsNotTakenFromASinglePair() {
    // A steady line with one odd reading at the very end: a first-and-last rate would jump by a
    // third; the fitted rate barely moves.
    const ManualClock clock(utc("2026-04-20T12:00:00Z"));
    const HistoryPeriod period{periodStart, periodEnd, QStringLiteral("monthly"), {}, {}};
    UsageSeries series = seriesFor(QStringLiteral("linear"));
    const Forecast steady = Forecast::compute(series, allocation, period, clock);
    series.last().consumed *= 1.02;
    series.append({series.constLast().time().addSecs(60), series.constLast().consumed, allocation});
    const Forecast jolted = Forecast::compute(series, allocation, period, clock);
    QVERIFY(std::abs(jolted.ratePerDay() - steady.ratePerDay()) / steady.ratePerDay() < 0.25);
    QCOMPARE(qRound(steady.ratePerDay()), qRound(allocation * 0.62 / 30.0));
}

void ForecastTest::aRunOutDateInAnotherYearCarriesTheYear() {
    // A long allocation period read in December 2026, heading to run out in February: the date
    // says which February.
    const QDateTime start = utc("2026-01-01T00:00:00Z");
    const QDateTime now = utc("2026-12-01T00:00:00Z");
    HistoryPeriod year;
    year.start = start;
    year.end = utc("2027-06-01T00:00:00Z");
    UsageSeries series;
    for (QDateTime at = now.addDays(-10); at <= now; at = at.addSecs(3600)) {
        const double days = double(start.secsTo(at)) / 86400.0;
        series.append({at, allocation * days / 400.0, allocation});
    }
    const ManualClock clock(now);
    const Forecast forecast = Forecast::compute(series, allocation, year, clock);
    QCOMPARE(forecast.status(), Forecast::Status::RunsOut);
    QVERIFY2(forecast.text().startsWith(QStringLiteral("Projected to run out on 5 Feb 2027")),
             qPrintable(forecast.text()));
}

void ForecastTest::theRateWeighsEveryReadingByItsAge() {
    // The fit works each weight out from the next reading's, reusing the factor while the interval
    // stays the same; over irregular intervals (steady runs, odd gaps, a reading a second apart) it
    // must give the fit written out plainly: weight 2^(-age / half-life), age in whole seconds.
    const QDateTime now = utc("2026-04-20T12:00:00Z");
    const ManualClock clock(now);
    const HistoryPeriod period{periodStart, periodEnd, QStringLiteral("monthly"), {}, {}};
    UsageSeries series;
    QDateTime at = periodStart.addMSecs(250);
    double consumed = 1000.0;
    for (int i = 0; at < now; ++i) {
        series.append({at, consumed, allocation});
        const int gap = i % 97 == 0 ? 7211 : i % 13 == 0 ? 1 : i % 5 == 0 ? 333 : 300;
        at = at.addMSecs(gap * 1000 + (i % 7) * 111);
        consumed += 20.0 + double((i * 37) % 11) - (i % 500 == 0 ? 0.0 : 0.5);
    }

    const double halfLife = 3.0 * 86400.0; // a monthly period's
    const qint64 newest = series.constLast().time().toSecsSinceEpoch();
    double sumW = 0, sumWT = 0, sumWV = 0;
    for (const UsagePoint &point : series) {
        const double age = double(newest - point.time().toSecsSinceEpoch());
        const double w = std::exp2(-age / halfLife);
        sumW += w;
        sumWT += w * -age;
        sumWV += w * point.consumed;
    }
    double covariance = 0, variance = 0;
    for (const UsagePoint &point : series) {
        const double age = double(newest - point.time().toSecsSinceEpoch());
        const double w = std::exp2(-age / halfLife);
        covariance += w * (-age - sumWT / sumW) * (point.consumed - sumWV / sumW);
        variance += w * (-age - sumWT / sumW) * (-age - sumWT / sumW);
    }
    const double expectedPerDay = covariance / variance * 86400.0;

    const Forecast forecast = Forecast::compute(series, allocation, period, clock);
    QVERIFY(forecast.hasFittedRate());
    QVERIFY2(std::abs(forecast.ratePerDay() - expectedPerDay) <= 1e-9 * expectedPerDay,
             qPrintable(QStringLiteral("%1 per day, expected %2")
                            .arg(forecast.ratePerDay(), 0, 'g', 17)
                            .arg(expectedPerDay, 0, 'g', 17)));
}

QTEST_GUILESS_MAIN(ForecastTest)
#include "ForecastTest.moc"
