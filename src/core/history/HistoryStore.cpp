#include "core/history/HistoryStore.h"

#include "core/Clock.h"
#include "core/history/PeriodReads.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

// Times are stored as milliseconds since the epoch, UTC: compact, exact and sortable.
QVariant toDb(const QDateTime &at) {
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromDb(const QVariant &value) {
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant optionalToDb(const std::optional<double> &value) {
    return value ? QVariant(*value) : QVariant();
}

// Each entry upgrades the schema by one version. Version 1 kept one row per reading; version 2
// lets a row stand for a run of identical readings (first_seen .. last_seen).
const QList<QStringList> &migrations() {
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE readings (id INTEGER PRIMARY KEY, source TEXT NOT NULL,"
                           " period_start INTEGER NOT NULL, period_end INTEGER NOT NULL,"
                           " billing_start INTEGER NOT NULL, billing_end INTEGER NOT NULL,"
                           " allocation_start INTEGER, allocation_end INTEGER, cadence TEXT,"
                           " captured_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE reading_units (reading_id INTEGER NOT NULL,"
                           " unit TEXT NOT NULL, consumed REAL NOT NULL, allocated REAL,"
                           " PRIMARY KEY (reading_id, unit)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX readings_by_period ON readings"
                           " (source, period_start, period_end, captured_at)"),
        },
        {
            QStringLiteral("ALTER TABLE readings RENAME COLUMN captured_at TO first_seen"),
            QStringLiteral("ALTER TABLE readings ADD COLUMN last_seen INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE readings SET last_seen = first_seen"),
            QStringLiteral("CREATE INDEX readings_by_time ON readings (source, first_seen)"),
            QStringLiteral("CREATE INDEX readings_by_last_seen ON readings (last_seen)"),
        },
    };
    return steps;
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
    return int(migrations().size());
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
    , m_clock(clock) {
    // Each store gets its own connection, so two stores (or a test and the app) never share one.
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("allium-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

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

bool HistoryStore::open() {
    close();
    m_errorMessage.clear();
    if (m_path.isEmpty())
        return fail(tr("No file was given for the usage history."));

    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath())) {
        return fail(tr("The usage history cannot be kept: the folder %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(file.absolutePath())));
    }

    m_db = std::make_unique<QSqlDatabase>(
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName));
    m_db->setDatabaseName(m_path);
    // Another instance writing at the same moment waits a little instead of failing at once.
    m_db->setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!m_db->open()) {
        const QString message = openProblem(m_db->lastError());
        close();
        return fail(message);
    }
    if (!configure() || !migrate()) {
        const QString message = m_errorMessage;
        close();
        return fail(message);
    }
    m_open = true;
    prune();
    return true;
}

bool HistoryStore::openForReading() {
    close();
    m_errorMessage.clear();
    if (!QFileInfo::exists(m_path))
        return fail(
            tr("The usage history %1 does not exist.").arg(QDir::toNativeSeparators(m_path)));
    m_db = std::make_unique<QSqlDatabase>(
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName));
    m_db->setDatabaseName(m_path);
    m_db->setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
    if (!m_db->open() || schemaVersion() != currentSchemaVersion()) {
        const QString message = openProblem(m_db->lastError());
        close();
        return fail(message);
    }
    m_open = true;
    return true;
}

QString HistoryStore::openProblem(const QSqlError &error) const {
    const QString file = QDir::toNativeSeparators(m_path);
    // SQLite's primary result codes: BUSY, LOCKED; READONLY, CANTOPEN; otherwise (NOTADB,
    // CORRUPT, ...) the file's content is at fault.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 5 || code == 6) {
        return tr("The usage history %1 is locked by another program (%2). Close it and try "
                  "again.")
            .arg(file, error.text());
    }
    if (code == 8 || code == 14) {
        return tr("The usage history %1 cannot be written (%2). Check the permissions of the "
                  "file and its folder.")
            .arg(file, error.text());
    }
    return tr("The usage history %1 cannot be read; it may be damaged (%2). Move it aside to "
              "start a new history.")
        .arg(file, error.text());
}

bool HistoryStore::configure() {
    QSqlQuery query(*m_db);
    // WAL: a crash mid-write leaves the last committed state; readers never block the writer.
    // The first statement that touches the file is also where a damaged or foreign file shows.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return fail(openProblem(query.lastError()));
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return fail(tr("The usage history %1 cannot be written: its folder does not allow the "
                       "journal file SQLite needs.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    // In WAL mode NORMAL can lose the last transaction on power loss but never corrupts the file.
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return true;
}

int HistoryStore::schemaVersion() const {
    if (!m_db || !m_db->isOpen())
        return 0;
    QSqlQuery query(*m_db);
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool HistoryStore::migrate() {
    const QStringList tables = m_db->tables();
    if (tables.isEmpty()) {
        QSqlQuery query(*m_db);
        if (!query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")) ||
            !query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"))) {
            return fail(tr("The usage history %1 cannot be created: %2.")
                            .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
        }
    } else if (!tables.contains(QLatin1String("schema_version"))) {
        return fail(tr("The file %1 is not an Allium Usage history; it was left untouched.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }

    const int version = schemaVersion();
    if (version > currentSchemaVersion()) {
        return fail(tr("The usage history %1 was written by a newer version of Allium Usage "
                       "(schema %2; this version reads up to %3).")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(version)
                        .arg(currentSchemaVersion()));
    }
    for (int next = version + 1; next <= currentSchemaVersion(); ++next) {
        if (!applyMigration(next))
            return false;
    }
    return true;
}

bool HistoryStore::applyMigration(int toVersion) {
    // One transaction per step: an interrupted upgrade leaves the previous version intact.
    if (!m_db->transaction())
        return fail(tr("The usage history cannot be upgraded: %1.").arg(m_db->lastError().text()));
    QSqlQuery query(*m_db);
    for (const QString &statement : migrations().at(toVersion - 1)) {
        if (!query.exec(statement)) {
            const QString reason = query.lastError().text();
            m_db->rollback();
            return fail(tr("The usage history cannot be upgraded to schema %1: %2.")
                            .arg(toVersion)
                            .arg(reason));
        }
    }
    query.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
    query.addBindValue(toVersion);
    if (!query.exec() || !m_db->commit()) {
        const QString reason = query.lastError().text();
        m_db->rollback();
        return fail(tr("The usage history cannot be upgraded to schema %1: %2.")
                        .arg(toVersion)
                        .arg(reason));
    }
    return true;
}

void HistoryStore::close() {
    m_open = false;
    if (m_db) {
        m_db->close();
        m_db.reset(); // every handle must be gone before the connection is removed
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool HistoryStore::record(const QString &source, const UsageSnapshot &reading) {
    if (!m_open)
        return false;
    // A unit whose consumption was not reported has no figure to keep (the column holds numbers,
    // and a 0 would be made up); the rest of the reading is kept.
    UsageSnapshot snapshot = reading;
    snapshot.units.removeIf([](const UnitUsage &unit) { return !unit.consumed; });
    const QDateTime seenAt = snapshot.receivedAt.isValid() ? snapshot.receivedAt : m_clock.now();
    if (!m_db->transaction())
        return fail(tr("A reading could not be saved: %1.").arg(m_db->lastError().text()));

    QSqlQuery query(*m_db);
    bool extended = false;
    const bool written = extendRepeatedReading(query, source, snapshot, seenAt, &extended) &&
                         (extended || insertReading(query, source, snapshot, seenAt));
    if (!written || !m_db->commit()) {
        const QString reason = written ? m_db->lastError().text() : query.lastError().text();
        m_db->rollback();
        return fail(tr("A reading could not be saved: %1.").arg(reason));
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
    if (!m_open)
        return 0;
    m_lastPrune = m_clock.now();
    if (m_retentionDays <= 0)
        return 0;
    const QVariant cutoff = toDb(m_clock.now().addDays(-m_retentionDays));
    if (!m_db->transaction())
        return 0;
    QSqlQuery query(*m_db);
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
    if (!ok || !m_db->commit()) {
        m_errorMessage = tr("Old readings could not be removed: %1.").arg(query.lastError().text());
        m_db->rollback();
        return 0;
    }
    return removed;
}

int HistoryStore::moveReadings(const QString &from, const QString &to) {
    if (!m_open)
        return -1;
    if (!m_db->transaction()) {
        fail(tr("Readings could not be moved: %1.").arg(m_db->lastError().text()));
        return -1;
    }
    QSqlQuery query(*m_db);
    query.prepare(QStringLiteral("UPDATE readings SET source = ? WHERE source = ?"));
    query.addBindValue(to);
    query.addBindValue(from);
    const bool moved = query.exec();
    const int count = moved ? query.numRowsAffected() : -1;
    if (!moved || !m_db->commit()) {
        const QString reason = moved ? m_db->lastError().text() : query.lastError().text();
        m_db->rollback();
        fail(tr("Readings could not be moved: %1.").arg(reason));
        return -1;
    }
    return count;
}

int HistoryStore::removeReadings(const QString &source) {
    if (!m_open)
        return -1;
    if (!m_db->transaction()) {
        fail(tr("Readings could not be deleted: %1.").arg(m_db->lastError().text()));
        return -1;
    }
    QSqlQuery query(*m_db);
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
    if (!ok || !m_db->commit()) {
        const QString reason = ok ? m_db->lastError().text() : query.lastError().text();
        m_db->rollback();
        fail(tr("Readings could not be deleted: %1.").arg(reason));
        return -1;
    }
    return removed;
}

std::optional<UsageSnapshot> HistoryStore::latestSnapshot(const QString &source) const {
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(*m_db);
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
    return m_open ? PeriodReads::periods(*m_db, source) : QList<HistoryPeriod>();
}

int HistoryStore::readingCount(const QString &source, const HistoryPeriod &period,
                               int atMost) const {
    return m_open ? PeriodReads::readingCount(*m_db, source, period, atMost) : 0;
}

PeriodSeries HistoryStore::periodSeries(const QString &source, const HistoryPeriod &period) const {
    PeriodSeries series(period);
    if (!m_open)
        return series;
    ++m_periodSeriesReads;
    series.apply(PeriodReads::rows(*m_db, source, period));
    return series;
}

void HistoryStore::updateSeries(const QString &source, PeriodSeries &series) const {
    if (!m_open)
        return;
    ++m_seriesUpdates;
    series.apply(
        PeriodReads::rows(*m_db, source, series.period(), qMax<qint64>(0, series.lastRowId())));
}

UsageSeries HistoryStore::unitSeries(const QString &source, const HistoryPeriod &period,
                                     const QString &unitKey) const {
    UsageSeries series;
    if (!m_open)
        return series;
    QSqlQuery query(*m_db);
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
        point.time = fromDb(query.value(0));
        point.consumed = query.value(2).toDouble();
        if (!query.value(3).isNull())
            point.allocated = query.value(3).toDouble();
        const QDateTime lastSeen = fromDb(query.value(1));
        series.append(point);
        if (lastSeen > point.time) {
            point.time = lastSeen;
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
    if (!m_db || !m_db->isOpen())
        return result;
    QSqlQuery query(*m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.id, r.billing_start, r.billing_end, r.allocation_start,"
                                 " r.allocation_end, r.cadence, r.first_seen, r.last_seen, u.unit,"
                                 " u.consumed, u.allocated FROM readings r"
                                 " LEFT JOIN reading_units u ON u.reading_id = r.id WHERE ") +
                  condition + QStringLiteral(" ORDER BY r.first_seen, r.id, u.unit"));
    for (const QVariant &value : values)
        query.addBindValue(value);
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
