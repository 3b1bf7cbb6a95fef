// Where one reading comes from: one organization's API at a base URL with its key, or the
// built-in demo server. A value: CurrentReading takes a new one when the organization, its key,
// its address or demo mode changes.
#pragma once

#include <QString>
#include <QUrl>

class CurrentReading;

class ReadingSource final {
public:
    ReadingSource() = default;

    // The real API at baseUrl, read with apiKey for the organization `organizationId` called
    // `name`. Its readings are recorded and notified under the organization's id
    // (Organization::historyKey), never under its key or address, so that two organizations on
    // one server never mix and an organization keeps its history when its key or address changes.
    static ReadingSource forOrganization(const QString &organizationId, const QString &name,
                                         const QUrl &baseUrl, const QString &apiKey);
    // The built-in demo server listening at serverUrl (its port changes from run to run). Its
    // readings are kept under one fixed key (HistoryStore::demoSourceKey), so that demo runs on
    // any port share one history and one notification memory and never mix with a real
    // organization's.
    static ReadingSource forDemo(const QUrl &serverUrl, const QString &demoKey);

    bool isValid() const { return m_baseUrl.isValid(); }
    QString historyKey() const { return m_historyKey; }
    QUrl baseUrl() const { return m_baseUrl; }
    bool isDemo() const { return m_demo; }
    // For people: the organization's name ("Production"), or "Demo data".
    QString displayName() const { return m_displayName; }

    // Same organization, base URL, key and kind: nothing to read anew. (The name may differ: a
    // renamed organization is still the same one.)
    bool operator==(const ReadingSource &other) const;
    bool operator!=(const ReadingSource &other) const { return !(*this == other); }

private:
    // Only the reading hands the key to its service; nobody else reads it back, so it cannot
    // end up in a log, a label or a file by accident.
    friend class CurrentReading;
    QString apiKey() const { return m_apiKey; }

    QString m_historyKey;
    QUrl m_baseUrl;
    QString m_apiKey;
    bool m_demo = false;
    QString m_displayName;
};
