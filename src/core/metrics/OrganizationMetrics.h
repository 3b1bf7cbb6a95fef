// What the exporter says about one organization: plain values taken from the state the service
// already holds, so that writing them (a scrape) never calls the Allium API.
#pragma once

#include "core/api/UsageError.h"
#include "core/api/UsageSnapshot.h"
#include "core/forecast/SnapshotForecasts.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

struct OrganizationMetrics {
    using FailureCounts = QMap<UsageErrorKind, quint64>;

    QString alias;                             // the organization label: the person's name for it
    std::optional<UsageSnapshot> snapshot;     // the last good reading; none before the first
    SnapshotForecasts forecasts;               // the forecasts for the snapshot's units
    QDateTime lastSuccessAt;                   // the last successful refresh; invalid before one
    std::optional<UsageErrorKind> lastFailure; // why the latest refresh failed, when it did
    // Failed refreshes since the exporter started, by kind. Unset where nothing remembers them
    // from one refresh to the next (a --once run): then no counter is written at all, rather
    // than one that starts again from zero at every run.
    std::optional<FailureCounts> failureCounts;
    // The last good reading is recent enough to be trusted; decided by the owner of the reading.
    bool fresh = false;

    // The latest refresh succeeded (the up gauge).
    bool isUp() const { return snapshot.has_value() && !lastFailure.has_value(); }
};
