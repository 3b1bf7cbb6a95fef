#include "support/LiveReading.h"

#include <QTest>

LiveReading::LiveReading(const Clock &clock, const QString &historyPath)
    : m_store(historyPath, clock)
    , m_reading(&m_store, clock) {
    if (!historyPath.isEmpty() && !m_store.open())
        qWarning("LiveReading: the history could not be opened: %s",
                 qPrintable(m_store.errorMessage()));
}

LiveReading::~LiveReading() = default;

ReadingSource LiveReading::source() const {
    return ReadingSource::forOrganization(organizationId(), QStringLiteral("Live"), m_api.baseUrl(),
                                          testKey());
}

bool LiveReading::start() {
    m_reading.setSource(source());
    return waitUntilIdle();
}

bool LiveReading::serve(const HttpResponse &response) {
    if (!waitUntilIdle())
        return false;
    m_api.enqueue(response);
    const int before = m_api.requestCount();
    if (!m_reading.refreshNow())
        return false;
    return waitUntilIdle() && m_api.requestCount() == before + 1;
}

bool LiveReading::waitUntilIdle() {
    // The request went out when busy turned true; it ended when the reading is idle again.
    return QTest::qWaitFor([this] { return !m_reading.state().busy; }, 10'000);
}
