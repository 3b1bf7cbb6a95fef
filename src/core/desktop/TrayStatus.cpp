#include "core/desktop/TrayStatus.h"

#include "core/reading/ReadingText.h"

#include <QStringList>

#include <algorithm>

namespace {

// A unit's figure as the tray says it: "80 %", "4,321 used" or "not reported".
QString unitFigure(const UnitUsage &unit, const UsageFormat &format) {
    const std::optional<double> percent = unit.percentUsed();
    if (percent)
        return format.percent(*percent);
    if (unit.consumed)
        return TrayStatus::tr("%1 used").arg(format.consumed(unit));
    return UsageFormat::notReported();
}

} // namespace

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
        for (const UnitUsage &unit : snapshot.units)
            lines.append(tr("%1: %2").arg(unit.label(), unitFigure(unit, format)));
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

QString TrayStatus::OrganizationLine::menuText() const {
    const QString line = tr("%1 — %2").arg(name, figure);
    return note.isEmpty() ? line : tr("%1 (not current)").arg(line);
}

TrayStatus TrayStatus::from(const QList<Input> &organizations, const UsageThresholds &thresholds,
                            const Clock &clock) {
    if (organizations.isEmpty())
        return from(ReadingState(), thresholds, QString(), clock);
    if (organizations.size() == 1) {
        const Input &only = organizations.constFirst();
        return from(only.state, thresholds, only.forecast, clock);
    }

    const ReadingText text(clock);
    const UsageFormat &format = text.dashboard().format();
    TrayStatus status;
    QStringList lines{tr("Allium Usage")};
    const OrganizationLine *worst = nullptr;
    bool anyError = false;
    bool anyLoading = false;
    for (const Input &input : organizations) {
        const TrayStatus own = from(input.state, thresholds, input.forecast, clock);
        const ReadingState &state = input.state;
        OrganizationLine line;
        line.id = input.id;
        line.name = input.name;
        line.look = own.look;
        line.percent = own.percent;
        line.level = own.level;
        if (state.snapshot) {
            const UnitUsage *top = state.snapshot->mostConsumedUnit();
            line.figure = top ? tr("%1 %2").arg(top->label(), unitFigure(*top, format))
                              : tr("no units reported");
            // Old or restored figures say so beside them, never passing for current ones.
            if (state.periodEnded)
                line.note = text.periodNote(state);
            else if (state.freshness != ReadingState::Freshness::Current)
                line.note = text.freshness(state);
        } else if (own.look == Look::NoKey) {
            line.figure = tr("No API key");
        } else if (own.look == Look::Error) {
            line.figure = tr("Refresh failed: %1").arg(state.error->message);
        } else {
            line.figure = tr("Loading…");
        }
        status.organizations.append(line);
        lines.append(line.note.isEmpty()
                         ? tr("%1 — %2").arg(line.name, line.figure)
                         : tr("%1 — %2 — %3").arg(line.name, line.figure, line.note));
        anyError = anyError || own.look == Look::Error;
        anyLoading = anyLoading || own.look == Look::Loading;
        status.someNotCurrent =
            status.someNotCurrent || own.look == Look::Error || own.look == Look::Stale;
    }

    for (const OrganizationLine &line : std::as_const(status.organizations)) {
        if (line.look != Look::Usage && line.look != Look::Stale)
            continue;
        if (!worst || severityOf(line.level) > severityOf(worst->level) ||
            (line.level == worst->level && line.percent > worst->percent))
            worst = &line;
    }
    if (worst) {
        status.look = worst->look;
        status.level = worst->level;
        status.percent = worst->percent;
    } else if (anyError) {
        status.look = Look::Error;
    } else if (anyLoading) {
        status.look = Look::Loading;
    } else {
        status.look = Look::NoKey;
    }
    status.toolTip = lines.join(QLatin1Char('\n'));
    return status;
}
