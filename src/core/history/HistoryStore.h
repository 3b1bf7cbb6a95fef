// Remembers every successful reading in a SQLite file, keyed by the API base URL and the
// allocation period, so that the trend chart, the forecast and the history export have a past.
#pragma once

#include "core/api/UsageSnapshot.h"
#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryPeriod.h"
#include "core/history/PeriodSeries.h"
#include "core/history/UsagePoint.h"
#include "core/settings/Defaults.h"

#include <QList>
#include <QString>

#include <limits>
#include <memory>
#include <optional>

class Clock;
class QSqlQuery;
class QUrl;

class HistoryStore final {
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    // <AppDataLocation>/history.sqlite; QCoreApplication's names must be set first.
    static QString defaultPath();
    // The key readings from one API are stored under: the base URL without a trailing slash.
    // ReadingSource::historyKeyFor() chooses between this and demoSourceKey().
    static QString sourceKey(const QUrl &baseUrl);
    // The key demo data is stored under, so that demo runs on any port share one history and
    // never mix with a real organization's readings.
    static QString demoSourceKey();
    static int currentSchemaVersion();
    // The period a reading is filed under: its allocation period, or its billing period when the
    // plan has no allocation.
    static HistoryPeriod periodOf(const UsageSnapshot &snapshot);

    explicit HistoryStore(const QString &path, const Clock &clock);
    ~HistoryStore();

    // Days a reading is kept after it was last seen; 0 keeps everything. Set before open().
    void setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }

    using Access = HistoryDatabase::Access;

    // Creates, repairs or upgrades the file and prunes old readings. ReadOnly (for exporting)
    // writes nothing, so it works in a read-only folder, unless the file's schema is older and
    // must be upgraded first; record() and prune() then do nothing, and the readings a prune
    // would remove are left out of every answer instead. On failure errorMessage()
    // says why and every other call does nothing: the app keeps working without history.
    bool open(Access access = Access::ReadWrite);
    // Opens an existing store of the current schema to read only, changing nothing (no upgrade,
    // no pruning): for reading a long period in another thread while the app records in this one.
    bool openForReading();
    void close();
    bool isOpen() const { return m_open; }
    QString errorMessage() const { return m_errorMessage; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Stores a reading, or extends the last row's last-seen time when the reading is identical
    // to the previous one from the same source. One transaction that takes the write lock first,
    // waiting for another process's write; true only once it is committed, otherwise false and
    // errorMessage() says why (a full disk, a locked or read-only file).
    bool record(const QString &source, const UsageSnapshot &snapshot);
    // Removes readings last seen before the retention; returns how many rows went.
    int prune();
    // Files every reading kept under `from` under `to` instead, in one transaction; returns how
    // many readings moved, or -1 (and errorMessage) on error. Moving nothing is not an error.
    int moveReadings(const QString &from, const QString &to);
    // Deletes every reading kept under `source`, in one transaction; returns how many went, or -1
    // (and errorMessage) on error.
    int removeReadings(const QString &source);

    // The newest reading, with receivedAt set to when it was last seen (its age).
    std::optional<UsageSnapshot> latestSnapshot(const QString &source) const;
    // Every period with readings, newest first: a few index seeks per period.
    QList<HistoryPeriod> periods(const QString &source) const;
    // Stored rows (identical consecutive readings share one) in a period, counted up to atMost.
    int readingCount(const QString &source, const HistoryPeriod &period,
                     int atMost = std::numeric_limits<int>::max()) const;
    // A period's readings for every unit, in one query.
    PeriodSeries periodSeries(const QString &source, const HistoryPeriod &period) const;
    // Brings a period's readings up to date: reads only the rows from series.lastRowId() on.
    void updateSeries(const QString &source, PeriodSeries &series) const;
    // How often each was read, for the tests that hold a refresh to one small read.
    int periodSeriesReads() const { return m_periodSeriesReads; }
    int seriesUpdates() const { return m_seriesUpdates; }
    // One unit's consumption in one period, oldest first. A row that stands for several identical
    // readings gives two points: when it was first and when it was last seen.
    UsageSeries unitSeries(const QString &source, const HistoryPeriod &period,
                           const QString &unitKey) const;
    // Readings seen in [from, to) (an invalid bound is no bound), oldest first, as snapshots whose
    // receivedAt is the time seen (again a row seen over a stretch of time gives its first and its
    // last sighting).
    QList<UsageSnapshot> readingsBetween(const QString &source, const QDateTime &from,
                                         const QDateTime &to) const;
    QList<UsageSnapshot> readingsInPeriod(const QString &source, const HistoryPeriod &period) const;

private:
    bool fail(const QString &message);
    QList<UsageSnapshot> readingsWhere(const QString &condition, const QVariantList &values,
                                       const QDateTime &from, const QDateTime &to) const;
    void pruneIfDue();
    bool extendRepeatedReading(QSqlQuery &query, const QString &source,
                               const UsageSnapshot &snapshot, const QDateTime &seenAt,
                               bool *extended);
    bool insertReading(QSqlQuery &query, const QString &source, const UsageSnapshot &snapshot,
                       const QDateTime &seenAt);

    QString m_path;
    const Clock &m_clock;
    std::unique_ptr<HistoryDatabase> m_database;
    bool m_open = false;
    bool m_readOnly = false;
    QString m_errorMessage;
    int m_retentionDays = Defaults::historyRetentionDays;
    QDateTime m_lastPrune;
    mutable int m_periodSeriesReads = 0;
    mutable int m_seriesUpdates = 0;
};
