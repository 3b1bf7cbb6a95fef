// Writes what the exporter knows about every organization as a Prometheus exposition, in the text
// format 0.0.4 or OpenMetrics 1.0.0: one allium_usage_ family per fact, labelled by organization
// and unit (never by key). A fact that is not known is left out, never written as a made-up 0.
#pragma once

#include "core/metrics/MetricsFormat.h"
#include "core/metrics/OrganizationMetrics.h"

#include <QByteArray>
#include <QList>

class MetricsExposition final {
public:
    // Every metric (sample) name the exporter can write, as queried in PromQL.
    static QList<QByteArray> metricNames();

    static QByteArray write(const QList<OrganizationMetrics> &organizations, MetricsFormat format);

    // The reason label of the failure counter for one kind of error: "rate_limited", ...
    static QByteArray reasonLabel(UsageErrorKind kind);
    static QList<UsageErrorKind> allErrorKinds();
};
