#include "core/desktop/TrayStatus.h"

#include "core/reading/ReadingText.h"

#include <QStringList>

TrayStatus TrayStatus::from(const ReadingState &state, const UsageThresholds &thresholds,
                            const QString &forecast, const Clock &clock) {
    TrayStatus status;
    const ReadingText text(clock);
    const UsageFormat &format = text.dashboard().format();
    const bool settled = ReadingText::showsBanner(state);
    QStringList lines;
    lines.append(state.demo ? tr("Allium Usage (demo data)") : tr("Allium Usage"));

    if (state.snapshot) {
        const UsageSnapshot &snapshot = *state.snapshot;
        status.look = settled || state.periodEnded ? Look::Stale : Look::Usage;
        if (const UnitUsage *top = snapshot.mostConsumedUnit()) {
            status.percent = top->percentUsed().value_or(0.0);
            status.level = thresholds.levelFor(*top);
        }
        for (const UnitUsage &unit : snapshot.units) {
            const std::optional<double> percent = unit.percentUsed();
            if (percent)
                lines.append(tr("%1: %2").arg(unit.label(), format.percent(*percent)));
            else if (unit.consumed)
                lines.append(tr("%1: %2 used").arg(unit.label(), format.consumed(unit)));
            else
                lines.append(tr("%1: %2").arg(unit.label(), UsageFormat::notReported()));
        }
        const QString period = text.periodNote(state);
        if (!period.isEmpty())
            lines.append(period);
        if (!forecast.isEmpty() && !state.periodEnded)
            lines.append(forecast);
        lines.append(text.freshness(state));
    } else if (!state.hasSource) {
        status.look = Look::NoKey;
        lines.append(tr("No API key: open Settings to enter one."));
    } else if (settled) {
        status.look = Look::Error;
    } else {
        status.look = Look::Loading;
        lines.append(tr("Loading…"));
    }

    if (settled)
        lines.append(tr("Last refresh failed: %1").arg(state.error->message));
    else if (state.error || (state.busy && state.snapshot))
        lines.append(text.schedule(state)); // "Retrying in 12 s", "Refreshing…"

    lines.removeAll(QString());
    status.toolTip = lines.join(QLatin1Char('\n'));
    return status;
}
