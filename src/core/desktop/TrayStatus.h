// What the tray shows at a glance, worked out from the readings' states: the icon's look, the
// gauge level of the most-consumed unit (with several organizations, of the worst one), the
// tooltip text and a line per organization for the menu. Pure logic, so the tray widget only
// draws and displays it.
#pragma once

#include "core/display/UsageLevel.h"
#include "core/reading/ReadingState.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Clock;
class OrganizationReadings;
class SnapshotForecasts;

struct TrayStatus {
    Q_DECLARE_TR_FUNCTIONS(TrayStatus)

public:
    enum class Look {
        NoKey,   // nothing to show until a key is entered
        Loading, // waiting for the first reading (quiet retries included)
        Usage,   // a current reading (or a recorded one on its way to being refreshed)
        Stale,   // the figures are old: the refresh failed for good, or their period ended
        Error,   // no reading at all, only an error worth a banner
    };

    // One line at the top of the tray menu: a unit's figures, so most people never need the
    // window ("Developer units: 59.7 % (1.19 M of 2 M)").
    struct UnitLine {
        QString unitKey;
        QString text;
    };

    // One organization as the tray lists it, with several organizations.
    struct OrganizationLine {
        QString id;
        QString name;
        Look look = Look::NoKey;
        double percent = 0.0;
        UsageLevel level = UsageLevel::NoAllocation;
        QString figure; // its top figure, "Developer units 80 %", or why there is none
        QString note;   // why that figure is not current ("Stale: last updated …"), or empty

        // "Production — Developer units 80 % (stale)": the menu's short form.
        QString menuText() const;
    };

    // What the tray is told about one organization.
    struct Input {
        QString id;
        QString name;
        ReadingState state;
        const SnapshotForecasts *forecasts = nullptr; // the reading's, or none
    };

    Look look = Look::NoKey;
    double percent = 0.0; // of the most-consumed unit; may exceed 100
    UsageLevel level = UsageLevel::NoAllocation;
    // Some organization's figures are not current (a failed refresh, an ended period) although
    // the gauge shows another's: the icon carries the badge all the same.
    bool someNotCurrent = false;
    QString toolTip;
    // With one organization (or the one shown), its units' figures and the reset for the top of
    // the menu, and the verdict for the tooltip.
    QList<UnitLine> unitLines;
    QString periodLine; // "Resets in 5 days, on 1 Dec", or the ended period
    QString verdict;    // "Explorer units 82 % · Projected to run out on 27 Dec, ..."
    // Each organization in the person's order; empty with a single one (the tray looks as ever).
    QList<OrganizationLine> organizations;

    // What the icon is drawn from, and nothing else: the icon is drawn again only when it
    // changes.
    bool drawsLike(const TrayStatus &other) const {
        return look == other.look && level == other.level &&
               someNotCurrent == other.someNotCurrent &&
               qRound(percent * 10) == qRound(other.percent * 10);
    }

    // forecasts: the reading's, for the verdict (empty: no verdict line).
    static TrayStatus from(const ReadingState &state, const UsageThresholds &thresholds,
                           const SnapshotForecasts &forecasts, const Clock &clock);
    // Every organization of `readings`, in the person's order, with its reading's state and
    // forecasts (valid while those readings live).
    static QList<Input> inputsOf(const OrganizationReadings &readings);

    // Why a refresh failed, in the few words a line among others has room for ("API key
    // rejected (HTTP 401)"); the window, once the organization is chosen, says the whole of it.
    static QString shortFailure(const UsageError &error);

    // Several organizations: the gauge of the worst level among those with figures (the highest
    // percentage among equals), a line each in the tooltip and the menu. A failing organization
    // is listed with its failure and never hides the figures of the others. One input is the
    // single-organization status above.
    static TrayStatus from(const QList<Input> &organizations, const UsageThresholds &thresholds,
                           const Clock &clock);
};
