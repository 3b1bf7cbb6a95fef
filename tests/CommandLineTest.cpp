// The command line end to end: the real allium-usage binary, started with QProcess and without a
// display, against a scripted API on 127.0.0.1 in this process. Checks output and exit status.
#include "support/AppProcess.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(HttpResponse)

namespace {

const QByteArray testKey = "sk-test-4f1d9c2e-never-print-me";

using Outcome = AppProcess::Outcome;

// Throwaway XDG folders for the app, so that its settings and history never touch the user's.
const QTemporaryDir &scratchHome() {
    static const QTemporaryDir folder;
    return folder;
}

// The environment of a user on a terminal with no display: no DISPLAY, no Qt platform override,
// and no session bus, so that no keychain (nor a key another test stored there) can answer.
QProcessEnvironment headlessEnvironment(const QByteArray &key) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                             "DBUS_SESSION_BUS_ADDRESS", "ALLIUM_API_KEY"})
        environment.remove(QLatin1String(name));
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QLatin1String(name), scratchHome().filePath(QLatin1String(name)));
    if (!key.isEmpty())
        environment.insert(QStringLiteral("ALLIUM_API_KEY"), QString::fromLatin1(key));
    return environment;
}

// Runs the binary while this thread's event loop keeps serving the scripted API.
Outcome runApp(const QStringList &arguments, const QByteArray &key = testKey) {
    return AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), headlessEnvironment(key))
        .run(arguments, {}, 20'000);
}

QStringList onceAgainst(const ScriptedUsageApi &api, const QStringList &more = {}) {
    return QStringList{QStringLiteral("--once"), QStringLiteral("--base-url"),
                       api.baseUrl().toString(), QStringLiteral("--timeout"), QStringLiteral("2")} +
           more;
}

// captured_at is the time of the run; checks it is that and replaces it, so the rest compares
// byte for byte.
QByteArray withCaptureTimeReplaced(QByteArray text, const QDateTime &before,
                                   const QDateTime &after) {
    static const QRegularExpression stamp(
        QStringLiteral("(^|\\n|\"captured_at\": \")(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)"));
    QString result = QString::fromUtf8(text);
    QRegularExpressionMatchIterator it = stamp.globalMatch(result);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    for (auto match = matches.crbegin(); match != matches.crend(); ++match) {
        const QDateTime captured = QDateTime::fromString(match->captured(2), Qt::ISODate);
        if (captured.isValid() && captured >= before.addSecs(-1) && captured <= after.addSecs(1))
            result.replace(match->capturedStart(2), match->capturedLength(2),
                           QStringLiteral("CAPTURED"));
    }
    return result.toUtf8();
}

// What --once says on standard error about the canned April 2026 period, long over when this runs.
const QRegularExpression &endedPeriodWarning() {
    static const QRegularExpression warning(
        QStringLiteral("^Warning: The API reports the period 1–30 Apr 2026, which ended [^;]+ "
                       "ago; the figures may be out of date\\.\n$"));
    return warning;
}

} // namespace

class CommandLineTest final : public QObject {
    Q_OBJECT

private slots:
    void onceWritesEachFormat_data();
    void onceWritesEachFormat();
    void tableShowsPeriodsAndAlignedFigures();
    void outputFileIsWrittenAndStdoutStaysEmpty();
    void failedFetchLeavesExistingOutputFileUntouched();
    void unwritableOutputFailsBeforeAnyRequest();
    void failureClassesMapToExitCodes_data();
    void failureClassesMapToExitCodes();
    void rateLimitedRequestIsRetriedAfterRetryAfter();
    void retryAfterBeyondSixtySecondsIsNotWaitedFor();
    void unreachableServerIsNetworkFailure();
    void missingKeyIsUsageErrorWithoutRequest();
    void refusedOrBadBaseUrlIsUsageError_data();
    void refusedOrBadBaseUrlIsUsageError();
    void plainHttpToThisMachinesNetworkAddressNeverConnects();
    void keyOnCommandLineIsRefused_data();
    void keyOnCommandLineIsRefused();
    void badOptionsAreUsageErrors_data();
    void badOptionsAreUsageErrors();
    void demoOnceIsLabelledInEachFormat_data();
    void demoOnceIsLabelledInEachFormat();
    void helpAndVersionNeedNoDisplay();
    void keySentAsHeaderAndNeverPrinted();

private:
    const QByteArray m_unitPlanCsv =
        "captured_at,billing_period_start,billing_period_end,allocation_period_start,"
        "allocation_period_end,allocation_cadence,unit,allocated,consumed,remaining,percent_"
        "used\r\n"
        "CAPTURED,2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,2026-04-01T00:00:00Z,"
        "2026-05-01T00:00:00Z,monthly,developer_units,2000000,341523,1658477,17.08\r\n"
        "CAPTURED,2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,2026-04-01T00:00:00Z,"
        "2026-05-01T00:00:00Z,monthly,explorer_units,100,12.5,87.5,12.50\r\n";
};

void CommandLineTest::onceWritesEachFormat_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("unit plan as csv, byte for byte")
        << CannedUsageBodies::unitPlan() << QStringLiteral("csv") << m_unitPlanCsv;
    QTest::newRow("unit plan as json, byte for byte")
        << CannedUsageBodies::unitPlan() << QStringLiteral("json") << QByteArray(R"({
    "allocation_cadence": "monthly",
    "allocation_period": {
        "end": "2026-05-01T00:00:00Z",
        "start": "2026-04-01T00:00:00Z"
    },
    "billing_period": {
        "end": "2026-05-01T00:00:00Z",
        "start": "2026-04-01T00:00:00Z"
    },
    "captured_at": "CAPTURED",
    "period_ended": true,
    "units": [
        {
            "allocated": 2000000,
            "consumed": 341523,
            "forecast": {
                "projected_consumed": null,
                "projected_percent_used": null,
                "rate_per_day": null,
                "readings": 1,
                "run_out_at": null,
                "status": "period_over",
                "text": "No forecast: the period has ended"
            },
            "label": "Developer units",
            "percent_used": 17.08,
            "remaining": 1658477,
            "unit": "developer_units"
        },
        {
            "allocated": 100,
            "consumed": 12.5,
            "forecast": {
                "projected_consumed": null,
                "projected_percent_used": null,
                "rate_per_day": null,
                "readings": 1,
                "run_out_at": null,
                "status": "period_over",
                "text": "No forecast: the period has ended"
            },
            "label": "Explorer units",
            "percent_used": 12.5,
            "remaining": 87.5,
            "unit": "explorer_units"
        }
    ]
}
)");
    QTest::newRow("trial without allocation as csv: empty cells")
        << CannedUsageBodies::trialWithoutAllocation() << QStringLiteral("csv")
        << QByteArray("captured_at,billing_period_start,billing_period_end,"
                      "allocation_period_start,allocation_period_end,allocation_cadence,unit,"
                      "allocated,consumed,remaining,percent_used\r\n"
                      "CAPTURED,2026-04-01T00:00:00Z,2026-05-01T00:00:00Z,,,,developer_units,,"
                      "1234,,\r\n");
}

void CommandLineTest::onceWritesEachFormat() {
    QFETCH(QByteArray, body);
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);

    ScriptedUsageApi api;
    QVERIFY(api.isListening());
    api.setFallback(ScriptedUsageApi::ok(body));

    const QDateTime before = QDateTime::currentDateTimeUtc();
    // --no-history: the forecast then rests on this one reading, whatever ran before. The canned
    // April 2026 period is over by the time this runs, and the forecast says so.
    const Outcome outcome = runApp(
        onceAgainst(api, {QStringLiteral("--format"), format, QStringLiteral("--no-history")}));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    QCOMPARE(outcome.exitCode, 0);
    // The canned April 2026 period is over: said on standard error, whatever the format.
    QVERIFY2(endedPeriodWarning().match(QString::fromUtf8(outcome.err)).hasMatch(),
             outcome.err.constData());
    QCOMPARE(withCaptureTimeReplaced(outcome.out, before, after), expected);
    QCOMPARE(api.requestCount(), 1);
}

void CommandLineTest::tableShowsPeriodsAndAlignedFigures() {
    ScriptedUsageApi api;
    QVERIFY(api.isListening());

    // The default format is the table.
    const Outcome outcome = runApp(onceAgainst(api));

    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(endedPeriodWarning().match(QString::fromUtf8(outcome.err)).hasMatch(),
             outcome.err.constData());
    const QList<QByteArray> lines = outcome.out.split('\n');
    for (const QByteArray &expected :
         {QByteArray("Monthly allocation"),
          QByteArray("Billing period:     2026-04-01 to 2026-04-30 (UTC)"),
          QByteArray("Allocation period:  2026-04-01 to 2026-04-30 (UTC)"),
          QByteArray("Unit             Consumed  Allocated  Remaining  Used %"),
          QByteArray("Developer units   341,523  2,000,000  1,658,477  17.1 %"),
          QByteArray("Explorer units       12.5        100       87.5  12.5 %")}) {
        QVERIFY2(lines.contains(expected), outcome.out.constData());
    }
    // April 2026 is over: no countdown to a reset that is long past.
    QVERIFY2(outcome.out.contains("The period ended on 2026-04-30, "), outcome.out.constData());
    QVERIFY2(!outcome.out.contains("Resets"), outcome.out.constData());
    QVERIFY2(!outcome.out.contains("Demo"), "real data is not labelled as demo data");
}

void CommandLineTest::outputFileIsWrittenAndStdoutStaysEmpty() {
    ScriptedUsageApi api;
    QVERIFY(api.isListening());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("usage.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("yesterday's file\n");
    }

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Outcome outcome =
        runApp(onceAgainst(api, {QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--output"), path}));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.out, QByteArray());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(withCaptureTimeReplaced(written.readAll(), before, after), m_unitPlanCsv);
    // QSaveFile's temporary file is renamed into place: nothing else is left in the folder.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("usage.csv")});
}

void CommandLineTest::failedFetchLeavesExistingOutputFileUntouched() {
    ScriptedUsageApi api;
    QVERIFY(api.isListening());
    api.setFallback(ScriptedUsageApi::status(401, "Invalid API key"));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("usage.json"));
    const QByteArray previous = "{\"previous\": true}\n";
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(previous);
    }

    const Outcome outcome =
        runApp(onceAgainst(api, {QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--output"), path}));

    QCOMPARE(outcome.exitCode, 3);
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), previous);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("usage.json")});
}

void CommandLineTest::unwritableOutputFailsBeforeAnyRequest() {
    ScriptedUsageApi api;
    QVERIFY(api.isListening());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("no-such-folder/usage.csv"));

    const Outcome outcome = runApp(onceAgainst(api, {QStringLiteral("--output"), path}));

    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(path.toUtf8()), outcome.err.constData());
    QCOMPARE(api.requestCount(), 0);
}

void CommandLineTest::failureClassesMapToExitCodes_data() {
    QTest::addColumn<QList<HttpResponse>>("responses"); // then the same as the last, again
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("requests");

    const auto repeated = [](const HttpResponse &response) {
        return QList<HttpResponse>{response};
    };
    QTest::newRow("401: key rejected, the server's detail shown")
        << repeated(ScriptedUsageApi::status(401, "API key revoked")) << 3
        << QByteArray("API key revoked") << 1;
    QTest::newRow("403: organization not on a plan with this endpoint")
        << repeated(ScriptedUsageApi::status(403, "Not on a subscription plan")) << 3
        << QByteArray("Not on a subscription plan") << 1;
    QTest::newRow("500: server failure, not retried")
        << repeated(ScriptedUsageApi::status(500, "Internal trouble")) << 4
        << QByteArray("Internal trouble") << 1;
    QTest::newRow("503 three times: server failure after three attempts")
        << repeated(ScriptedUsageApi::status(503, "Maintenance").withHeader("Retry-After", "0"))
        << 4 << QByteArray("Maintenance") << 3;
    QTest::newRow("404: any other status is a failure")
        << repeated(ScriptedUsageApi::status(404, "No such route")) << 4
        << QByteArray("No such route") << 1;
    QTest::newRow("not JSON: invalid response")
        << repeated(ScriptedUsageApi::ok("<html>proxy login</html>")) << 5 << QByteArray("JSON")
        << 1;
    QTest::newRow("wrong shape: invalid response naming the field")
        << repeated(ScriptedUsageApi::ok(
               QByteArray(CannedUsageBodies::unitPlan()).replace("12.5", "\"twelve\"")))
        << 5 << QByteArray("consumed_amounts.explorer_units") << 1;
    HttpResponse oversized = ScriptedUsageApi::ok(QByteArray());
    oversized.delivery = HttpResponse::Delivery::Stream;
    oversized.streamedBodyBytes = 3 * 1024 * 1024;
    QTest::newRow("body over 1 MiB: invalid response, not retried")
        << repeated(oversized) << 5 << QByteArray("MiB") << 1;
    HttpResponse stalled = ScriptedUsageApi::ok(CannedUsageBodies::unitPlan());
    stalled.delivery = HttpResponse::Delivery::StallBody;
    stalled.stalledBodyBytes = 10;
    QTest::newRow("stalled body: timeout, a network failure after three attempts")
        << repeated(stalled) << 4 << QByteArray() << 3;
}

void CommandLineTest::failureClassesMapToExitCodes() {
    QFETCH(QList<HttpResponse>, responses);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    QFETCH(int, requests);

    ScriptedUsageApi api;
    QVERIFY(api.isListening());
    for (const HttpResponse &response : responses)
        api.enqueue(response);
    api.setFallback(responses.constLast());

    const Outcome outcome =
        runApp(onceAgainst(api, {QStringLiteral("--timeout"), QStringLiteral("0.3")}));

    QCOMPARE(outcome.exitCode, exitCode);
    QCOMPARE(outcome.out, QByteArray());
    QVERIFY2(!outcome.err.trimmed().isEmpty(), "a failure says what happened");
    QVERIFY2(outcome.err.contains(message), outcome.err.constData());
    QCOMPARE(api.requestCount(), requests);
}

void CommandLineTest::rateLimitedRequestIsRetriedAfterRetryAfter() {
    ScriptedUsageApi api;
    QVERIFY(api.isListening());
    api.enqueue(ScriptedUsageApi::status(429, "Slow down").withHeader("Retry-After", "1"));

    QElapsedTimer timer;
    timer.start();
    const Outcome outcome =
        runApp(onceAgainst(api, {QStringLiteral("--format"), QStringLiteral("csv")}));

    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(api.requestCount(), 2);
    QVERIFY2(timer.elapsed() >= 950, "the second attempt waited for Retry-After");
    QVERIFY(outcome.out.startsWith("captured_at,"));
    QVERIFY(outcome.out.contains(",developer_units,2000000,341523,1658477,17.08\r\n"));
}

void CommandLineTest::retryAfterBeyondSixtySecondsIsNotWaitedFor() {
    ScriptedUsageApi api;
    QVERIFY(api.isListening());
    api.setFallback(ScriptedUsageApi::status(429, "Quota window").withHeader("Retry-After", "120"));

    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = runApp(onceAgainst(api));

    QCOMPARE(outcome.exitCode, 4);
    QCOMPARE(api.requestCount(), 1);
    QVERIFY2(timer.elapsed() < 10'000, "did not wait two minutes");
    QVERIFY2(outcome.err.contains("Quota window"), outcome.err.constData());
}

void CommandLineTest::unreachableServerIsNetworkFailure() {
    QUrl closed;
    {
        ScriptedUsageApi api; // a port that was free a moment ago and is closed now
        QVERIFY(api.isListening());
        closed = api.baseUrl();
    }
    const Outcome outcome =
        runApp({QStringLiteral("--once"), QStringLiteral("--base-url"), closed.toString(),
                QStringLiteral("--timeout"), QStringLiteral("0.5")});

    QCOMPARE(outcome.exitCode, 4);
    QVERIFY(!outcome.err.trimmed().isEmpty());
}

void CommandLineTest::missingKeyIsUsageErrorWithoutRequest() {
    ScriptedUsageApi api;
    QVERIFY(api.isListening());

    const Outcome outcome = runApp(onceAgainst(api), QByteArray());

    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains("ALLIUM_API_KEY"), outcome.err.constData());
    QVERIFY2(outcome.err.contains("--demo"), "says how to try the app without a key");
    QCOMPARE(api.requestCount(), 0);
}

void CommandLineTest::refusedOrBadBaseUrlIsUsageError_data() {
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QByteArray>("message");

    // A plain-HTTP URL to a host that is not loopback must be refused before connecting; a
    // connection attempt here would end in exit code 4 (no route), not 2.
    QTest::newRow("plain http to a remote host")
        << QStringLiteral("http://api.allium.so") << QByteArray("use https://");
    QTest::newRow("plain http to a private address")
        << QStringLiteral("http://10.255.255.1:8080/proxy") << QByteArray("use https://");
    QTest::newRow("not a URL") << QStringLiteral("api allium so") << QByteArray("api allium so");
    QTest::newRow("another scheme") << QStringLiteral("ftp://127.0.0.1/") << QByteArray("ftp");
}

void CommandLineTest::refusedOrBadBaseUrlIsUsageError() {
    QFETCH(QString, baseUrl);
    QFETCH(QByteArray, message);

    const Outcome outcome =
        runApp({QStringLiteral("--once"), QStringLiteral("--base-url"), baseUrl});

    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), outcome.err.constData());
    QCOMPARE(outcome.out, QByteArray());
}

void CommandLineTest::plainHttpToThisMachinesNetworkAddressNeverConnects() {
    // A server on this machine's own network address: reachable, but not loopback, so sending
    // the key there in plain text would cross a network. Not one connection may arrive.
    QHostAddress networkAddress;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            networkAddress = address;
            break;
        }
    }
    if (networkAddress.isNull())
        QSKIP("This machine has no IPv4 address besides loopback.");
    QTcpServer listener;
    QVERIFY(listener.listen(networkAddress));
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(networkAddress.toString());
    url.setPort(listener.serverPort());

    const Outcome outcome =
        runApp({QStringLiteral("--once"), QStringLiteral("--base-url"), url.toString()});

    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains("use https://"), outcome.err.constData());
    QVERIFY(!listener.waitForNewConnection(200));
}

void CommandLineTest::keyOnCommandLineIsRefused_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("option");

    QTest::newRow("--api-key=VALUE")
        << QStringList{QStringLiteral("--once"), QStringLiteral("--api-key=sk-typed-secret")}
        << QByteArray("--api-key");
    QTest::newRow("--api-key VALUE")
        << QStringList{QStringLiteral("--api-key"), QStringLiteral("sk-typed-secret"),
                       QStringLiteral("--once")}
        << QByteArray("--api-key");
    QTest::newRow("--key VALUE without --once (never starts the dashboard)")
        << QStringList{QStringLiteral("--key"), QStringLiteral("sk-typed-secret")}
        << QByteArray("--key");
}

void CommandLineTest::keyOnCommandLineIsRefused() {
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, option);

    const Outcome outcome = runApp(arguments);

    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(option), outcome.err.constData());
    QVERIFY2(outcome.err.contains("ALLIUM_API_KEY"), "says where the key goes instead");
    QVERIFY2(outcome.err.contains("shell history"), "says why");
    QVERIFY(!outcome.err.contains("sk-typed-secret"));
    QVERIFY(!outcome.out.contains("sk-typed-secret"));
}

void CommandLineTest::badOptionsAreUsageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("unknown option with --once")
        << QStringList{QStringLiteral("--once"), QStringLiteral("--colour")}
        << QByteArray("colour");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("xml")}
        << QByteArray("xml");
    QTest::newRow("zero timeout") << QStringList{QStringLiteral("--once"),
                                                 QStringLiteral("--timeout"), QStringLiteral("0")}
                                  << QByteArray("--timeout");
    QTest::newRow("timeout that is not a number")
        << QStringList{QStringLiteral("--once"), QStringLiteral("--timeout"),
                       QStringLiteral("soon")}
        << QByteArray("soon");
    QTest::newRow("--format without --once")
        << QStringList{QStringLiteral("--format"), QStringLiteral("csv")} << QByteArray("--once");
    QTest::newRow("--demo with --base-url")
        << QStringList{QStringLiteral("--once"), QStringLiteral("--demo"),
                       QStringLiteral("--base-url"), QStringLiteral("https://example.org")}
        << QByteArray("--base-url");
    QTest::newRow("a stray argument")
        << QStringList{QStringLiteral("--once"), QStringLiteral("table")} << QByteArray("table");
}

void CommandLineTest::badOptionsAreUsageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);

    const Outcome outcome = runApp(arguments);

    QCOMPARE(outcome.exitCode, 2);
    QCOMPARE(outcome.out, QByteArray());
    QVERIFY2(outcome.err.contains(message), outcome.err.constData());
    QVERIFY2(outcome.err.contains("--help"), "points to --help");
}

void CommandLineTest::demoOnceIsLabelledInEachFormat_data() {
    QTest::addColumn<QString>("format");

    QTest::newRow("table") << QStringLiteral("table");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
}

void CommandLineTest::demoOnceIsLabelledInEachFormat() {
    QFETCH(QString, format);

    // No key at all: demo mode needs none.
    const Outcome outcome = runApp(
        {QStringLiteral("--demo"), QStringLiteral("--once"), QStringLiteral("--format"), format},
        QByteArray());

    QCOMPARE(outcome.exitCode, 0);
    if (format == QLatin1String("csv")) {
        QVERIFY(outcome.out.startsWith("captured_at,billing_period_start,"));
        QVERIFY(outcome.out.contains(",developer_units,"));
        QVERIFY2(!outcome.out.contains("demo"), "CSV columns stay the same");
        QVERIFY2(outcome.err.contains("demo data"), outcome.err.constData());
    } else if (format == QLatin1String("json")) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(outcome.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(QStringLiteral("demo")).toBool(false), true);
        QVERIFY(!document.object().value(QStringLiteral("units")).toArray().isEmpty());
    } else {
        QVERIFY(outcome.out.contains("Developer units"));
        QVERIFY2(outcome.out.contains("Demo data"), outcome.out.constData());
    }
}

void CommandLineTest::helpAndVersionNeedNoDisplay() {
    const Outcome help = runApp({QStringLiteral("--help")}, QByteArray());
    QCOMPARE(help.exitCode, 0);
    for (const char *expected :
         {"--once", "--format", "--output", "--base-url", "--timeout", "--demo", "--minimized",
          "ALLIUM_API_KEY", "Exit codes", "  3  ", "  5  "}) {
        QVERIFY2(help.out.contains(expected), expected);
    }

    const Outcome version = runApp({QStringLiteral("--version")}, QByteArray());
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("allium-usage " ALLIUM_VERSION "\n"));
}

void CommandLineTest::keySentAsHeaderAndNeverPrinted() {
    ScriptedUsageApi api;
    QVERIFY(api.isListening());
    api.enqueue(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
    api.enqueue(ScriptedUsageApi::status(401, "Invalid API key"));

    const Outcome success =
        runApp(onceAgainst(api, {QStringLiteral("--format"), QStringLiteral("json")}));
    const Outcome failure = runApp(onceAgainst(api));

    QCOMPARE(success.exitCode, 0);
    QCOMPARE(failure.exitCode, 3);
    QCOMPARE(api.requestCount(), 2);
    for (const HttpRequest &request : api.requests()) {
        QCOMPARE(request.header("X-API-KEY"), testKey);
        QVERIFY(!request.target.contains(testKey));
    }
    for (const QByteArray &text : {success.out, success.err, failure.out, failure.err})
        QVERIFY2(!text.contains(testKey), text.constData());
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "CommandLineTest.moc"
