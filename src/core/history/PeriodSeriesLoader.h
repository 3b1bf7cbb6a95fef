// Reads a period's recorded readings in a thread of its own, with a read-only connection to the
// history file, so that a long period (an annual allocation late in its year: 100,000 readings)
// never holds up the window's first paint or its event loop. Only the latest request is answered;
// one asked for before it is dropped.
#pragma once

#include "core/history/HistoryPeriod.h"
#include "core/history/PeriodSeries.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

class PeriodSeriesLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodSeriesLoader)

public:
    // Called in this object's thread with the readings, or with nothing when the file could not
    // be read there (the caller then reads it itself).
    using Done = std::function<void(std::optional<PeriodSeries>)>;

    explicit PeriodSeriesLoader(QObject *parent = nullptr);
    // Waits for a read on its way to end.
    ~PeriodSeriesLoader() override;

    void load(const QString &historyPath, const QString &source, const HistoryPeriod &period,
              Done done);
    // Drops the request on its way, if any: its answer will not be delivered.
    void cancel();
    bool isLoading() const { return m_pending; }
    int loadCount() const { return m_loads; }

private:
    QThread m_thread;
    QObject *m_worker;
    quint64 m_generation = 0;
    bool m_pending = false;
    int m_loads = 0;
};
