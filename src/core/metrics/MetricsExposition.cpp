#include "core/metrics/MetricsExposition.h"

#include "core/api/ServerText.h"
#include "core/api/UsageNumber.h"

#include <QPair>

#include <algorithm>
#include <cmath>

namespace {

enum class Type { Gauge, Counter, Info };

// One metric family. In the text format a counter's samples carry _total and an info's _info
// in their family name already; OpenMetrics names the family without the suffix.
struct Family {
    const char *name; // the sample name, as queried
    Type type;
    const char *unit; // OpenMetrics UNIT: the suffix of the name, or empty
    const char *help; // for a person reading the exposition or Grafana's tooltip
};

enum FamilyIndex {
    Up,
    Consumed,
    Allocated,
    ConsumedRatio,
    ProjectedConsumed,
    ProjectedExhaustion,
    AllocationPeriodStart,
    AllocationPeriodEnd,
    BillingPeriodStart,
    BillingPeriodEnd,
    LastSuccess,
    Failures,
    BuildInfo,
    FamilyCount,
};

// HELP texts are English on purpose: they describe the metric to whoever queries it, and must
// not change with the locale of the host that happens to export it.
constexpr Family families[FamilyCount] = {
    {"allium_usage_up", Type::Gauge, "",
     "1 when the latest refresh of the organization's usage succeeded, 0 when it failed or none "
     "has finished yet."},
    {"allium_usage_consumed", Type::Gauge, "",
     "Units consumed in the current allocation period (for annual allocations, cumulative over "
     "the year), as the Allium API last reported them."},
    {"allium_usage_allocated", Type::Gauge, "",
     "Units included in the allocation of the current period. Absent for a unit without an "
     "allocation (trials)."},
    {"allium_usage_consumed_ratio", Type::Gauge, "ratio",
     "Consumed divided by allocated: 1 means the allocation is used up, above 1 it is exceeded. "
     "Absent without an allocation."},
    {"allium_usage_projected_consumed", Type::Gauge, "",
     "Units projected to be consumed at the end of the allocation period, from this period's "
     "readings. Absent until there are enough readings (3 over 6 hours)."},
    {"allium_usage_projected_exhaustion_timestamp_seconds", Type::Gauge, "seconds",
     "When consumption is projected to reach the allocation (Unix time), if that comes before "
     "the end of the period. Absent otherwise."},
    {"allium_usage_allocation_period_start_timestamp_seconds", Type::Gauge, "seconds",
     "Start of the current allocation period (Unix time). Absent for plans without one."},
    {"allium_usage_allocation_period_end_timestamp_seconds", Type::Gauge, "seconds",
     "End of the current allocation period, when the allocation resets (Unix time). Absent for "
     "plans without one."},
    {"allium_usage_billing_period_start_timestamp_seconds", Type::Gauge, "seconds",
     "Start of the current billing period, which is always monthly (Unix time)."},
    {"allium_usage_billing_period_end_timestamp_seconds", Type::Gauge, "seconds",
     "End of the current billing period (Unix time)."},
    {"allium_usage_last_refresh_success_timestamp_seconds", Type::Gauge, "seconds",
     "When the organization's usage was last fetched successfully (Unix time). The figures "
     "above are from then."},
    {"allium_usage_refresh_failures_total", Type::Counter, "",
     "Refreshes of the organization's usage that failed since the exporter started, by reason."},
    {"allium_usage_build_info", Type::Info, "",
     "The version of allium-usage that exports these metrics (always 1)."},
};

using Labels = QList<QPair<QByteArray, QString>>;

struct Sample {
    Labels labels;
    double value = 0.0;
};

QByteArray familyName(const Family &family, MetricsFormat format) {
    const QByteArray name(family.name);
    if (format == MetricsFormat::OpenMetrics) {
        if (family.type == Type::Counter)
            return name.chopped(int(qstrlen("_total")));
        if (family.type == Type::Info)
            return name.chopped(int(qstrlen("_info")));
    }
    return name;
}

QByteArray typeName(Type type, MetricsFormat format) {
    switch (type) {
    case Type::Counter:
        return "counter";
    case Type::Info:
        return format == MetricsFormat::OpenMetrics ? "info" : "gauge";
    case Type::Gauge:
        break;
    }
    return "gauge";
}

// Backslash, double quote and line feed are the only escapes of a label value (both formats).
QByteArray escapedLabelValue(const QString &value) {
    QByteArray escaped;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '"')
            escaped += "\\\"";
        else if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}

// HELP escapes backslash and line feed; OpenMetrics escapes double quotes there too.
QByteArray escapedHelp(const char *help, MetricsFormat format) {
    QByteArray escaped = QByteArray(help).replace('\\', "\\\\").replace('\n', "\\n");
    if (format == MetricsFormat::OpenMetrics)
        escaped.replace('"', "\\\"");
    return escaped;
}

QByteArray sampleValue(double value) {
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    return UsageNumber::toPlainText(value).toLatin1();
}

double unixSeconds(const QDateTime &time) {
    return double(time.toMSecsSinceEpoch()) / 1000.0;
}

class FamilySamples final {
public:
    void add(FamilyIndex family, const Labels &labels, double value) {
        m_samples[family].append({labels, value});
    }
    void addTime(FamilyIndex family, const Labels &labels, const QDateTime &time) {
        if (time.isValid())
            add(family, labels, unixSeconds(time));
    }
    const QList<Sample> &of(int family) const { return m_samples[family]; }

private:
    QList<Sample> m_samples[FamilyCount];
};

void addOrganization(const OrganizationMetrics &organization, FamilySamples &samples) {
    const Labels byOrganization{{"organization", organization.alias}};
    samples.add(Up, byOrganization, organization.isUp() ? 1.0 : 0.0);
    samples.addTime(LastSuccess, byOrganization, organization.lastSuccessAt);
    if (organization.failureCounts) {
        for (const UsageErrorKind kind : MetricsExposition::allErrorKinds()) {
            samples.add(
                Failures,
                byOrganization +
                    Labels{{"reason", QString::fromLatin1(MetricsExposition::reasonLabel(kind))}},
                double(organization.failureCounts->value(kind, 0)));
        }
    }
    if (!organization.snapshot)
        return;

    const UsageSnapshot &snapshot = *organization.snapshot;
    if (snapshot.hasAllocationPeriod()) {
        samples.addTime(AllocationPeriodStart, byOrganization, snapshot.allocationPeriodStart);
        samples.addTime(AllocationPeriodEnd, byOrganization, snapshot.allocationPeriodEnd);
    }
    samples.addTime(BillingPeriodStart, byOrganization, snapshot.billingPeriodStart);
    samples.addTime(BillingPeriodEnd, byOrganization, snapshot.billingPeriodEnd);

    QList<UnitUsage> units = snapshot.units;
    std::sort(units.begin(), units.end(),
              [](const UnitUsage &a, const UnitUsage &b) { return a.key < b.key; });
    for (const UnitUsage &unit : units) {
        // The exposition escapes only backslash, quote and line feed, and is read on terminals
        // too (--once --format prometheus): the server's unit key is made displayable, as in CSV.
        const Labels byUnit =
            byOrganization + Labels{{"unit", ServerText::displayable(unit.key, -1)}};
        // A consumed amount the API did not report has no series, never a made-up 0.
        if (unit.consumed)
            samples.add(Consumed, byUnit, *unit.consumed);
        if (unit.allocated)
            samples.add(Allocated, byUnit, *unit.allocated);
        if (unit.consumed && unit.allocated && *unit.allocated > 0.0)
            samples.add(ConsumedRatio, byUnit, *unit.consumed / *unit.allocated);
        const std::optional<Forecast> forecast = organization.forecasts.forUnit(unit.key);
        if (!forecast || !forecast->hasProjection())
            continue;
        samples.add(ProjectedConsumed, byUnit, forecast->projectedConsumed());
        if (forecast->status() == Forecast::Status::RunsOut)
            samples.addTime(ProjectedExhaustion, byUnit, forecast->runOutAt());
    }
}

void writeSample(QByteArray &out, const QByteArray &name, const Sample &sample) {
    out += name;
    if (!sample.labels.isEmpty()) {
        out += '{';
        for (qsizetype i = 0; i < sample.labels.size(); ++i) {
            if (i > 0)
                out += ',';
            out += sample.labels.at(i).first + "=\"" +
                   escapedLabelValue(sample.labels.at(i).second) + '"';
        }
        out += '}';
    }
    out += ' ' + sampleValue(sample.value) + '\n';
}

} // namespace

QList<QByteArray> MetricsExposition::metricNames() {
    QList<QByteArray> names;
    for (const Family &family : families)
        names.append(family.name);
    return names;
}

QByteArray MetricsExposition::write(const QList<OrganizationMetrics> &organizations,
                                    MetricsFormat format) {
    FamilySamples samples;
    for (const OrganizationMetrics &organization : organizations)
        addOrganization(organization, samples);
    samples.add(BuildInfo, {{"version", QStringLiteral(ALLIUM_VERSION)}}, 1.0);

    QByteArray out;
    for (int index = 0; index < FamilyCount; ++index) {
        if (samples.of(index).isEmpty())
            continue;
        const Family &family = families[index];
        const QByteArray name = familyName(family, format);
        out += "# HELP " + name + ' ' + escapedHelp(family.help, format) + '\n';
        out += "# TYPE " + name + ' ' + typeName(family.type, format) + '\n';
        if (format == MetricsFormat::OpenMetrics && qstrlen(family.unit) > 0)
            out += "# UNIT " + name + ' ' + family.unit + '\n';
        for (const Sample &sample : samples.of(index))
            writeSample(out, family.name, sample);
    }
    if (format == MetricsFormat::OpenMetrics)
        out += "# EOF\n";
    return out;
}

QByteArray MetricsExposition::reasonLabel(UsageErrorKind kind) {
    switch (kind) {
    case UsageErrorKind::Configuration:
        return "configuration";
    case UsageErrorKind::Unauthorized:
        return "unauthorized";
    case UsageErrorKind::Forbidden:
        return "forbidden";
    case UsageErrorKind::RateLimited:
        return "rate_limited";
    case UsageErrorKind::Server:
        return "server";
    case UsageErrorKind::HttpStatus:
        return "http_status";
    case UsageErrorKind::Network:
        return "network";
    case UsageErrorKind::InvalidResponse:
        return "invalid_response";
    }
    return "unknown";
}

QList<UsageErrorKind> MetricsExposition::allErrorKinds() {
    return {UsageErrorKind::Configuration, UsageErrorKind::Unauthorized,
            UsageErrorKind::Forbidden,     UsageErrorKind::RateLimited,
            UsageErrorKind::Server,        UsageErrorKind::HttpStatus,
            UsageErrorKind::Network,       UsageErrorKind::InvalidResponse};
}
