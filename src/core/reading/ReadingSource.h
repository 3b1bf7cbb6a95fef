// Where one reading comes from: the API at a base URL with a key, or the built-in demo server.
// A value: CurrentReading takes a new one when the key, the base URL or demo mode changes.
#pragma once

#include <QString>
#include <QUrl>

class CurrentReading;

class ReadingSource final {
public:
    ReadingSource() = default;

    // The real API at baseUrl, read with apiKey.
    static ReadingSource forApi(const QUrl &baseUrl, const QString &apiKey);
    // The built-in demo server listening at serverUrl (its port changes from run to run).
    static ReadingSource forDemo(const QUrl &serverUrl, const QString &demoKey);

    // The key readings of a source are recorded and notified under: the base URL without a
    // trailing slash (HistoryStore::sourceKey), or one fixed key for demo data, so that demo runs
    // on any port share one history and one notification memory and never mix with a real
    // organization's. The history, the notifier and the command line all take it from here.
    static QString historyKeyFor(const QUrl &baseUrl, bool demo);

    bool isValid() const { return m_baseUrl.isValid(); }
    QString historyKey() const { return m_historyKey; }
    QUrl baseUrl() const { return m_baseUrl; }
    bool isDemo() const { return m_demo; }
    // For people: the API's host ("api.allium.so"), or "Demo data".
    QString displayName() const { return m_displayName; }

    // Same base URL, key and kind: nothing to change.
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
