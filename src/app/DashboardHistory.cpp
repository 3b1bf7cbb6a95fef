#include "app/DashboardHistory.h"

#include "app/MainWindow.h"
#include "core/Clock.h"
#include "core/demo/DemoUsageBackfill.h"
#include "core/history/HistoryStore.h"
#include "core/history/UsageHistory.h"
#include "core/settings/AppSettings.h"

#include <QUrl>

DashboardHistory::DashboardHistory(UsageHistory &history, MainWindow &window, const Clock &clock,
                                   const QString &historyPath, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_window(window)
    , m_clock(clock) {
    // A store that cannot be opened leaves the dashboard working; the trend panel says why.
    m_history.open(historyPath, AppSettings().historyRetentionDays());
}

DashboardHistory::~DashboardHistory() = default;

QString DashboardHistory::defaultHistoryPath() {
    return HistoryStore::defaultPath();
}

void DashboardHistory::useSource(const QUrl &baseUrl, bool demo) {
    m_history.setSource(demo ? HistoryStore::demoSourceKey() : HistoryStore::sourceKey(baseUrl));
    // A newcomer's first look should show a trend and a forecast, not one lone reading. Only the
    // readings after the last recorded one are added, so a second demo run adds just the gap.
    if (demo)
        m_history.recordEarlier(DemoUsageBackfill::readings(m_clock.now()));
    const std::optional<UsageSnapshot> last = m_history.latestSnapshot();
    if (last)
        m_window.showSnapshot(*last, true);
}

QString DashboardHistory::forecastSummary() const {
    return m_history.forecastSummary();
}

std::optional<UsageSnapshot> DashboardHistory::latestSnapshot() const {
    return m_history.latestSnapshot();
}
