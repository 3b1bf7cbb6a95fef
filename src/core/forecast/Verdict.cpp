#include "core/forecast/Verdict.h"

#include "core/api/UsageSnapshot.h"
#include "core/display/UsageFormat.h"
#include "core/forecast/SnapshotForecasts.h"

#include <QLocale>

#include <algorithm>

QString Verdict::line() const {
    if (unitKey.isEmpty())
        return {};
    //: The headline in one line: %1 unit, %2 its figure, %3 the verdict, e.g. "Explorer units
    //: 82 % · Projected to run out on 27 Dec, 4 days before the reset"
    return tr("%1 %2 · %3").arg(unitLabel, figure, sentence);
}

Verdict Verdict::of(const UsageSnapshot &snapshot, const SnapshotForecasts &forecasts,
                    const UsageThresholds &thresholds, bool periodEnded,
                    const UsageFormat &format) {
    Verdict verdict;
    const UnitUsage *unit = forecasts.closestToRunningOut(snapshot);
    if (!unit) {
        verdict.sentence = snapshot.units.isEmpty() ? tr("The API reported no units")
                                                    : tr("No unit reported its consumption");
        return verdict;
    }
    verdict.unitKey = unit->key;
    verdict.unitLabel = unit->label();
    verdict.level = thresholds.levelFor(*unit);
    const std::optional<double> percent = unit->percentUsed();
    if (!percent) {
        //: A unit without an allocation: %1 the amount consumed, e.g. "1,234 used"
        verdict.figure = tr("%1 used").arg(format.compactAmount(*unit->consumed));
        verdict.sentence = snapshot.cadence() == AllocationCadence::None
                               ? tr("Trial: no allocation to run out of")
                               : tr("No allocation to run out of");
        return verdict;
    }
    verdict.figure = format.headlinePercent(*percent);
    if (periodEnded) {
        verdict.sentence = tr("No forecast: the period has ended");
        return verdict;
    }
    const std::optional<Forecast> forecast = forecasts.forUnit(unit->key);
    if (!forecast) {
        verdict.sentence = tr("No forecast");
        return verdict;
    }
    if (forecast->status() == Forecast::Status::OverAllocation) {
        const QString over = format.compactAmount(-unit->remaining().value_or(0.0));
        const std::optional<double> projected = forecast->projectedPercent();
        if (forecast->hasFittedRate() && forecast->ratePerDay() > 0.0 && projected) {
            //: %1 the amount over, %2 the projected percentage, e.g. "Over the allocation by
            //: 31.75; about 160 % at reset at this pace"
            verdict.sentence = tr("Over the allocation by %1; about %2 % at reset at this pace")
                                   .arg(over, QLocale().toString(qRound64(*projected)));
        } else {
            verdict.sentence = tr("Over the allocation by %1").arg(over);
        }
        return verdict;
    }
    verdict.sentence = forecast->text();
    // "On pace" beside a warning or critical colour needs its reason, or it reads as a
    // contradiction: within the allocation, but past a threshold now or by the reset.
    const std::optional<double> projected = forecast->projectedPercent();
    if (forecast->status() == Forecast::Status::OnTrack && projected) {
        const UsageLevel atReset = thresholds.levelFor(std::max(*projected, *percent));
        if (atReset == UsageLevel::Critical) {
            //: %1 e.g. "On pace: about 95 % at reset", %2 the threshold, e.g. "90 %"
            verdict.sentence =
                tr("%1, within the allocation but past the critical threshold (%2)")
                    .arg(forecast->text(), format.wholePercent(thresholds.criticalPercent));
        } else if (atReset == UsageLevel::Warning) {
            //: %1 e.g. "On pace: about 80 % at reset", %2 the threshold, e.g. "75 %"
            verdict.sentence =
                tr("%1, within the allocation but past the warning threshold (%2)")
                    .arg(forecast->text(), format.wholePercent(thresholds.warningPercent));
        }
    }
    return verdict;
}
