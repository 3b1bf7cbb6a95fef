#include "core/desktop/TrayStatus.h"

#include "core/display/DashboardText.h"

#include <QStringList>

TrayStatus TrayStatus::from(const Input &input, const Clock &clock) {
    TrayStatus status;
    const DashboardText text(clock);
    QStringList lines;
    lines.append(input.demo ? tr("Allium Usage (demo data)") : tr("Allium Usage"));

    if (input.snapshot) {
        const UsageSnapshot &snapshot = *input.snapshot;
        status.look = input.error ? Look::Stale : Look::Usage;
        if (const UnitUsage *top = snapshot.mostConsumedUnit()) {
            status.percent = top->percentUsed().value_or(0.0);
            status.level = input.thresholds.levelFor(*top);
        }
        for (const UnitUsage &unit : snapshot.units) {
            const std::optional<double> percent = unit.percentUsed();
            lines.append(
                percent ? tr("%1: %2").arg(unit.label(), text.format().percent(*percent))
                        : tr("%1: %2 used").arg(unit.label(), text.format().amount(unit.consumed)));
        }
        lines.append(text.resetCountdown(snapshot));
        if (!input.forecast.isEmpty())
            lines.append(input.forecast);
        lines.append(text.updatedAgo(snapshot.receivedAt));
    } else if (!input.hasKey) {
        status.look = Look::NoKey;
        lines.append(tr("No API key: open Settings to enter one."));
    } else if (input.error) {
        status.look = Look::Error;
    } else {
        status.look = Look::Loading;
        lines.append(tr("Loading…"));
    }

    if (input.error)
        lines.append(tr("Last refresh failed: %1").arg(input.error->message));
    else if (input.busy && input.snapshot)
        lines.append(tr("Refreshing…"));

    status.toolTip = lines.join(QLatin1Char('\n'));
    return status;
}
