// The two exposition formats a scraper may ask for, their content types, and which one an Accept
// header asks for: OpenMetrics 1.0.0 when the scraper prefers it (Prometheus does), else the
// Prometheus text format 0.0.4, which every scraper understands.
#pragma once

#include <QByteArray>

enum class MetricsFormat {
    PrometheusText, // text/plain; version=0.0.4
    OpenMetrics,    // application/openmetrics-text; version=1.0.0
};

namespace MetricsFormats {

QByteArray contentType(MetricsFormat format);
// The format with the highest q-value among those the header accepts; on a tie the one listed
// first. The text format when the header is empty or accepts neither: a scraper that sent an
// odd Accept header still gets metrics it can most likely read, as Prometheus's own client
// libraries do.
MetricsFormat negotiate(const QByteArray &accept);

} // namespace MetricsFormats
