// The answer of /healthz: healthy while every organization's last good reading is fresh, and a
// short text that names each organization that is not, and why, for whoever reads the probe.
#pragma once

#include "core/metrics/OrganizationMetrics.h"

#include <QByteArray>
#include <QList>

class Clock;

struct HealthReport {
    bool healthy = false;
    QByteArray text; // UTF-8, one line per organization

    static HealthReport of(const QList<OrganizationMetrics> &organizations, const Clock &clock);
};
