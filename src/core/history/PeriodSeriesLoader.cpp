#include "core/history/PeriodSeriesLoader.h"

#include "core/Clock.h"
#include "core/history/HistoryStore.h"

PeriodSeriesLoader::PeriodSeriesLoader(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject) {
    m_thread.setObjectName(QStringLiteral("allium-history-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

PeriodSeriesLoader::~PeriodSeriesLoader() {
    // What the worker posts back before this returns is dropped with this object's events.
    m_thread.quit();
    m_thread.wait();
    if (!m_thread.isFinished())
        delete m_worker; // the thread never started: nothing else deletes it
}

void PeriodSeriesLoader::load(const QString &historyPath, const QString &source,
                              const HistoryPeriod &period, Done done) {
    const quint64 generation = ++m_generation;
    m_pending = true;
    ++m_loads;
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_worker,
        [this, generation, historyPath, source, period, done = std::move(done)] {
            // A connection of this thread's own: Qt SQL connections never cross threads.
            HistoryStore reader(historyPath, Clock::system());
            std::optional<PeriodSeries> series;
            if (reader.openForReading())
                series = reader.periodSeries(source, period);
            reader.close();
            QMetaObject::invokeMethod(
                this,
                [this, generation, series = std::move(series), done]() mutable {
                    if (generation != m_generation)
                        return; // a later request (or a cancel) replaced this one
                    m_pending = false;
                    // Moved, not copied: a copy left here would share the readings, and the
                    // first reading added to them would copy them all.
                    done(std::move(series));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void PeriodSeriesLoader::cancel() {
    ++m_generation;
    m_pending = false;
}
