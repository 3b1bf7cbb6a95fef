// Everything a view shows about the current reading of one source, as one value: CurrentReading
// owns it and hands out a copy on every change, so the window, the tray and the exporter all read
// the same facts and none keeps its own.
#pragma once

#include "core/api/UsageError.h"
#include "core/api/UsageSnapshot.h"

#include <QDateTime>
#include <QString>

#include <optional>

struct ReadingState {
    enum class Freshness {
        None,     // no reading of this source yet
        Current,  // the latest refresh succeeded
        Restored, // the last recorded reading, shown from the history until a refresh succeeds
        Stale,    // the refresh failed for good (errorStatus Settled): the figures are old
    };
    enum class ErrorStatus {
        None,     // the latest refresh succeeded, or none ended yet
        Retrying, // a transient failure, retried quietly at nextRefreshAt: no banner
        Settled,  // not transient, or transient failures ran out: worth a banner
    };

    // The source
    bool hasSource = false; // a key (or demo data) to read with; without one, nothing is read
    bool demo = false;
    QString sourceName; // "api.allium.so" or "Demo data"

    // The refresh
    bool busy = false;       // a request is on its way
    QDateTime nextRefreshAt; // when the next request goes out; invalid when none is scheduled

    // The figures: only ever of the current source. For a Restored reading, snapshot->receivedAt
    // is when that reading was last seen.
    std::optional<UsageSnapshot> snapshot;
    Freshness freshness = Freshness::None;

    // Why the latest refresh failed; cleared by the next success. A Stale reading is stale for
    // this reason.
    std::optional<UsageError> error;
    ErrorStatus errorStatus = ErrorStatus::None;
    int failuresInARow = 0; // transient failures since the last success

    // The period the snapshot reports (its allocation period, else its billing period) and
    // whether it is over: then the API has not moved on and the figures may be out of date.
    QDateTime periodStart;
    QDateTime periodEnd;
    bool periodEnded = false;

    bool hasSnapshot() const { return snapshot.has_value(); }
    bool isStale() const { return freshness == Freshness::Stale; }
    // Whether a refresh can start now: what enables Refresh and Try again.
    bool canRefresh() const { return hasSource && !busy; }
    // When a quiet retry goes out; invalid unless errorStatus is Retrying.
    QDateTime retryAt() const {
        return errorStatus == ErrorStatus::Retrying ? nextRefreshAt : QDateTime();
    }
    QDateTime receivedAt() const { return snapshot ? snapshot->receivedAt : QDateTime(); }
};
