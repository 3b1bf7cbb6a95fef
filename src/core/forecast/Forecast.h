// Where one unit's consumption is heading: the rate drawn from the readings of the current
// allocation period, the projected use at the reset, and the projected run-out date if sooner.
#pragma once

#include "core/history/HistoryPeriod.h"
#include "core/history/UsagePoint.h"

#include <QDateTime>
#include <QString>

#include <optional>

class Clock;

class Forecast final {
public:
    enum class Status {
        NoAllocation,     // nothing to run out of
        NotEnoughHistory, // too few readings, or too short a stretch of time
        PeriodOver,       // the period ended; the next reading starts a new one
        OnTrack,          // projected to stay within the allocation until the reset
        RunsOut,          // projected to reach the allocation before the reset
        OverAllocation,   // already beyond it
    };

    // What a forecast needs before it says anything.
    static constexpr int minimumReadings = 3;
    static constexpr qint64 minimumSpanSeconds = 6 * 3600;

    // series: one unit's readings in the period, oldest first. A drop in consumption means the
    // allocation was reset, and only the readings after it count.
    static Forecast compute(const UsageSeries &series, std::optional<double> allocated,
                            const HistoryPeriod &period, const Clock &clock);

    Status status() const { return m_status; }
    bool hasProjection() const {
        return m_status == Status::OnTrack || m_status == Status::RunsOut ||
               m_status == Status::OverAllocation;
    }
    double ratePerDay() const { return m_ratePerSecond * 86400.0; }
    // Consumption projected at the period end, and as a percentage of the allocation.
    double projectedConsumed() const { return m_projectedConsumed; }
    std::optional<double> projectedPercent() const;
    // When consumption is projected to reach the allocation; invalid unless status() is RunsOut.
    QDateTime runOutAt() const { return m_runOutAt; }
    QDateTime periodEnd() const { return m_periodEnd; }
    // The reading the projection starts from (the newest one of the series).
    QDateTime projectionStart() const { return m_lastAt; }
    double projectionStartConsumed() const { return m_lastConsumed; }
    // The number of readings the rate was drawn from.
    int readingCount() const { return m_readingCount; }

    // A sentence for a person, e.g. "On track: about 62 % used at reset". Never a certainty.
    QString text() const;

private:
    Status m_status = Status::NoAllocation;
    double m_ratePerSecond = 0.0;
    double m_projectedConsumed = 0.0;
    std::optional<double> m_allocated;
    QDateTime m_runOutAt;
    QDateTime m_periodEnd;
    QDateTime m_lastAt;
    double m_lastConsumed = 0.0;
    int m_readingCount = 0;
    QDate m_computedOn; // today, when the forecast was made: a date in text() has its year unless
                        // it is this year's
};
