#include "DashboardHistory.h"

#include "HistoryStore.h"
#include "HistoryTrendPanel.h"
#include "MainWindow.h"
#include "SessionHistory.h"
#include "UsageHistory.h"
#include "UsageService.h"

#include <QUrl>

DashboardHistory::DashboardHistory(UsageService &service, SessionHistory &session,
                                   MainWindow &window, const Clock &clock,
                                   const QString &historyPath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_history(std::make_unique<UsageHistory>(clock)) {
    // A store that cannot be opened leaves the dashboard working; the panel says why.
    m_history->open(historyPath);
    m_panel = HistoryTrendPanel::addTo(&window, *m_history);
    connect(&service, &UsageService::snapshotReceived, m_history.get(), &UsageHistory::record);
}

DashboardHistory::~DashboardHistory() = default;

QString DashboardHistory::defaultHistoryPath() {
    return HistoryStore::defaultPath();
}

void DashboardHistory::useSource(const QUrl &baseUrl, bool demo) {
    m_history->setSource(demo ? HistoryStore::demoSourceKey() : HistoryStore::sourceKey(baseUrl));
    const std::optional<UsageSnapshot> last = m_history->latestSnapshot();
    if (!last)
        return;
    // The session chart starts with the current period's recorded readings.
    m_session.setSnapshots(m_history->readingsInPeriod(HistoryStore::periodOf(*last)));
    m_window.showSnapshot(*last, true);
}

QString DashboardHistory::forecastSummary() const {
    return m_history->forecastSummary();
}

std::optional<UsageSnapshot> DashboardHistory::latestSnapshot() const {
    return m_history->latestSnapshot();
}
