// What the exporter (--serve) says about every organization OrganizationReadings holds: each
// reading as OrganizationMetrics, labelled by the organization's name, with its failed refreshes
// counted by kind since the exporter started, and the one rule for when a reading is fresh enough
// for /healthz. collect() only reads held state, so a scrape never calls the Allium API.
#pragma once

#include "core/metrics/OrganizationMetrics.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <chrono>

class Clock;
class OrganizationReadings;
struct ReadingState;

class ReadingsMetrics final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingsMetrics)

public:
    // `readings` must outlive this object; every failure it reports from now on is counted.
    ReadingsMetrics(const OrganizationReadings &readings, const Clock &clock,
                    QObject *parent = nullptr);
    ~ReadingsMetrics() override;

    // The interval the readings refresh on: what "fresh" is measured against.
    void setRefreshInterval(std::chrono::milliseconds interval);
    // Organization `id` has no key to read with: it is written as down for a configuration
    // problem until it has one.
    void setKeyMissing(const QString &id, bool missing);

    // Every organization, in the readings' order.
    QList<OrganizationMetrics> collect() const;

    // Fresh: the latest refresh succeeded (a quiet retry may be under way) and the reading is no
    // older than two refresh intervals and the retries' allowance, so that polling that stopped
    // for any reason shows as stale too. A reading restored from the history is not fresh.
    static bool isFresh(const ReadingState &state, std::chrono::milliseconds interval,
                        const QDateTime &now);

private:
    const OrganizationReadings &m_readings;
    const Clock &m_clock;
    std::chrono::milliseconds m_interval;
    QHash<QString, OrganizationMetrics::FailureCounts> m_failures;
    QSet<QString> m_keyMissing;
};
