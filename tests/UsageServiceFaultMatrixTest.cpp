// Every fault the usage endpoint can show (UsageFaultCatalogue), played by a real loopback server
// through a real QNetworkAccessManager: each must end in the right class of error with a message
// that names it, keep the last good reading, never carry the key anywhere but the origin, and
// give way to the next good answer.
#include "core/Clock.h"
#include "core/api/BaseUrlPolicy.h"
#include "core/api/ServerText.h"
#include "core/api/UsageService.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"
#include "support/UsageFaultCatalogue.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(UsageFault)

namespace {

const QString Key = QStringLiteral("fault-matrix-key-5e1f");
constexpr auto Timeout = 1500ms;

} // namespace

class UsageServiceFaultMatrixTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eachFaultIsClassifiedKeptApartAndRecoveredFrom_data();
    void eachFaultIsClassifiedKeptApartAndRecoveredFrom();
    void theKeyGoesOnlyToTheConfiguredOrigin_data();
    void theKeyGoesOnlyToTheConfiguredOrigin();
    void aDrippingServerCannotHoldARequestPastTheTimeout();

private:
    bool fetch();
    QUrl substituted(const QByteArray &location) const;
    HttpResponse withAddresses(HttpResponse answer) const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedUsageApi> m_origin;
    std::unique_ptr<HttpServer> m_otherHost; // 127.0.0.2
    std::unique_ptr<HttpServer> m_otherPort; // 127.0.0.1, another port
    std::unique_ptr<HttpServer> m_proxyTrap;
    std::unique_ptr<UsageService> m_service;
    std::unique_ptr<QSignalSpy> m_received;
    std::unique_ptr<QSignalSpy> m_failed;
};

void UsageServiceFaultMatrixTest::initTestCase() {
    QMap<QString, int> groups;
    const QList<UsageFault> faults = UsageFaultCatalogue::all();
    for (const UsageFault &fault : faults)
        ++groups[fault.group];
    QStringList counts;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    qInfo("%d faults: %s", int(faults.size()), qPrintable(counts.join(QStringLiteral(", "))));
}

void UsageServiceFaultMatrixTest::init() {
    // Qt's own complaints ("Internal problem, this method must only be called once") count too.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 4, 15), QTime(12, 0), Qt::UTC));
    m_origin = std::make_unique<ScriptedUsageApi>();
    QVERIFY(m_origin->isListening());
    m_otherHost = std::make_unique<HttpServer>();
    QString error;
    QVERIFY2(m_otherHost->listen(QHostAddress(QStringLiteral("127.0.0.2")), 0, &error),
             qPrintable(QStringLiteral("127.0.0.2 must be usable (Linux routes 127.0.0.0/8 to "
                                       "loopback): ") +
                        error));
    m_otherPort = std::make_unique<HttpServer>();
    QVERIFY(m_otherPort->listen());
    m_proxyTrap = std::make_unique<HttpServer>();
    QVERIFY(m_proxyTrap->listen());
    for (HttpServer *trap : {m_otherHost.get(), m_otherPort.get(), m_proxyTrap.get()})
        trap->setHandler([](const HttpRequest &) {
            return ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits());
        });

    m_service = std::make_unique<UsageService>(*m_clock);
    UsageServiceTimings timings;
    timings.transferTimeout = Timeout;
    timings.backoffInitial = 10ms;
    timings.backoffMaximum = 20ms;
    m_service->setTimings(timings);
    QVERIFY(m_service->setBaseUrl(m_origin->baseUrl()));
    m_service->setApiKey(Key);
    m_received = std::make_unique<QSignalSpy>(m_service.get(), &UsageService::snapshotReceived);
    m_failed = std::make_unique<QSignalSpy>(m_service.get(), &UsageService::refreshFailed);
}

void UsageServiceFaultMatrixTest::cleanup() {
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_received.reset();
    m_failed.reset();
    m_service.reset();
    m_origin.reset();
    m_otherHost.reset();
    m_otherPort.reset();
    m_proxyTrap.reset();
}

bool UsageServiceFaultMatrixTest::fetch() {
    // An event loop of its own: QTest::qWaitFor would sleep 10 ms between rounds of events.
    const qsizetype before = m_received->count() + m_failed->count();
    QEventLoop loop;
    connect(m_service.get(), &UsageService::snapshotReceived, &loop, &QEventLoop::quit);
    connect(m_service.get(), &UsageService::refreshFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    if (!m_service->refreshNow())
        return false;
    if (m_received->count() + m_failed->count() == before)
        loop.exec();
    return m_received->count() + m_failed->count() > before;
}

QUrl UsageServiceFaultMatrixTest::substituted(const QByteArray &location) const {
    QByteArray text = location;
    const QByteArray origin = m_origin->baseUrl().toEncoded();
    text.replace(UsageFault::OriginOverHttps, QByteArray(origin).replace("http:", "https:"));
    text.replace(UsageFault::OriginWithUserInfo, QByteArray(origin).replace("//", "//a:b@"));
    text.replace(UsageFault::OtherHostSchemeRelative,
                 m_otherHost->baseUrl().toEncoded().replace("http:", ""));
    text.replace(UsageFault::OtherHost, m_otherHost->baseUrl().toEncoded());
    text.replace(UsageFault::OtherPort, m_otherPort->baseUrl().toEncoded());
    text.replace(UsageFault::Origin, m_origin->baseUrl().toEncoded());
    return QUrl::fromEncoded(text);
}

HttpResponse UsageServiceFaultMatrixTest::withAddresses(HttpResponse answer) const {
    for (auto &header : answer.headers) {
        if (header.first == "Location")
            header.second = substituted(header.second).toEncoded();
    }
    return answer;
}

void UsageServiceFaultMatrixTest::eachFaultIsClassifiedKeptApartAndRecoveredFrom_data() {
    QTest::addColumn<UsageFault>("fault");
    const QList<UsageFault> faults = UsageFaultCatalogue::all();
    for (const UsageFault &fault : faults)
        QTest::newRow(qPrintable(fault.group + QStringLiteral(": ") + fault.name)) << fault;
}

void UsageServiceFaultMatrixTest::eachFaultIsClassifiedKeptApartAndRecoveredFrom() {
    QFETCH(UsageFault, fault);

    // A good reading first: the one the fault must not touch.
    QVERIFY(fetch());
    QCOMPARE(m_received->count(), 1);
    const UsageSnapshot good = *m_service->lastSnapshot();

    const HttpResponse answer = withAddresses(fault.answer);
    if (fault.setup == UsageFault::Setup::Refused) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(m_service->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    } else if (fault.repeats) {
        m_origin->setFallback(answer);
    } else {
        m_origin->enqueue(answer);
    }
    if (fault.setup == UsageFault::Setup::ProxyTrap)
        QNetworkProxy::setApplicationProxy(QNetworkProxy(
            QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxyTrap->port()));

    QVERIFY(fetch());

    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QVERIFY(m_service->setBaseUrl(m_origin->baseUrl()));
    m_origin->setFallback(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));

    if (fault.kind) {
        QCOMPARE(m_failed->count(), 1);
        const auto error = m_failed->constFirst().constFirst().value<UsageError>();
        QVERIFY2(error.kind == *fault.kind,
                 qPrintable(QStringLiteral("kind %1: %2").arg(int(error.kind)).arg(error.message)));
        QCOMPARE(error.isTransient(), fault.transient);
        QVERIFY2(error.message.contains(fault.mentions), qPrintable(error.message));
        QVERIFY(!error.advice().isEmpty());
        // Fit for a terminal and a tooltip: nothing to obey, nothing endless, no key.
        QCOMPARE(ServerText::displayable(error.message, -1), error.message);
        QVERIFY2(error.message.size() < 700, qPrintable(QString::number(error.message.size())));
        QVERIFY(!error.message.contains(Key));
        if (fault.retryAfterMs) {
            QCOMPARE(error.retryAfter.has_value(), *fault.retryAfterMs >= 0);
            if (*fault.retryAfterMs >= 0)
                QCOMPARE(qint64(error.retryAfter->count()), *fault.retryAfterMs);
        }
        // The last good reading stays, exactly as it was, with its own time.
        QVERIFY(m_service->lastSnapshot()->sameReadingAs(good));
        QCOMPARE(m_service->lastSnapshot()->receivedAt, good.receivedAt);
        QCOMPARE(m_service->lastError()->kind, *fault.kind);
    } else {
        QCOMPARE(m_failed->count(), 0);
        QCOMPARE(m_received->count(), 2);
        const auto snapshot = m_received->last().constFirst().value<UsageSnapshot>();
        if (fault.checkSnapshot) {
            const QString problem = fault.checkSnapshot(snapshot);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        for (const UnitUsage &unit : snapshot.units)
            QCOMPARE(ServerText::displayable(unit.label(), -1), unit.label());
    }

    // The key reached no one else: not another host, not another port, not a proxy.
    QCOMPARE(m_otherHost->connectionCount(), 0);
    QCOMPARE(m_otherPort->connectionCount(), 0);
    QCOMPARE(m_proxyTrap->connectionCount(), 0);
    for (const HttpRequest &request : m_origin->requests())
        QCOMPARE(request.header("X-API-KEY"), Key.toUtf8());

    // And the next good answer is taken as it comes.
    m_clock->advance(60);
    QVERIFY(fetch());
    // (The message is built whether or not the check fails: never from an empty optional.)
    QVERIFY2(!m_service->lastError(),
             qPrintable(m_service->lastError().value_or(UsageError()).message));
    QCOMPARE(m_service->lastSnapshot()->receivedAt, m_clock->now());
    QVERIFY(m_service->lastSnapshot()->unit(QStringLiteral("developer_units")));
}

void UsageServiceFaultMatrixTest::theKeyGoesOnlyToTheConfiguredOrigin_data() {
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("followed");

    const QString api = QStringLiteral("https://api.allium.so/api/v1/account/organization/usage");
    QTest::newRow("same origin, another path")
        << api << QStringLiteral("https://api.allium.so/v2") << true;
    QTest::newRow("same origin, explicit default port")
        << api << QStringLiteral("https://api.allium.so:443/x") << true;
    QTest::newRow("same origin, host in capitals")
        << api << QStringLiteral("https://API.Allium.SO/x") << true;
    QTest::newRow("less safe scheme") << api << QStringLiteral("http://api.allium.so/x") << false;
    QTest::newRow("another host") << api << QStringLiteral("https://attacker.example/x") << false;
    QTest::newRow("a subdomain") << api << QStringLiteral("https://eu.api.allium.so/x") << false;
    QTest::newRow("another port") << api << QStringLiteral("https://api.allium.so:8443/x") << false;
    QTest::newRow("user info") << api << QStringLiteral("https://me:pw@api.allium.so/x") << false;
    QTest::newRow("loopback to another loopback address")
        << QStringLiteral("http://127.0.0.1:8080/u") << QStringLiteral("http://127.0.0.2:8080/u")
        << false;
    QTest::newRow("loopback upgraded to https")
        << QStringLiteral("http://127.0.0.1:8080/u") << QStringLiteral("https://127.0.0.1:8080/u")
        << false;
    QTest::newRow("IPv6 loopback, same origin")
        << QStringLiteral("http://[::1]:8080/u") << QStringLiteral("http://[::1]:8080/v") << true;
}

void UsageServiceFaultMatrixTest::theKeyGoesOnlyToTheConfiguredOrigin() {
    QFETCH(QString, origin);
    QFETCH(QString, target);
    QFETCH(bool, followed);
    QCOMPARE(BaseUrlPolicy::mayRedirect(QUrl(origin), QUrl(target)), followed);
}

void UsageServiceFaultMatrixTest::aDrippingServerCannotHoldARequestPastTheTimeout() {
    // 300 bytes at one every 200 ms would take a minute; --timeout bounds the whole request.
    HttpResponse drip = ScriptedUsageApi::ok(QByteArray(300, ' '));
    drip.delivery = HttpResponse::Delivery::Drip;
    m_origin->enqueue(drip);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(fetch());
    QCOMPARE(m_failed->count(), 1);
    const auto error = m_failed->constFirst().constFirst().value<UsageError>();
    QVERIFY2(error.message.contains(QStringLiteral("no complete answer within 1,500 ms")),
             qPrintable(error.message));
    // Far from the minute the body would have taken; the exact time is the timer's business.
    QVERIFY2(elapsed.elapsed() < 20'000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(m_origin->server().connectionCount() == 1);
}

QTEST_GUILESS_MAIN(UsageServiceFaultMatrixTest)
#include "UsageServiceFaultMatrixTest.moc"
