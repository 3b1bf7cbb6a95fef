#include "core/metrics/MetricsFormat.h"

#include <QList>

#include <optional>

namespace {

struct MediaRange {
    QByteArray type; // "application/openmetrics-text", lower case
    QByteArray version;
    double quality = 1.0;
};

MediaRange parseRange(const QByteArray &text) {
    const QList<QByteArray> parts = text.split(';');
    MediaRange range;
    range.type = parts.value(0).trimmed().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray name = parameter.left(equals).trimmed().toLower();
        QByteArray value = parameter.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (name == "q") {
            bool ok = false;
            const double q = value.toDouble(&ok);
            range.quality = ok ? qBound(0.0, q, 1.0) : 0.0;
        } else if (name == "version") {
            range.version = value;
        }
    }
    return range;
}

// The format this range accepts, if any.
std::optional<MetricsFormat> formatFor(const MediaRange &range) {
    if (range.type == "application/openmetrics-text" &&
        (range.version.isEmpty() || range.version == "1.0.0"))
        return MetricsFormat::OpenMetrics;
    if (range.type == "text/plain" && (range.version.isEmpty() || range.version == "0.0.4"))
        return MetricsFormat::PrometheusText;
    if (range.type == "text/*" || range.type == "*/*")
        return MetricsFormat::PrometheusText;
    return std::nullopt;
}

} // namespace

QByteArray MetricsFormats::contentType(MetricsFormat format) {
    switch (format) {
    case MetricsFormat::OpenMetrics:
        return "application/openmetrics-text; version=1.0.0; charset=utf-8";
    case MetricsFormat::PrometheusText:
        break;
    }
    return "text/plain; version=0.0.4; charset=utf-8";
}

MetricsFormat MetricsFormats::negotiate(const QByteArray &accept) {
    std::optional<MetricsFormat> best;
    double bestQuality = 0.0;
    for (const QByteArray &text : accept.split(',')) {
        const MediaRange range = parseRange(text);
        const std::optional<MetricsFormat> format = formatFor(range);
        if (format && range.quality > bestQuality) {
            best = format;
            bestQuality = range.quality;
        }
    }
    return best.value_or(MetricsFormat::PrometheusText);
}
