#include "core/display/UnitOverview.h"

#include "core/api/UsageSnapshot.h"
#include "core/display/UsageFormat.h"
#include "core/forecast/SnapshotForecasts.h"

#include <QStringList>

QList<UnitOverview> UnitOverview::of(const UsageSnapshot &snapshot,
                                     const SnapshotForecasts &forecasts,
                                     const UsageThresholds &thresholds, bool periodEnded,
                                     const UsageFormat &format) {
    QList<UnitOverview> units;
    for (const UnitUsage &unit : snapshot.units) {
        UnitOverview card;
        card.key = unit.key;
        card.label = unit.label();
        card.level = thresholds.levelFor(unit);
        card.percent = unit.percentUsed();
        card.overBy = format.overBy(unit);
        if (!unit.consumed) {
            card.figure = UsageFormat::notReported();
            if (unit.allocated)
                //: A unit whose consumption was not reported: %1 its allocation
                card.amounts = tr("allocation %1").arg(format.compactAmount(*unit.allocated));
            card.exactAmounts = unit.allocated
                                    //: %1 the allocation, exact
                                    ? tr("consumption not reported (allocation %1)")
                                          .arg(format.amount(*unit.allocated))
                                    : tr("consumption not reported");
        } else if (card.percent) {
            card.figure = format.percent(*card.percent);
            //: %1 consumed, %2 allocated, shortened, e.g. "1.19 M of 2 M"
            card.amounts = tr("%1 of %2")
                               .arg(format.compactAmount(*unit.consumed),
                                    format.compactAmount(*unit.allocated));
            //: %1 consumed, %2 allocated, %3 percentage, e.g. "1,193,499 of 2,000,000 (59.7 %)"
            card.exactAmounts = tr("%1 of %2 (%3)")
                                    .arg(format.amount(*unit.consumed),
                                         format.amount(*unit.allocated), card.figure);
        } else {
            //: A unit without an allocation: %1 the amount consumed, e.g. "1,234 used"
            card.figure = tr("%1 used").arg(format.compactAmount(*unit.consumed));
            card.amounts = unit.allocated ? tr("allocation is 0") : tr("no allocation");
            //: %1 the amount consumed, exact, e.g. "1,234 used (no allocation)"
            card.exactAmounts = tr("%1 used (%2)").arg(format.amount(*unit.consumed), card.amounts);
        }

        const std::optional<Forecast> forecast = forecasts.forUnit(unit.key);
        if (forecast && !periodEnded) {
            card.forecast = forecast->text();
            if (forecast->hasFittedRate()) {
                card.projectedPercent = forecast->projectedPercent();
                //: A unit's recent daily consumption, e.g. "about 48.3 K a day"
                card.rate = tr("about %1 a day").arg(format.compactAmount(forecast->ratePerDay()));
            }
        } else if (periodEnded && card.percent) {
            card.forecast = tr("No forecast: the period has ended");
        }

        QStringList said{card.label, card.exactAmounts};
        if (!card.overBy.isEmpty())
            said << card.overBy;
        if (card.level != UsageLevel::NoAllocation)
            said << UsageThresholds::levelName(card.level);
        said << card.forecast << card.rate;
        said.removeAll(QString());
        card.description = said.join(QStringLiteral(" — "));
        units.append(card);
    }
    return units;
}
