// How `--once` writes what it fetched: one snapshot as a table (with its forecast block), CSV,
// JSON (with each unit's forecast) or a Prometheus exposition labelled with the organization.
#pragma once

#include "cli/OnceRequest.h"
#include "core/api/UsageError.h"
#include "core/metrics/OrganizationMetrics.h"

#include <optional>

class OnceHistory;
class QIODevice;

class OnceOutput final {
public:
    // What the exposition says about one organization (`label`, its name). Each run starts
    // afresh, so there is no memory of earlier failures to count: the failure counter is left
    // out rather than restarted at 0.
    static OrganizationMetrics metrics(const QString &label, const OnceHistory &history,
                                       std::optional<UsageErrorKind> failure);
    static bool writeExposition(QIODevice *device, const QList<OrganizationMetrics> &metrics,
                                QString *error);
    static bool writeSnapshot(QIODevice *device, OnceRequest::Format format,
                              const UsageSnapshot &snapshot, bool demo, const QString &label,
                              const OnceHistory &history, QString *error);
};
