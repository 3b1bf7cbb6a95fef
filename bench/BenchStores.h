// The history stores and the loopback API of allium-dashboard-bench: a month, a year and five
// years of 5-minute readings (two units, 30-day allocation periods) and a year in an annual period
// 330 days old, dated from today so that the app shows them as its current reading; and an API in
// a thread of its own that answers with the next reading of the store being measured.
#pragma once

#include <QDateTime>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <optional>

class QTextStream;
struct UsageSnapshot;

class BenchStore final {
public:
    static QList<BenchStore> scenarios(bool quick);

    QString name() const { return m_name; }
    QString path() const { return m_path; }
    qint64 readingCount() const { return m_readings; }
    qint64 currentPeriodReadings() const { return m_currentReadings; }

    // Fills the store under the history key of the organization of ALLIUM_API_KEY, or reuses
    // today's from the cache folder.
    bool prepare(const QString &cacheFolder, const QUrl &apiBaseUrl, QTextStream &out);
    // A fresh copy for one run (the app records into it).
    bool copyTo(const QString &path) const;
    // What the API answers at `at`; `bump` makes each answer a new reading.
    UsageSnapshot readingAt(const QDateTime &at, qint64 bump) const;

private:
    BenchStore(const QString &name, const QString &slug, int days, bool annual);
    std::pair<QDateTime, QDateTime> periodAround(const QDateTime &at) const;

    QString m_name;
    QString m_slug;
    int m_days;
    bool m_annual;
    QDateTime m_today; // midnight UTC; the readings end there
    QString m_path;
    qint64 m_readings = 0;
    qint64 m_currentReadings = 0;
};

class BenchApi final : public QThread {
public:
    static constexpr quint16 port = 47311; // fixed: the stores are kept under its URL

    ~BenchApi() override;

    bool start();
    QUrl baseUrl() const;
    void serve(const BenchStore &store);
    void advance();

protected:
    void run() override;

private:
    QByteArray body();

    QMutex m_mutex;
    std::optional<BenchStore> m_store;
    qint64 m_bump = 0;
    std::atomic<bool> m_listening = false;
};
