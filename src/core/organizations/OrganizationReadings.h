// One CurrentReading per organization, each refreshed on its own schedule by its own service with
// its own backoff, so that a failing organization never delays or hides the others; their
// scheduled requests are spread apart (RequestSpacing) instead of going out in a burst. Works
// without a display: the dashboard and the exporter (--serve) read every organization through it.
//
//   OrganizationReadings readings(&store, Clock::system());
//   readings.setOrganizations(settings.organizations().all());
//   readings.setKey(organization.id, key);       // that organization is read from now on
//   connect(&readings, &OrganizationReadings::readingChanged, view, &View::update);
#pragma once

#include "core/api/RequestSpacing.h"
#include "core/api/UsageService.h"
#include "core/organizations/Organization.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <map>
#include <memory>

class Clock;
class CurrentReading;
class HistoryStore;
class UsageSnapshot;

class OrganizationReadings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationReadings)

public:
    // history may be null or closed; it must outlive this object.
    OrganizationReadings(HistoryStore *history, const Clock &clock, QObject *parent = nullptr);
    ~OrganizationReadings() override;

    // The organizations to read, in this order. One that stays (same id) keeps its reading, and
    // is read anew only when its address changes; a new one gets a reading that shows its last
    // recorded figures and refreshes in the next free slot; one that went is dropped with its
    // reading.
    void setOrganizations(const QList<Organization> &organizations);
    QList<Organization> organizations() const { return m_organizations; }
    // --base-url: every organization is read there for this session; invalid: at its own.
    void setSessionBaseUrl(const QUrl &url);
    // The API key of organization `id`, kept only to hand to its reading's service. Empty: that
    // organization is not read (its reading shows no source).
    void setKey(const QString &id, const QString &key);
    bool hasKey(const QString &id) const;

    void setRefreshInterval(std::chrono::milliseconds interval);
    // Until released, no reading sends a request of its own or starts reading a long period in
    // the background (see CurrentReading::holdWork): the dashboard paints the recorded figures
    // before anything goes to the network or competes with it for the processor.
    void holdWork(bool held);
    // Every reading's service delays; tests shorten them.
    void setServiceTimings(const UsageServiceTimings &timings);
    // The most time put between two organizations' scheduled requests (less when that many do
    // not fit into one refresh interval). Tests shorten it.
    void setRequestSpacing(std::chrono::milliseconds spacing);
    const RequestSpacing &requestSpacing() const { return m_spacing; }

    // The reading of organization `id`; nullptr for an id not in organizations().
    CurrentReading *reading(const QString &id) const;
    // Every reading, in the organizations' order.
    QList<CurrentReading *> readings() const;

signals:
    // Organizations came, went, moved or were renamed.
    void organizationsChanged();
    // Anything in that organization's reading state changed.
    void readingChanged(const QString &id);
    // A new reading of that organization arrived from the API (what notifications look at).
    void readingReceived(const Organization &organization, const UsageSnapshot &snapshot);
    // A refresh of that organization failed (quietly retried or not).
    void refreshFailed(const QString &id, const UsageError &error);

private:
    void updateSource(const Organization &organization);
    void updateSpacing();

    HistoryStore *m_history;
    const Clock &m_clock;
    // Before the readings: their services release their slots as they go, so it outlives them.
    RequestSpacing m_spacing;
    QList<Organization> m_organizations;
    std::map<QString, std::unique_ptr<CurrentReading>> m_readings;
    QHash<QString, QString> m_keys;
    QUrl m_sessionBaseUrl;
    UsageServiceTimings m_timings;
    std::chrono::milliseconds m_maximumSpacing;
    bool m_workHeld = false;
};
