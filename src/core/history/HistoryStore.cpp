#include "core/history/HistoryStore.h"

#include "core/Clock.h"
#include "core/history/HistoryDatabase.h"
#include "core/history/HistorySchema.h"
#include "core/history/PeriodReads.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <limits>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("HistoryStore", text);
}

constexpr auto toDb = &HistorySchema::timeToDb;
constexpr auto fromDb = &HistorySchema::timeFromDb;

QVariant optionalToDb(const std::optional<double> &value) {
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QString HistoryStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

QString HistoryStore::sourceKey(const QUrl &baseUrl) {
    QUrl url = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments |
                                QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString()); // "https://api.allium.so/" is the same API as without the slash
    return url.toString();
}

QString HistoryStore::demoSourceKey() {
    return QStringLiteral("demo");
}

int HistoryStore::currentSchemaVersion() {
    return HistorySchema::currentVersion();
}

HistoryPeriod HistoryStore::periodOf(const UsageSnapshot &snapshot) {
    HistoryPeriod period;
    period.start = snapshot.periodStart();
    period.end = snapshot.periodEnd();
    period.cadenceText = snapshot.cadenceText;
    return period;
}

HistoryStore::HistoryStore(const QString &path, const Clock &clock)
    : m_path(path)
    , m_clock(clock)
    , m_database(std::make_unique<HistoryDatabase>(path)) {}

HistoryStore::~HistoryStore() {
    close();
}

void HistoryStore::setRetentionDays(int days) {
    m_retentionDays = qMax(0, days);
}

bool HistoryStore::fail(const QString &message) {
    m_errorMessage = message;
    return false;
}

bool HistoryStore::open(Access access) {
    close();
    m_errorMessage.clear();
    bool opened = m_database->open(access);
    // An older file must be upgraded before it can be read, and that needs writing.
    if (!opened && access == Access::ReadOnly && m_database->needsUpgrade())
        opened = m_database->open(Access::ReadWrite);
    if (!opened)
        return fail(m_database->errorMessage());
    m_open = true;
    m_readOnly = access == Access::ReadOnly;
    prune();
    return true;
}

bool HistoryStore::openForReading() {
    close();
    m_errorMessage.clear();
    // Read-only and as it is: no upgrade, no pruning (for reading in another thread).
    if (!m_database->open(Access::ReadOnly))
        return fail(m_database->errorMessage());
    m_open = true;
    m_readOnly = true;
    return true;
}

void HistoryStore::close() {
    m_open = false;
    m_database->close();
}

int HistoryStore::schemaVersion() const {
    if (!m_database->isOpen())
        return 0;
    return HistorySchema::storedVersion(m_database->connection());
}

bool HistoryStore::record(const QString &source, const UsageSnapshot &reading) {
    if (!m_open || m_readOnly)
        return false;
    // A unit whose consumption was not reported has no figure to keep (the column holds numbers,
    // and a 0 would be made up); the rest of the reading is kept.
    UsageSnapshot snapshot = reading;
    snapshot.units.removeIf([](const UnitUsage &unit) { return !unit.consumed; });
    const QDateTime seenAt = snapshot.receivedAt.isValid() ? snapshot.receivedAt : m_clock.now();
    if (!m_database->beginWrite())
        return fail(m_database->errorMessage());

    QSqlQuery query(m_database->connection());
    bool extended = false;
    const bool written = extendRepeatedReading(query, source, snapshot, seenAt, &extended) &&
                         (extended || insertReading(query, source, snapshot, seenAt));
    const QSqlError queryError = query.lastError();
    query.finish();
    // Only a commit that succeeded counts: anything else is reported, never a quiet success.
    QSqlDatabase &db = m_database->connection();
    if (!written || !db.commit()) {
        const QSqlError error = written ? db.lastError() : queryError;
        db.rollback();
        return fail(m_database->problemFor(error));
    }
    pruneIfDue();
    return true;
}

bool HistoryStore::extendRepeatedReading(QSqlQuery &query, const QString &source,
                                         const UsageSnapshot &snapshot, const QDateTime &seenAt,
                                         bool *extended) {
    *extended = false;
    query.prepare(QStringLiteral("SELECT id, first_seen, last_seen FROM readings WHERE source = ?"
                                 " ORDER BY first_seen DESC, id DESC LIMIT 1"));
    query.addBindValue(source);
    if (!query.exec())
        return false;
    if (!query.next())
        return true;
    const qint64 id = query.value(0).toLongLong();
    const QDateTime firstSeen = fromDb(query.value(1));
    const QDateTime lastSeen = fromDb(query.value(2));
    const QList<UsageSnapshot> previous =
        readingsWhere(QStringLiteral("r.id = ?"), {id}, QDateTime(), QDateTime());
    if (previous.isEmpty() || !previous.constFirst().sameReadingAs(snapshot) || seenAt < firstSeen)
        return true;

    query.prepare(QStringLiteral("UPDATE readings SET last_seen = ? WHERE id = ?"));
    query.addBindValue(toDb(qMax(seenAt, lastSeen)));
    query.addBindValue(id);
    *extended = query.exec();
    return *extended;
}

bool HistoryStore::insertReading(QSqlQuery &query, const QString &source,
                                 const UsageSnapshot &snapshot, const QDateTime &seenAt) {
    query.prepare(QStringLiteral(
        "INSERT INTO readings (source, period_start, period_end, billing_start, billing_end,"
        " allocation_start, allocation_end, cadence, first_seen, last_seen)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const HistoryPeriod period = periodOf(snapshot);
    query.addBindValue(source);
    query.addBindValue(toDb(period.start));
    query.addBindValue(toDb(period.end));
    query.addBindValue(toDb(snapshot.billingPeriodStart));
    query.addBindValue(toDb(snapshot.billingPeriodEnd));
    query.addBindValue(toDb(snapshot.allocationPeriodStart));
    query.addBindValue(toDb(snapshot.allocationPeriodEnd));
    query.addBindValue(snapshot.cadenceText.isEmpty() ? QVariant()
                                                      : QVariant(snapshot.cadenceText));
    query.addBindValue(toDb(seenAt));
    query.addBindValue(toDb(seenAt));
    if (!query.exec())
        return false;
    const qint64 readingId = query.lastInsertId().toLongLong();

    query.prepare(QStringLiteral("INSERT INTO reading_units (reading_id, unit, consumed, allocated)"
                                 " VALUES (?, ?, ?, ?)"));
    for (const UnitUsage &unit : snapshot.units) {
        query.addBindValue(readingId);
        query.addBindValue(unit.key);
        query.addBindValue(*unit.consumed);
        query.addBindValue(optionalToDb(unit.allocated));
        if (!query.exec())
            return false;
    }
    return true;
}

void HistoryStore::pruneIfDue() {
    // Pruning scans an index; once a day is plenty for a retention counted in days.
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(m_clock.now()) >= 24 * 3600)
        prune();
}

int HistoryStore::prune() {
    if (!m_open || m_readOnly)
        return 0;
    m_lastPrune = m_clock.now();
    if (m_retentionDays <= 0)
        return 0;
    const QVariant cutoff = toDb(m_clock.now().addDays(-m_retentionDays));
    if (!m_database->beginWrite())
        return 0; // pruning waits for the next time; nothing is lost
    QSqlDatabase &db = m_database->connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM reading_units WHERE reading_id IN"
                                 " (SELECT id FROM readings WHERE last_seen < ?)"));
    query.addBindValue(cutoff);
    bool ok = query.exec();
    int removed = 0;
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM readings WHERE last_seen < ?"));
        query.addBindValue(cutoff);
        ok = query.exec();
        removed = query.numRowsAffected();
    }
    query.finish();
    if (!ok || !db.commit()) {
        m_errorMessage = tr("Old readings could not be removed: %1.").arg(query.lastError().text());
        db.rollback();
        return 0;
    }
    return removed;
}

int HistoryStore::moveReadings(const QString &from, const QString &to) {
    if (!m_open || m_readOnly)
        return -1;
    // The write lock first, as record() takes it: another writer is waited for, not failed.
    if (!m_database->beginWrite()) {
        fail(tr("Readings could not be moved: %1").arg(m_database->errorMessage()));
        return -1;
    }
    QSqlDatabase &db = m_database->connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE readings SET source = ? WHERE source = ?"));
    query.addBindValue(to);
    query.addBindValue(from);
    const bool moved = query.exec();
    const int count = moved ? query.numRowsAffected() : -1;
    const QSqlError queryError = query.lastError();
    query.finish();
    if (!moved || !db.commit()) {
        const QSqlError error = moved ? db.lastError() : queryError;
        db.rollback();
        fail(tr("Readings could not be moved: %1").arg(m_database->problemFor(error)));
        return -1;
    }
    return count;
}

int HistoryStore::removeReadings(const QString &source) {
    if (!m_open || m_readOnly)
        return -1;
    if (!m_database->beginWrite()) {
        fail(tr("Readings could not be deleted: %1").arg(m_database->errorMessage()));
        return -1;
    }
    QSqlDatabase &db = m_database->connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM reading_units WHERE reading_id IN"
                                 " (SELECT id FROM readings WHERE source = ?)"));
    query.addBindValue(source);
    bool ok = query.exec();
    int removed = 0;
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM readings WHERE source = ?"));
        query.addBindValue(source);
        ok = query.exec();
        removed = query.numRowsAffected();
    }
    const QSqlError queryError = query.lastError();
    query.finish();
    if (!ok || !db.commit()) {
        const QSqlError error = ok ? db.lastError() : queryError;
        db.rollback();
        fail(tr("Readings could not be deleted: %1").arg(m_database->problemFor(error)));
        return -1;
    }
    return removed;
}

std::optional<UsageSnapshot> HistoryStore::latestSnapshot(const QString &source) const {
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id, last_seen FROM readings WHERE source = ?"
                                 " ORDER BY first_seen DESC, id DESC LIMIT 1"));
    query.addBindValue(source);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QDateTime lastSeen = fromDb(query.value(1));
    QList<UsageSnapshot> readings =
        readingsWhere(QStringLiteral("r.id = ?"), {query.value(0)}, QDateTime(), QDateTime());
    if (readings.isEmpty())
        return std::nullopt;
    UsageSnapshot latest = readings.takeFirst();
    latest.receivedAt = lastSeen;
    return latest;
}

QList<HistoryPeriod> HistoryStore::periods(const QString &source) const {
    return m_open ? PeriodReads::periods(m_database->connection(), source) : QList<HistoryPeriod>();
}

int HistoryStore::readingCount(const QString &source, const HistoryPeriod &period,
                               int atMost) const {
    return m_open ? PeriodReads::readingCount(m_database->connection(), source, period, atMost) : 0;
}

PeriodSeries HistoryStore::periodSeries(const QString &source, const HistoryPeriod &period) const {
    PeriodSeries series(period);
    if (!m_open)
        return series;
    ++m_periodSeriesReads;
    series.apply(PeriodReads::rows(m_database->connection(), source, period));
    return series;
}

void HistoryStore::updateSeries(const QString &source, PeriodSeries &series) const {
    if (!m_open)
        return;
    ++m_seriesUpdates;
    series.apply(PeriodReads::rows(m_database->connection(), source, series.period(),
                                   qMax<qint64>(0, series.lastRowId())));
}

UsageSeries HistoryStore::unitSeries(const QString &source, const HistoryPeriod &period,
                                     const QString &unitKey) const {
    UsageSeries series;
    if (!m_open)
        return series;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.first_seen, r.last_seen, u.consumed, u.allocated FROM readings r"
        " JOIN reading_units u ON u.reading_id = r.id"
        " WHERE r.source = ? AND r.period_start = ? AND r.period_end = ? AND u.unit = ?"
        " ORDER BY r.first_seen, r.id"));
    query.addBindValue(source);
    query.addBindValue(toDb(period.start));
    query.addBindValue(toDb(period.end));
    query.addBindValue(unitKey);
    if (!query.exec())
        return series;
    while (query.next()) {
        UsagePoint point;
        point.setTime(fromDb(query.value(0)));
        point.consumed = query.value(2).toDouble();
        if (!query.value(3).isNull())
            point.allocated = query.value(3).toDouble();
        const QDateTime lastSeen = fromDb(query.value(1));
        series.append(point);
        if (lastSeen > point.time()) {
            point.setTime(lastSeen);
            series.append(point);
        }
    }
    return series;
}

QList<UsageSnapshot> HistoryStore::readingsBetween(const QString &source, const QDateTime &from,
                                                   const QDateTime &to) const {
    // An invalid bound means no bound.
    const qint64 fromMs =
        from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    return readingsWhere(QStringLiteral("r.source = ? AND r.last_seen >= ? AND r.first_seen < ?"),
                         {source, fromMs, toMs}, from, to);
}

QList<UsageSnapshot> HistoryStore::readingsInPeriod(const QString &source,
                                                    const HistoryPeriod &period) const {
    return readingsWhere(QStringLiteral("r.source = ? AND r.period_start = ? AND r.period_end = ?"),
                         {source, toDb(period.start), toDb(period.end)}, QDateTime(), QDateTime());
}

QList<UsageSnapshot> HistoryStore::readingsWhere(const QString &condition,
                                                 const QVariantList &values, const QDateTime &from,
                                                 const QDateTime &to) const {
    QList<UsageSnapshot> result;
    if (!m_database->isOpen())
        return result;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    // Read-only, nothing is pruned; what a prune would remove is left out instead.
    const bool hidePruned = m_readOnly && m_retentionDays > 0;
    query.prepare(QStringLiteral("SELECT r.id, r.billing_start, r.billing_end, r.allocation_start,"
                                 " r.allocation_end, r.cadence, r.first_seen, r.last_seen, u.unit,"
                                 " u.consumed, u.allocated FROM readings r"
                                 " LEFT JOIN reading_units u ON u.reading_id = r.id WHERE (") +
                  condition +
                  (hidePruned ? QStringLiteral(") AND r.last_seen >= ?") : QStringLiteral(")")) +
                  QStringLiteral(" ORDER BY r.first_seen, r.id, u.unit"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (hidePruned)
        query.addBindValue(toDb(m_clock.now().addDays(-m_retentionDays)));
    if (!query.exec())
        return result;

    QList<std::pair<UsageSnapshot, QDateTime>> rows; // each reading with its last-seen time
    qint64 currentId = -1;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != currentId) {
            currentId = id;
            UsageSnapshot snapshot;
            snapshot.billingPeriodStart = fromDb(query.value(1));
            snapshot.billingPeriodEnd = fromDb(query.value(2));
            snapshot.allocationPeriodStart = fromDb(query.value(3));
            snapshot.allocationPeriodEnd = fromDb(query.value(4));
            snapshot.cadenceText = query.value(5).toString();
            snapshot.receivedAt = fromDb(query.value(6));
            rows.append({snapshot, fromDb(query.value(7))});
        }
        if (query.value(8).isNull())
            continue; // a reading without units
        UnitUsage unit;
        unit.key = query.value(8).toString();
        unit.consumed = query.value(9).toDouble();
        if (!query.value(10).isNull())
            unit.allocated = query.value(10).toDouble();
        rows.last().first.units.append(unit);
    }

    const auto inRange = [&from, &to](const QDateTime &at) {
        return (!from.isValid() || at >= from) && (!to.isValid() || at < to);
    };
    for (const auto &[snapshot, lastSeen] : rows) {
        if (inRange(snapshot.receivedAt))
            result.append(snapshot);
        if (lastSeen > snapshot.receivedAt && inRange(lastSeen)) {
            UsageSnapshot again = snapshot;
            again.receivedAt = lastSeen;
            result.append(again);
        }
    }
    return result;
}
