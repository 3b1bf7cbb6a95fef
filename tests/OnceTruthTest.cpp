// `allium-usage --once` never prints a made-up or outdated figure as current: the real binary
// against the scripted API. A response without consumed_amounts is exit 5 naming the field; a
// unit without a consumed amount is "not reported" (table), an empty cell (CSV) or null (JSON),
// never 0; an ended period is said on standard error, in the table and in JSON, and a running one
// is not.
#include "SampleSnapshots.h"
#include "support/AppProcess.h"
#include "support/CannedUsageBodies.h"
#include "support/ScriptedUsageApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

AppProcess::Outcome once(const ScriptedUsageApi &api, const QString &format) {
    static const QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"})
        environment.remove(QLatin1String(name));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QLatin1String(name), home.filePath(QLatin1String(name)));
    environment.insert(QStringLiteral("ALLIUM_API_KEY"), QStringLiteral("test-key"));
    return AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), environment)
        .run({QStringLiteral("--once"), QStringLiteral("--no-history"),
              QStringLiteral("--base-url"), api.baseUrl().toString(), QStringLiteral("--format"),
              format});
}

// This month's unit plan, whenever the test runs: a period that has not ended.
QByteArray thisMonth() {
    const QDate today = QDateTime::currentDateTimeUtc().date();
    UsageSnapshot snapshot = SampleSnapshots::monthly();
    snapshot.billingPeriodStart = snapshot.allocationPeriodStart =
        QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC);
    snapshot.billingPeriodEnd = snapshot.allocationPeriodEnd =
        snapshot.billingPeriodStart.addMonths(1);
    return CannedUsageBodies::of(snapshot);
}

} // namespace

class OnceTruthTest final : public QObject {
    Q_OBJECT

private slots:
    void aResponseWithoutConsumedAmountsIsInvalid_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << CannedUsageBodies::withoutConsumedAmounts()
                                 << QStringLiteral("consumed_amounts: missing");
        QTest::newRow("null") << CannedUsageBodies::withNullConsumedAmounts()
                              << QStringLiteral("consumed_amounts: expected an object, got null");
    }

    void aResponseWithoutConsumedAmountsIsInvalid() {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        ScriptedUsageApi api;
        api.setFallback(ScriptedUsageApi::ok(body));
        for (const char *format : {"table", "csv", "json"}) {
            const AppProcess::Outcome outcome = once(api, QLatin1String(format));
            QCOMPARE(outcome.exitCode, 5);
            QVERIFY2(QString::fromUtf8(outcome.err).contains(problem), outcome.err.constData());
            QVERIFY2(outcome.out.isEmpty(), outcome.out.constData());
        }
        QCOMPARE(api.requestCount(), 3); // not retried: the server answered, with nonsense
    }

    void aUnitWithoutAConsumedAmountIsNotReportedNeverZero() {
        ScriptedUsageApi api;
        api.setFallback(ScriptedUsageApi::ok(CannedUsageBodies::explorerNotReported()));

        const AppProcess::Outcome table = once(api, QStringLiteral("table"));
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("Explorer units   not reported        100"),
                 table.out.constData());

        const AppProcess::Outcome csv = once(api, QStringLiteral("csv"));
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.contains(",monthly,explorer_units,100,,,\r\n"), csv.out.constData());

        const AppProcess::Outcome json = once(api, QStringLiteral("json"));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray units =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("units")).toArray();
        const QJsonObject explorer = units.at(1).toObject();
        QCOMPARE(explorer.value(QStringLiteral("unit")).toString(),
                 QStringLiteral("explorer_units"));
        QVERIFY(explorer.value(QStringLiteral("consumed")).isNull());
        QVERIFY(explorer.value(QStringLiteral("percent_used")).isNull());
        QCOMPARE(explorer.value(QStringLiteral("allocated")).toDouble(), 100.0);
    }

    void anEndedPeriodIsSaidEverywhere() {
        ScriptedUsageApi api; // the canned April 2026 period, over by the time this runs
        const AppProcess::Outcome table = once(api, QStringLiteral("table"));
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.err.startsWith("Warning: The API reports the period 1\xe2\x80\x93"
                                      "30 Apr 2026, which ended "),
                 table.err.constData());
        QVERIFY2(table.out.contains("The period ended on 2026-04-30, "), table.out.constData());
        QVERIFY(!table.out.contains("Resets"));

        const AppProcess::Outcome json = once(api, QStringLiteral("json"));
        QCOMPARE(json.exitCode, 0);
        QVERIFY(!json.err.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("period_ended")),
                 QJsonValue(true));
    }

    void aRunningPeriodCountsDownWithoutAWarning() {
        ScriptedUsageApi api;
        api.setFallback(ScriptedUsageApi::ok(thisMonth()));
        const AppProcess::Outcome table = once(api, QStringLiteral("table"));
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.err, QByteArray());
        QVERIFY2(table.out.contains("\nResets on "), table.out.constData());

        const AppProcess::Outcome json = once(api, QStringLiteral("json"));
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("period_ended")),
                 QJsonValue(false));
    }
};

QTEST_GUILESS_MAIN(OnceTruthTest)
#include "OnceTruthTest.moc"
