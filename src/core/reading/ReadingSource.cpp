#include "core/reading/ReadingSource.h"

#include "core/history/HistoryStore.h"
#include "core/secrets/ApiKeyRule.h"

#include <QCoreApplication>

ReadingSource ReadingSource::forApi(const QUrl &baseUrl, const QString &apiKey) {
    ReadingSource source;
    source.m_baseUrl = baseUrl;
    source.m_apiKey = ApiKeyRule::normalized(apiKey);
    source.m_historyKey = historyKeyFor(baseUrl, false);
    source.m_displayName = baseUrl.host();
    return source;
}

ReadingSource ReadingSource::forDemo(const QUrl &serverUrl, const QString &demoKey) {
    ReadingSource source;
    source.m_baseUrl = serverUrl;
    source.m_apiKey = demoKey;
    source.m_demo = true;
    source.m_historyKey = historyKeyFor(serverUrl, true);
    source.m_displayName = QCoreApplication::translate("ReadingSource", "Demo data");
    return source;
}

QString ReadingSource::historyKeyFor(const QUrl &baseUrl, bool demo) {
    return demo ? HistoryStore::demoSourceKey() : HistoryStore::sourceKey(baseUrl);
}

bool ReadingSource::operator==(const ReadingSource &other) const {
    return m_baseUrl == other.m_baseUrl && m_apiKey == other.m_apiKey && m_demo == other.m_demo &&
           m_historyKey == other.m_historyKey;
}
