#include "core/forecast/Forecast.h"

#include "core/Clock.h"
#include "core/display/DashboardText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <memory>

namespace {

// tr()'s own shape (text, disambiguation, count): lupdate reads a count in the second place as a
// disambiguation, which left the plurals without their German.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("Forecast", text, disambiguation, n);
}

// Weighted least-squares slope of consumed over time, in units per second. Every reading counts,
// so one odd reading cannot swing the rate the way a first-and-last pair would; recent readings
// count more (their weight halves every halfLifeSeconds), so a speed-up shows in the projection.
// A long period holds a hundred thousand readings and this runs at every refresh, so the weights
// are worked out newest first, each from the one after it: readings come at a steady interval, so
// the factor for a gap is worked out again only when the gap changes.
double fittedRatePerSecond(const UsageSeries &series, qsizetype first, double halfLifeSeconds) {
    const qsizetype count = series.size() - first;
    const std::unique_ptr<double[]> weights(new double[size_t(count)]); // written before read
    const qint64 newest = series.constLast().msecs / 1000;
    // A reading's time in the fit: seconds before the newest reading, negated.
    const auto timeOf = [&series, first, newest](qsizetype i) {
        return -double(newest - series.at(first + i).msecs / 1000);
    };
    double later = 0.0; // the time of the reading after this one
    double gap = 0.0;
    double factor = 1.0; // 2^(-gap / halfLifeSeconds)
    // 2^(-age / halfLifeSeconds): the product of the factors of every gap since the newest.
    double weight = 1.0;
    double sumW = 0, sumWT = 0, sumWV = 0;
    for (qsizetype i = count - 1; i >= 0; --i) {
        const double t = timeOf(i);
        if (later - t != gap) {
            gap = later - t;
            factor = std::exp2(-gap / halfLifeSeconds);
        }
        weight *= factor;
        later = t;
        weights[size_t(i)] = weight;
        sumW += weight;
        sumWT += weight * t;
        sumWV += weight * series.at(first + i).consumed;
    }
    const double meanT = sumWT / sumW;
    const double meanV = sumWV / sumW;
    double covariance = 0, variance = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const double w = weights[size_t(i)];
        const double t = timeOf(i) - meanT;
        covariance += w * t * (series.at(first + i).consumed - meanV);
        variance += w * t * t;
    }
    return variance > 0 ? covariance / variance : 0.0;
}

} // namespace

Forecast Forecast::compute(const UsageSeries &series, std::optional<double> allocated,
                           const HistoryPeriod &period, const Clock &clock) {
    const QDateTime &periodEnd = period.end;
    Forecast forecast;
    forecast.m_computedOn = clock.now().toLocalTime().date();
    forecast.m_periodEnd = periodEnd;
    forecast.m_allocated = allocated;
    if (!allocated || *allocated <= 0.0) {
        forecast.m_status = Status::NoAllocation;
        return forecast;
    }

    // Consumption only grows within a period; a drop means a reset, so a new series starts there.
    qsizetype first = 0;
    for (qsizetype i = 1; i < series.size(); ++i) {
        if (series.at(i).consumed < series.at(i - 1).consumed)
            first = i;
    }
    forecast.m_readingCount = int(series.size() - first);
    if (series.isEmpty()) {
        forecast.m_status = Status::NotEnoughHistory;
        return forecast;
    }

    const UsagePoint &last = series.constLast();
    forecast.m_lastAt = last.time();
    forecast.m_lastConsumed = last.consumed;
    forecast.m_projectedConsumed = last.consumed;

    const QDateTime now = clock.now();
    if (periodEnd.isValid() && now >= periodEnd) {
        forecast.m_status = Status::PeriodOver;
        return forecast;
    }
    if (last.consumed >= *allocated) {
        // Already past it: say so even with little history; the projection still needs a rate.
        forecast.m_status = Status::OverAllocation;
    }
    const qint64 span = (last.msecs - series.at(first).msecs) / 1000;
    if (forecast.m_readingCount < minimumReadings || span < minimumSpanSeconds) {
        if (forecast.m_status != Status::OverAllocation)
            forecast.m_status = Status::NotEnoughHistory;
        return forecast;
    }

    // Three days for a monthly allocation, a tenth of the period for longer ones.
    const double periodSeconds =
        period.start.isValid() && periodEnd.isValid() ? double(period.start.secsTo(periodEnd)) : 0;
    const double halfLife = qMax(3.0 * 86400.0, periodSeconds / 10.0);
    forecast.m_ratePerSecond = qMax(0.0, fittedRatePerSecond(series, first, halfLife));
    forecast.m_fitted = true;
    const double secondsLeft =
        periodEnd.isValid() ? double(forecast.m_lastAt.secsTo(periodEnd)) : 0.0;
    forecast.m_projectedConsumed =
        last.consumed + forecast.m_ratePerSecond * qMax(0.0, secondsLeft);
    if (forecast.m_status == Status::OverAllocation)
        return forecast;

    if (forecast.m_projectedConsumed > *allocated && forecast.m_ratePerSecond > 0.0) {
        const double secondsToRunOut = (*allocated - last.consumed) / forecast.m_ratePerSecond;
        forecast.m_runOutAt = forecast.m_lastAt.addSecs(qint64(std::ceil(secondsToRunOut)));
        forecast.m_status = Status::RunsOut;
    } else {
        forecast.m_status = Status::OnTrack;
    }
    return forecast;
}

std::optional<double> Forecast::projectedPercent() const {
    if (!m_allocated || *m_allocated <= 0.0 || !hasProjection())
        return std::nullopt;
    return m_projectedConsumed / *m_allocated * 100.0;
}

QString Forecast::text() const {
    const QLocale locale;
    const auto percent = [this, &locale] {
        return locale.toString(qRound64(projectedPercent().value_or(0.0)));
    };
    switch (m_status) {
    case Status::NoAllocation:
        return tr("No forecast: this unit has no allocation");
    case Status::NotEnoughHistory:
        return tr("Forecast after %n hours of readings", nullptr, int(minimumSpanSeconds / 3600));
    case Status::PeriodOver:
        return tr("No forecast: the period has ended");
    case Status::OnTrack:
        // "On pace", not "on track": 95 % at the reset is within the allocation, but not relaxed.
        return tr("On pace: about %1 % at reset").arg(percent());
    case Status::OverAllocation:
        if (m_ratePerSecond > 0.0)
            return tr("Over the allocation: about %1 % projected at reset").arg(percent());
        return tr("Over the allocation");
    case Status::RunsOut: {
        // Counted in calendar days, as a person reads "on 27 Apr, 4 days before the reset (1 May)".
        const QDate runOut = m_runOutAt.toLocalTime().date();
        const qint64 daysBefore = runOut.daysTo(m_periodEnd.toLocalTime().date());
        const QString date = DashboardText::shortDate(runOut, m_computedOn, locale);
        if (daysBefore < 1)
            return tr("Projected to run out on %1, just before the reset").arg(date);
        if (daysBefore == 1)
            return tr("Projected to run out on %1, a day before the reset").arg(date);
        return tr("Projected to run out on %1, %n days before the reset", nullptr, int(daysBefore))
            .arg(date);
    }
    }
    return QString();
}
