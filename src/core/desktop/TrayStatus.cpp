#include "core/desktop/TrayStatus.h"

#include "core/display/UnitOverview.h"
#include "core/forecast/SnapshotForecasts.h"
#include "core/forecast/Verdict.h"
#include "core/organizations/OrganizationReadings.h"
#include "core/reading/CurrentReading.h"
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

// One organization's line: its own status, its top figure, and why that figure is not current.
TrayStatus::OrganizationLine lineOf(const TrayStatus::Input &input, const TrayStatus &own,
                                    const ReadingText &text) {
    TrayStatus::OrganizationLine line;
    line.id = input.id;
    line.name = input.name;
    line.look = own.look;
    line.percent = own.percent;
    line.level = own.level;
    const ReadingState &state = input.state;
    if (state.snapshot) {
        const UnitUsage *top = state.snapshot->mostConsumedUnit();
        line.figure = top ? TrayStatus::tr("%1 %2").arg(top->label(),
                                                        unitFigure(*top, text.dashboard().format()))
                          : TrayStatus::tr("no units reported");
        // Old or restored figures say so beside them, never passing for current ones.
        if (state.periodEnded)
            line.note = text.periodNote(state);
        else if (state.freshness != ReadingState::Freshness::Current)
            line.note = text.freshness(state);
    } else if (own.look == TrayStatus::Look::NoKey) {
        line.figure = TrayStatus::tr("No API key");
    } else if (own.look == TrayStatus::Look::Error) {
        line.figure =
            TrayStatus::tr("Refresh failed: %1").arg(TrayStatus::shortFailure(*state.error));
    } else {
        line.figure = TrayStatus::tr("Loading…");
    }
    return line;
}

} // namespace

QList<TrayStatus::Input> TrayStatus::inputsOf(const OrganizationReadings &readings) {
    QList<Input> inputs;
    for (const Organization &organization : readings.organizations()) {
        const CurrentReading *reading = readings.reading(organization.id);
        inputs.append(
            {organization.id, organization.name, reading->state(), &reading->forecasts()});
    }
    return inputs;
}

QString TrayStatus::shortFailure(const UsageError &error) {
    switch (error.kind) {
    case UsageErrorKind::Configuration:
        break;
    case UsageErrorKind::Unauthorized:
        return tr("API key rejected (HTTP %1)").arg(error.httpStatus);
    case UsageErrorKind::Forbidden:
        return tr("no access (HTTP %1)").arg(error.httpStatus);
    case UsageErrorKind::RateLimited:
        return tr("rate limited (HTTP %1)").arg(error.httpStatus);
    case UsageErrorKind::Server:
        return tr("server error (HTTP %1)").arg(error.httpStatus);
    case UsageErrorKind::HttpStatus:
        return tr("unexpected answer (HTTP %1)").arg(error.httpStatus);
    case UsageErrorKind::Network:
        return tr("no connection");
    case UsageErrorKind::InvalidResponse:
        return tr("not valid usage data");
    }
    return error.message;
}

TrayStatus TrayStatus::from(const ReadingState &state, const UsageThresholds &thresholds,
                            const SnapshotForecasts &forecasts, const Clock &clock) {
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
        status.periodLine = period;
        if (!forecasts.isEmpty() && !state.periodEnded && !state.historyLoading)
            status.verdict =
                Verdict::of(snapshot, forecasts, thresholds, state.periodEnded, format).line();
        lines.append(status.verdict);
        lines.append(text.freshness(state));
        const QList<UnitOverview> units =
            UnitOverview::of(snapshot, forecasts, thresholds, state.periodEnded, format);
        for (const UnitOverview &unit : units) {
            //: A unit in the tray menu: %1 name, %2 figure, %3 amounts, e.g. "Developer units:
            //: 59.7 % (1.19 M of 2 M)"
            status.unitLines.append(
                {unit.key, unit.amounts.isEmpty() || !unit.percent
                               ? tr("%1: %2").arg(unit.label, unit.figure)
                               : tr("%1: %2 (%3)").arg(unit.label, unit.figure, unit.amounts)});
        }
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
        return from(ReadingState(), thresholds, SnapshotForecasts(), clock);
    if (organizations.size() == 1) {
        const Input &only = organizations.constFirst();
        return from(only.state, thresholds, only.forecasts ? *only.forecasts : SnapshotForecasts(),
                    clock);
    }

    const ReadingText text(clock);
    TrayStatus status;
    QStringList lines{tr("Allium Usage")};
    bool anyError = false;
    bool anyLoading = false;
    for (const Input &input : organizations) {
        const TrayStatus own =
            from(input.state, thresholds, input.forecasts ? *input.forecasts : SnapshotForecasts(),
                 clock);
        const OrganizationLine line = lineOf(input, own, text);
        status.organizations.append(line);
        lines.append(line.note.isEmpty()
                         ? tr("%1 — %2").arg(line.name, line.figure)
                         : tr("%1 — %2 — %3").arg(line.name, line.figure, line.note));
        anyError = anyError || own.look == Look::Error;
        anyLoading = anyLoading || own.look == Look::Loading;
        status.someNotCurrent =
            status.someNotCurrent || own.look == Look::Error || own.look == Look::Stale;
    }

    const OrganizationLine *worst = nullptr;
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
