#include "core/desktop/OrganizationOverview.h"

#include "core/forecast/SnapshotForecasts.h"
#include "core/forecast/Verdict.h"
#include "core/reading/ReadingText.h"

#include <QStringList>

#include <algorithm>

namespace {

using Row = OrganizationOverview::Row;
using Standing = OrganizationOverview::Standing;

// A unit's level says where it stands now; a forecast that it runs out before the reset makes
// a quiet-looking organization one to look at all the same.
Standing standingOf(UsageLevel level, const std::optional<UnitOverview> &unit) {
    switch (level) {
    case UsageLevel::Over:
        return Standing::Over;
    case UsageLevel::Critical:
        return Standing::Critical;
    case UsageLevel::Warning:
        return Standing::Warning;
    case UsageLevel::Normal:
        return unit && unit->projectedPercent && *unit->projectedPercent >= 100.0
                   ? Standing::Warning
                   : Standing::Normal;
    case UsageLevel::NoAllocation:
        break;
    }
    return Standing::Quiet;
}

void describeFigures(Row &row, const TrayStatus::Input &input, const UsageThresholds &thresholds,
                     const ReadingText &text) {
    const ReadingState &state = input.state;
    const UsageSnapshot &snapshot = *state.snapshot;
    const SnapshotForecasts none;
    const SnapshotForecasts &forecasts = input.forecasts ? *input.forecasts : none;
    const UsageFormat &format = text.dashboard().format();
    // The same headline the organization's dashboard opens with.
    const Verdict verdict = Verdict::of(snapshot, forecasts, thresholds, state.periodEnded, format);
    const QList<UnitOverview> units =
        UnitOverview::of(snapshot, forecasts, thresholds, state.periodEnded, format);
    for (const UnitOverview &unit : units) {
        if (!verdict.unitKey.isEmpty() && unit.key == verdict.unitKey)
            row.unit = unit;
    }
    row.standing = standingOf(verdict.level, row.unit);
    row.figure = verdict.figure;
    row.sentence = state.historyLoading ? OrganizationOverview::tr("Working out the forecast…")
                                        : verdict.sentence;
    row.reset = text.periodNote(state);
    // Figures that are not current say so beside them, never passing for current ones.
    if (ReadingText::showsBanner(state)) {
        //: %1 how old the figures are, %2 why the refresh failed
        row.note = OrganizationOverview::tr("%1 · Refresh failed: %2")
                       .arg(text.freshness(state), TrayStatus::shortFailure(*state.error));
    } else if (state.freshness != ReadingState::Freshness::Current && !state.periodEnded) {
        row.note = text.freshness(state);
    }
}

Row rowOf(const TrayStatus::Input &input, const UsageThresholds &thresholds,
          const ReadingText &text) {
    Row row;
    row.id = input.id;
    row.name = input.name;
    const ReadingState &state = input.state;
    if (state.snapshot) {
        describeFigures(row, input, thresholds, text);
    } else if (!state.hasSource) {
        row.standing = Standing::NoKey;
        row.figure = OrganizationOverview::tr("No API key");
        row.sentence = OrganizationOverview::tr("Enter its key in Settings, under Organizations.");
    } else if (ReadingText::showsBanner(state)) {
        row.standing = Standing::Failing;
        row.figure = OrganizationOverview::tr("Refresh failed");
        row.sentence = state.error->message;
        row.reset = text.schedule(state); // when it tries again
    } else {
        row.standing = Standing::Loading;
        row.figure = OrganizationOverview::tr("Loading…");
        row.sentence = text.schedule(state); // "Refreshing…", "Retrying in 12 s"
    }
    QStringList parts{
        row.unit ? OrganizationOverview::tr("%1: %2 %3").arg(row.name, row.unit->label, row.figure)
                 : OrganizationOverview::tr("%1: %2").arg(row.name, row.figure),
        row.sentence, row.reset, row.note};
    parts.removeAll(QString());
    row.description = parts.join(QStringLiteral(". "));
    return row;
}

QString headlineOf(const QList<Row> &rows) {
    const qsizetype attention = std::count_if(rows.cbegin(), rows.cend(),
                                              [](const Row &row) { return row.needsAttention(); });
    if (attention == 1) {
        //: The overview's headline: %1 the one organization in trouble
        return OrganizationOverview::tr("%1 needs attention").arg(rows.constFirst().name);
    }
    if (attention > 1) {
        //: The overview's headline: %1 how many need attention, %2 how many there are
        return OrganizationOverview::tr("%1 of %2 organizations need attention")
            .arg(attention)
            .arg(rows.size());
    }
    const bool allRead = std::all_of(rows.cbegin(), rows.cend(), [](const Row &row) {
        return row.standing == Standing::Normal || row.standing == Standing::Quiet;
    });
    if (allRead)
        return OrganizationOverview::tr("All %1 organizations are within their thresholds")
            .arg(rows.size());
    const bool noneRead = std::none_of(rows.cbegin(), rows.cend(), [](const Row &row) {
        return row.standing == Standing::Normal || row.standing == Standing::Quiet;
    });
    return noneRead ? OrganizationOverview::tr("Waiting for the first readings")
                    : OrganizationOverview::tr("No organization needs attention so far");
}

} // namespace

UsageLevel OrganizationOverview::levelOf(Standing standing) {
    switch (standing) {
    case Standing::Over:
        return UsageLevel::Over;
    case Standing::Critical:
    case Standing::Failing:
        return UsageLevel::Critical;
    case Standing::Warning:
        return UsageLevel::Warning;
    case Standing::Normal:
        return UsageLevel::Normal;
    case Standing::Quiet:
    case Standing::Loading:
    case Standing::NoKey:
        break;
    }
    return UsageLevel::NoAllocation;
}

QString OrganizationOverview::Row::line() const {
    QStringList parts{unit ? tr("%1 %2").arg(unit->label, figure) : figure, sentence, reset, note};
    parts.removeAll(QString());
    //: A line of the copied overview: %1 the organization, %2 its figures and verdict
    return tr("%1 — %2").arg(name, parts.join(QStringLiteral(" · ")));
}

OrganizationOverview OrganizationOverview::of(const QList<TrayStatus::Input> &organizations,
                                              const UsageThresholds &thresholds,
                                              const Clock &clock) {
    const ReadingText text(clock);
    OrganizationOverview overview;
    for (const TrayStatus::Input &input : organizations)
        overview.rows.append(rowOf(input, thresholds, text));
    // Worst first; among equals the more consumed first, then the person's order.
    std::stable_sort(overview.rows.begin(), overview.rows.end(), [](const Row &a, const Row &b) {
        if (a.standing != b.standing)
            return a.standing < b.standing;
        const double aPercent = a.unit ? a.unit->percent.value_or(0.0) : 0.0;
        const double bPercent = b.unit ? b.unit->percent.value_or(0.0) : 0.0;
        return aPercent > bPercent;
    });
    if (!overview.rows.isEmpty())
        overview.headline = headlineOf(overview.rows);
    return overview;
}

QString OrganizationOverview::summary() const {
    QStringList lines{headline};
    for (const Row &row : rows)
        lines.append(row.line());
    return lines.join(QLatin1Char('\n'));
}
