#include "core/demo/DemoUsageGenerator.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

constexpr double secondsPerDay = 86400.0;
constexpr double twoPi = 6.283185307179586;
// How strongly the usage rate swings over a day: between 0.4x and 1.6x of the average rate, peaking
// at 12:00 UTC. Under 1, so the rate never falls to zero and consumption never drops.
constexpr double dailySwing = 0.6;
constexpr double peakPhase = twoPi * 0.25; // the sine's peak moves from 06:00 to 12:00 UTC

// From the 11th a month is a third under way; before, the demo's period began mid last month.
constexpr int firstDayOfCalendarPeriod = 11;
constexpr int midMonthStart = 16;

QString isoTime(const QDateTime &time) {
    return time.toString(Qt::ISODate);
}

} // namespace

DemoUsageGenerator::Period DemoUsageGenerator::periodAround(const QDateTime &now) {
    const QDate today = now.toUTC().date();
    const QDate first(today.year(), today.month(), 1);
    const QDate start = today.day() >= firstDayOfCalendarPeriod
                            ? first
                            : first.addMonths(-1).addDays(midMonthStart - 1);
    return {QDateTime(start, QTime(0, 0), Qt::UTC),
            QDateTime(start.addMonths(1), QTime(0, 0), Qt::UTC)};
}

double DemoUsageGenerator::consumedShareOfPeriod(const QDateTime &at, const Period &period) {
    const auto &[start, end] = period;
    const double monthSeconds = double(start.secsTo(end));
    const double elapsed = double(start.secsTo(at.toUTC()));
    // The integral of a rate 1 + swing * sin(2 pi t / day - phase). Over whole days the wave adds
    // nothing, so the share reaches exactly 1 at the end of the month.
    const double angle = twoPi * elapsed / secondsPerDay - peakPhase;
    const double wave =
        dailySwing * secondsPerDay / twoPi * (std::cos(-peakPhase) - std::cos(angle));
    return std::clamp((elapsed + wave) / monthSeconds, 0.0, 1.0);
}

QByteArray DemoUsageGenerator::responseBody(const QDateTime &now) const {
    return responseBody(now, periodAround(now));
}

QByteArray DemoUsageGenerator::responseBody(const QDateTime &at, const Period &period) const {
    const auto &[start, end] = period;
    const double share = consumedShareOfPeriod(at, period);
    // Rounded down, so the figures never go backwards: whole developer units, explorer units in
    // hundredths.
    const double developer = std::floor(DeveloperAllocation * DeveloperShareAtMonthEnd * share);
    const double explorer =
        std::floor(ExplorerAllocation * ExplorerShareAtMonthEnd * share * 100.0) / 100.0;

    const QJsonObject body{
        {QStringLiteral("billing_period_start"), isoTime(start)},
        {QStringLiteral("billing_period_end"), isoTime(end)},
        {QStringLiteral("allocation_period_start"), isoTime(start)},
        {QStringLiteral("allocation_period_end"), isoTime(end)},
        {QStringLiteral("allocation_cadence"), QStringLiteral("monthly")},
        {QStringLiteral("allocation_amounts"),
         QJsonObject{{QStringLiteral("developer_units"), DeveloperAllocation},
                     {QStringLiteral("explorer_units"), ExplorerAllocation}}},
        {QStringLiteral("consumed_amounts"),
         QJsonObject{{QStringLiteral("developer_units"), developer},
                     {QStringLiteral("explorer_units"), explorer}}},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
