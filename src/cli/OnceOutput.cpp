#include "cli/OnceOutput.h"

#include "cli/OnceHistory.h"
#include "core/metrics/MetricsExposition.h"
#include "core/output/CsvSnapshotWriter.h"
#include "core/output/JsonSnapshotWriter.h"
#include "core/output/TextTableWriter.h"

#include <QIODevice>

OrganizationMetrics OnceOutput::metrics(const QString &label, const OnceHistory &history,
                                        std::optional<UsageErrorKind> failure) {
    OrganizationMetrics metrics;
    metrics.alias = label;
    metrics.snapshot = history.snapshot();
    metrics.forecasts = history.forecasts();
    if (metrics.snapshot)
        metrics.lastSuccessAt = metrics.snapshot->receivedAt;
    metrics.lastFailure = failure;
    metrics.fresh = !failure;
    return metrics;
}

bool OnceOutput::writeExposition(QIODevice *device, const QList<OrganizationMetrics> &metrics,
                                 QString *error) {
    // node_exporter's textfile collector reads the text format, not OpenMetrics.
    const QByteArray exposition = MetricsExposition::write(metrics, MetricsFormat::PrometheusText);
    if (device->write(exposition) == exposition.size())
        return true;
    *error = device->errorString();
    return false;
}

bool OnceOutput::writeSnapshot(QIODevice *device, OnceRequest::Format format,
                               const UsageSnapshot &snapshot, bool demo, const QString &label,
                               const OnceHistory &history, QString *error) {
    switch (format) {
    case OnceRequest::Format::Prometheus:
        return writeExposition(device, {metrics(label, history, {})}, error);
    case OnceRequest::Format::Csv: {
        CsvSnapshotWriter writer(device);
        const bool written = writer.write(snapshot);
        *error = writer.errorString();
        return written;
    }
    case OnceRequest::Format::Json: {
        JsonSnapshotWriter writer(device);
        writer.setUnitExtras(history.jsonExtras());
        const bool written = writer.write(snapshot, demo);
        *error = writer.errorString();
        return written;
    }
    case OnceRequest::Format::Table:
        break;
    }
    TextTableWriter writer(device);
    const bool written =
        writer.write(snapshot, demo) && device->write(history.tableText().toUtf8()) >= 0;
    *error = writer.errorString();
    return written;
}
