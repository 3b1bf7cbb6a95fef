#include "core/reading/ReadingSource.h"

#include "core/history/HistoryStore.h"
#include "core/secrets/ApiKeyRule.h"

#include <QCoreApplication>

ReadingSource ReadingSource::forOrganization(const QString &organizationId, const QString &name,
                                             const QUrl &baseUrl, const QString &apiKey) {
    ReadingSource source;
    source.m_baseUrl = baseUrl;
    source.m_apiKey = ApiKeyRule::normalized(apiKey);
    source.m_historyKey = organizationId;
    source.m_displayName = name;
    return source;
}

ReadingSource ReadingSource::forDemo(const QUrl &serverUrl, const QString &demoKey) {
    ReadingSource source;
    source.m_baseUrl = serverUrl;
    source.m_apiKey = demoKey;
    source.m_demo = true;
    source.m_historyKey = HistoryStore::demoSourceKey();
    source.m_displayName = QCoreApplication::translate("ReadingSource", "Demo data");
    return source;
}

bool ReadingSource::operator==(const ReadingSource &other) const {
    return m_baseUrl == other.m_baseUrl && m_apiKey == other.m_apiKey && m_demo == other.m_demo &&
           m_historyKey == other.m_historyKey;
}
