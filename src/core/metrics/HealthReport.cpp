#include "core/metrics/HealthReport.h"

#include "core/Clock.h"
#include "core/metrics/MetricsExposition.h"

namespace {

// "45 s", "12 min", "3 h", "2 d": an age at a glance.
QByteArray age(qint64 seconds) {
    if (seconds < 120)
        return QByteArray::number(qMax<qint64>(0, seconds)) + " s";
    if (seconds < 2 * 3600)
        return QByteArray::number(seconds / 60) + " min";
    if (seconds < 2 * 86400)
        return QByteArray::number(seconds / 3600) + " h";
    return QByteArray::number(seconds / 86400) + " d";
}

QByteArray describe(const OrganizationMetrics &organization, const QDateTime &now) {
    QByteArray line = organization.alias.toUtf8() + ": ";
    // The alias is the person's text; a line break in it must not start a line of its own.
    line.replace('\n', ' ').replace('\r', ' ');
    if (organization.fresh)
        line += "fresh";
    else if (!organization.snapshot)
        line += "no reading yet";
    else
        line += "stale";
    if (organization.lastSuccessAt.isValid()) {
        line += ", last good reading " + age(organization.lastSuccessAt.secsTo(now)) + " ago (" +
                organization.lastSuccessAt.toUTC().toString(Qt::ISODate).toLatin1() + ')';
    }
    if (organization.lastFailure)
        line +=
            ", latest refresh failed: " + MetricsExposition::reasonLabel(*organization.lastFailure);
    return line + '\n';
}

} // namespace

HealthReport HealthReport::of(const QList<OrganizationMetrics> &organizations, const Clock &clock) {
    HealthReport report;
    if (organizations.isEmpty()) {
        report.text = "unhealthy: no organization is configured\n";
        return report;
    }
    QByteArrayList stale;
    for (const OrganizationMetrics &organization : organizations) {
        if (!organization.fresh)
            stale.append(organization.alias.toUtf8().replace('\n', ' ').replace('\r', ' '));
    }
    report.healthy = stale.isEmpty();
    if (report.healthy)
        report.text = "ok: every organization's reading is fresh\n";
    else
        report.text = "unhealthy: not fresh: " + stale.join(", ") + '\n';
    const QDateTime now = clock.now();
    for (const OrganizationMetrics &organization : organizations)
        report.text += describe(organization, now);
    return report;
}
