// The window's overview of several organizations, answering "is any of them in trouble?": for
// each one the headline its own dashboard opens with (the unit closest to running out, its figure,
// level and verdict), the reset, and why its figures are not current or why there are none;
// ordered worst first. Pure logic: the overview widget only lays the rows out.
#pragma once

#include "core/desktop/TrayStatus.h"
#include "core/display/UnitOverview.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Clock;

struct OrganizationOverview {
    Q_DECLARE_TR_FUNCTIONS(OrganizationOverview)

public:
    // How much attention an organization asks for, the most first: the overview's order (the
    // levels' as severityOf ranks them). One that cannot be read at all ranks right after a
    // critical one, since its figures could be anything.
    enum class Standing { Over, Critical, Failing, Warning, Normal, Quiet, Loading, NoKey };

    struct Row {
        QString id;
        QString name;
        Standing standing = Standing::NoKey;
        // The headline unit as its card on the dashboard shows it; empty without figures.
        std::optional<UnitOverview> unit;
        QString figure;   // "82 %", "1,234 used"; without figures: "No API key", "Loading…", ...
        QString sentence; // the verdict ("Projected to run out on 27 Dec, ..."), or the failure
        // "Resets in 6 days, on 1 May", or that the reported period has ended; without figures,
        // when the next try goes out ("Next refresh in 5 minutes").
        QString reset;
        // Why the figures are not current ("Stale: last updated 24 Apr 05:27 (3 hours ago)"), or
        // that the latest refresh failed; empty for current figures.
        QString note;
        // All of it in one sentence, for screen readers and the tooltip.
        QString description;

        bool needsAttention() const {
            return standing == Standing::Over || standing == Standing::Critical ||
                   standing == Standing::Failing || standing == Standing::Warning;
        }
        // "Production — Explorer units 82 % · Projected to run out on 27 Dec, ... · Resets in
        // 6 days, on 1 May": a line of the copied summary.
        QString line() const;
    };

    QList<Row> rows; // worst first; equals keep the person's order
    // The colour a standing is shown in: a failing organization's is the critical one, a loading
    // one or one without a key has none (NoAllocation).
    static UsageLevel levelOf(Standing standing);

    // "2 of 5 organizations need attention", "All 3 organizations are within their thresholds".
    QString headline;

    // The organizations in the person's order, as the tray is told about them.
    static OrganizationOverview of(const QList<TrayStatus::Input> &organizations,
                                   const UsageThresholds &thresholds, const Clock &clock);
    // The plain text Copy summary puts on the clipboard while the overview is shown.
    QString summary() const;
};
