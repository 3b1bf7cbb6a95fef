#include "BenchStores.h"

#include "core/Clock.h"
#include "core/api/UsageSnapshot.h"
#include "core/history/HistoryStore.h"
#include "core/http/HttpServer.h"
#include "core/organizations/OrganizationList.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTextStream>

#include <unistd.h>

namespace {

constexpr qint64 step = 300; // a reading every 5 minutes

QString iso(const QDateTime &at) {
    return at.toString(Qt::ISODate);
}

} // namespace

QList<BenchStore> BenchStore::scenarios(bool quick) {
    QList<BenchStore> stores{
        BenchStore(QStringLiteral("a month"), QStringLiteral("month"), 30, false),
        BenchStore(QStringLiteral("a year"), QStringLiteral("year"), 365, false),
        BenchStore(QStringLiteral("a year, annual period 330 days in"), QStringLiteral("annual"),
                   365, true),
    };
    if (!quick)
        stores.insert(2, BenchStore(QStringLiteral("five years"), QStringLiteral("five-years"),
                                    5 * 365, false));
    return stores;
}

BenchStore::BenchStore(const QString &name, const QString &slug, int days, bool annual)
    : m_name(name)
    , m_slug(slug)
    , m_days(days)
    , m_annual(annual)
    , m_today(QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC)) {}

std::pair<QDateTime, QDateTime> BenchStore::periodAround(const QDateTime &at) const {
    // The current period runs from 20 days (annual: 330 days) before today to 10 (35) days after;
    // earlier ones are as long, back to back.
    const qint64 length = m_annual ? 365 : 30;
    const QDateTime current = m_today.addDays(m_annual ? -330 : -20);
    const qint64 days = current.daysTo(at);
    const qint64 periods = days >= 0 ? days / length : -((-days + length - 1) / length);
    const QDateTime start = current.addDays(periods * length);
    return {start, start.addDays(length)};
}

UsageSnapshot BenchStore::readingAt(const QDateTime &at, qint64 bump) const {
    const auto [start, end] = periodAround(at);
    UsageSnapshot snapshot;
    snapshot.billingPeriodStart = start;
    snapshot.billingPeriodEnd = m_annual ? start.addDays(30) : end;
    snapshot.allocationPeriodStart = start;
    snapshot.allocationPeriodEnd = end;
    snapshot.cadenceText = m_annual ? QStringLiteral("annual") : QStringLiteral("monthly");
    // A busy organization: developer units change at every reading, explorer units now and then.
    const double minutes = double(start.secsTo(at)) / 60.0;
    const double allocation = m_annual ? 24000000.0 : 2000000.0;
    snapshot.units = {
        {QStringLiteral("developer_units"), minutes * 9.5 + double(bump % 7), allocation},
        {QStringLiteral("explorer_units"), double(qint64(minutes) / 600),
         m_annual ? 1200.0 : 100.0},
    };
    snapshot.receivedAt = at;
    return snapshot;
}

bool BenchStore::prepare(const QString &cacheFolder, const QUrl &apiBaseUrl, QTextStream &out) {
    QDir().mkpath(cacheFolder);
    m_path = QDir(cacheFolder)
                 .filePath(QStringLiteral("%1-%2-schema%3.sqlite")
                               .arg(m_slug, m_today.date().toString(Qt::ISODate))
                               .arg(HistoryStore::currentSchemaVersion()));
    // The dashboard shows the organization of ALLIUM_API_KEY (the bench sets it), whose readings
    // are kept under its own history key, not the API's address.
    const QString source = OrganizationList::environmentOrganization().historyKey();
    const QDateTime first = m_today.addDays(-m_days);
    const bool cached = QFile::exists(m_path);
    ManualClock clock(first);
    HistoryStore store(m_path, clock);
    store.setRetentionDays(0);
    if (!store.open()) {
        out << "cannot open " << m_path << ": " << store.errorMessage() << '\n';
        return false;
    }
    // A store cached before the readings were kept by organization: filed under it once.
    if (cached && store.moveReadings(HistoryStore::sourceKey(apiBaseUrl), source) < 0) {
        out << "cannot move the readings in " << m_path << ": " << store.errorMessage() << '\n';
        return false;
    }
    if (!cached) {
        qint64 index = 0;
        for (QDateTime at = first; at < m_today; at = at.addSecs(step), ++index) {
            clock.setNow(at);
            if (!store.record(source, readingAt(at, index))) {
                out << "record failed: " << store.errorMessage() << '\n';
                store.close();
                QFile::remove(m_path);
                return false;
            }
        }
    }
    m_readings = 0;
    const QList<HistoryPeriod> periods = store.periods(source);
    for (const HistoryPeriod &period : periods)
        m_readings += store.readingCount(source, period);
    m_currentReadings = periods.isEmpty() ? 0 : store.readingCount(source, periods.constFirst());
    return m_readings > 0;
}

bool BenchStore::copyTo(const QString &path) const {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    // The store was closed cleanly (checkpointed): the main file is the whole history.
    if (!QFile::copy(m_path, path))
        return false;
    // Written out before the clock starts: the kernel writing back a fresh copy of up to 150 MB
    // would otherwise compete with the dashboard it is measuring, the more the larger the store.
    QFile copy(path);
    return copy.open(QIODevice::ReadOnly) && ::fsync(copy.handle()) == 0;
}

BenchApi::~BenchApi() {
    quit();
    wait();
}

bool BenchApi::start() {
    QThread::start();
    // run() says whether it could listen.
    while (isRunning() && !m_listening)
        msleep(1);
    return m_listening;
}

QUrl BenchApi::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

void BenchApi::serve(const BenchStore &store) {
    const QMutexLocker lock(&m_mutex);
    m_store = store;
}

void BenchApi::advance() {
    const QMutexLocker lock(&m_mutex);
    ++m_bump;
}

QByteArray BenchApi::body() {
    const QMutexLocker lock(&m_mutex);
    if (!m_store)
        return "{}";
    const UsageSnapshot snapshot = m_store->readingAt(QDateTime::currentDateTimeUtc(), m_bump);
    QJsonObject allocated;
    QJsonObject consumed;
    for (const UnitUsage &unit : snapshot.units) {
        allocated.insert(unit.key, *unit.allocated);
        consumed.insert(unit.key, *unit.consumed);
    }
    const QJsonObject body{
        {QStringLiteral("billing_period_start"), iso(snapshot.billingPeriodStart)},
        {QStringLiteral("billing_period_end"), iso(snapshot.billingPeriodEnd)},
        {QStringLiteral("allocation_period_start"), iso(snapshot.allocationPeriodStart)},
        {QStringLiteral("allocation_period_end"), iso(snapshot.allocationPeriodEnd)},
        {QStringLiteral("allocation_cadence"), snapshot.cadenceText},
        {QStringLiteral("allocation_amounts"), allocated},
        {QStringLiteral("consumed_amounts"), consumed},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void BenchApi::run() {
    HttpServer server;
    server.setHandler([this](const HttpRequest &) { return HttpResponse::json(200, body()); });
    if (!server.listen(port))
        return;
    m_listening = true;
    exec();
}
