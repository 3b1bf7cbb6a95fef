#include "core/forecast/Forecast.h"

#include "core/Clock.h"
#include "core/display/DashboardText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("Forecast", text, nullptr, n);
}

// Weighted least-squares slope of consumed over time, in units per second. Every reading counts,
// so one odd reading cannot swing the rate the way a first-and-last pair would; recent readings
// count more (their weight halves every halfLifeSeconds), so a speed-up shows in the projection.
double fittedRatePerSecond(const UsageSeries &series, qsizetype first, double halfLifeSeconds) {
    const qint64 newest = series.constLast().time.toSecsSinceEpoch();
    double sumW = 0, sumWT = 0, sumWV = 0;
    QList<double> weights;
    weights.reserve(series.size() - first);
    for (qsizetype i = first; i < series.size(); ++i) {
        const double age = double(newest - series.at(i).time.toSecsSinceEpoch());
        const double w = std::exp2(-age / halfLifeSeconds);
        weights.append(w);
        sumW += w;
        sumWT += w * -age;
        sumWV += w * series.at(i).consumed;
    }
    const double meanT = sumWT / sumW;
    const double meanV = sumWV / sumW;
    double covariance = 0, variance = 0;
    for (qsizetype i = first; i < series.size(); ++i) {
        const double w = weights.at(i - first);
        const double t = -double(newest - series.at(i).time.toSecsSinceEpoch()) - meanT;
        covariance += w * t * (series.at(i).consumed - meanV);
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
    forecast.m_lastAt = last.time;
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
    const qint64 span = series.at(first).time.secsTo(last.time);
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
    const double secondsLeft = periodEnd.isValid() ? double(last.time.secsTo(periodEnd)) : 0.0;
    forecast.m_projectedConsumed =
        last.consumed + forecast.m_ratePerSecond * qMax(0.0, secondsLeft);
    if (forecast.m_status == Status::OverAllocation)
        return forecast;

    if (forecast.m_projectedConsumed > *allocated && forecast.m_ratePerSecond > 0.0) {
        const double secondsToRunOut = (*allocated - last.consumed) / forecast.m_ratePerSecond;
        forecast.m_runOutAt = last.time.addSecs(qint64(std::ceil(secondsToRunOut)));
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
        return tr("Forecast after %n hours of readings", int(minimumSpanSeconds / 3600));
    case Status::PeriodOver:
        return tr("No forecast: the period has ended");
    case Status::OnTrack:
        return tr("On track: about %1 % used at reset").arg(percent());
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
        return tr("Projected to run out on %1, %n days before the reset", int(daysBefore))
            .arg(date);
    }
    }
    return QString();
}
