// The command line with several organizations, end to end: the real binary (QProcess) against two
// loopback API servers, with a private session bus and gnome-keyring and a home of its own for
// each test. --set-key --org creates organizations, --list-orgs lists them without keys, --org
// chooses one for --once and --history, --once --all-orgs writes every one in each format with
// the worst exit status and each failure named, --forget-key --org removes one with its key and
// readings, and with one organization everything works as it always did.
#include "core/output/CsvSnapshotWriter.h"
#include "support/AppProcess.h"
#include "support/CannedUsageBodies.h"
#include "support/PrivateKeyring.h"
#include "support/ScriptedUsageApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Outcome = AppProcess::Outcome;

class OrganizationCommandsTest final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PrivateKeyring> m_keyring;
    std::unique_ptr<ScriptedUsageApi> m_production;
    std::unique_ptr<ScriptedUsageApi> m_staging;

    Outcome run(const QStringList &arguments, const QByteArray &input = {},
                const QString &environmentKey = {}) const {
        QProcessEnvironment environment = m_keyring->environment();
        if (!environmentKey.isEmpty())
            environment.insert(QStringLiteral("ALLIUM_API_KEY"), environmentKey);
        return AppProcess(QStringLiteral(ALLIUM_USAGE_BINARY), environment).run(arguments, input);
    }
    // Production and Staging, each on its own server with its own key.
    void addTwoOrganizations() {
        const Outcome production =
            run({QStringLiteral("--set-key"), QStringLiteral("--org"), QStringLiteral("Production"),
                 QStringLiteral("--base-url"), m_production->baseUrl().toString()},
                "ak_production\n");
        QVERIFY2(production.exitCode == 0, production.err.constData());
        const Outcome staging =
            run({QStringLiteral("--set-key"), QStringLiteral("--org"), QStringLiteral("Staging"),
                 QStringLiteral("--base-url"), m_staging->baseUrl().toString()},
                "ak_staging\n");
        QVERIFY2(staging.exitCode == 0, staging.err.constData());
    }
    static QStringList lines(const QByteArray &text, const char *separator = "\n") {
        return QString::fromUtf8(text).split(QLatin1String(separator), Qt::SkipEmptyParts);
    }

private slots:
    void init() {
        m_keyring = std::make_unique<PrivateKeyring>();
        QVERIFY2(m_keyring->start(), qPrintable(m_keyring->problem()));
        m_production = std::make_unique<ScriptedUsageApi>();
        m_staging = std::make_unique<ScriptedUsageApi>();
        m_staging->setFallback(ScriptedUsageApi::ok(CannedUsageBodies::legacyCredits()));
    }
    void cleanup() {
        m_production.reset();
        m_staging.reset();
        m_keyring.reset();
    }

    void setKeyWithOrgAddsOrganizationsThatListOrgsShowsWithoutTheirKeys() {
        addTwoOrganizations();
        const Outcome list = run({QStringLiteral("--list-orgs")});
        QCOMPARE(list.exitCode, 0);
        const QStringList rows = lines(list.out);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).startsWith(QStringLiteral("Organization")));
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("Production")) &&
                     rows.at(1).contains(m_production->baseUrl().toString()) &&
                     rows.at(1).contains(QStringLiteral("the system keychain")),
                 qPrintable(rows.at(1)));
        QVERIFY2(rows.at(2).startsWith(QStringLiteral("Staging")) &&
                     rows.at(2).contains(m_staging->baseUrl().toString()),
                 qPrintable(rows.at(2)));
        QVERIFY(!list.out.contains("ak_production") && !list.out.contains("ak_staging"));
        // The first start's unused "Default" became Production rather than staying beside it.
        QVERIFY(!list.out.contains("Default"));
    }

    void orgChoosesTheOrganizationForOnce() {
        addTwoOrganizations();
        const Outcome once =
            run({QStringLiteral("--once"), QStringLiteral("--org"), QStringLiteral("staging"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QCOMPARE(m_staging->requestCount(), 1);
        QCOMPARE(m_production->requestCount(), 0);
        QCOMPARE(m_staging->lastRequest().header("X-API-KEY"), QByteArray("ak_staging"));
        // One organization's CSV keeps its documented columns, without an organization column.
        QVERIFY(once.out.startsWith(CsvSnapshotWriter::header().toUtf8()));
        QVERIFY(once.out.contains(",credits,"));
    }

    void withSeveralOrganizationsOnceAsksWhichOne() {
        addTwoOrganizations();
        const Outcome once = run({QStringLiteral("--once")});
        QCOMPARE(once.exitCode, 2);
        QVERIFY2(once.err.contains("several organizations (Production, Staging)"),
                 once.err.constData());
        const Outcome unknown =
            run({QStringLiteral("--once"), QStringLiteral("--org"), QStringLiteral("Nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("no organization of that name"));
        QCOMPARE(m_production->requestCount() + m_staging->requestCount(), 0);
    }

    void allOrgsWritesEveryOrganizationInEachFormat() {
        addTwoOrganizations();
        const Outcome table = run({QStringLiteral("--once"), QStringLiteral("--all-orgs")});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        const QString text = QString::fromUtf8(table.out);
        QVERIFY(text.startsWith(QStringLiteral("Production\n==========\n")));
        QVERIFY(text.contains(QStringLiteral("\nStaging\n=======\n")));
        QVERIFY(text.indexOf(QStringLiteral("Developer units")) <
                text.indexOf(QStringLiteral("Staging")));
        QVERIFY(text.indexOf(QStringLiteral("Credits")) > text.indexOf(QStringLiteral("Staging")));

        const Outcome csv = run({QStringLiteral("--once"), QStringLiteral("--all-orgs"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = lines(csv.out, "\r\n");
        QCOMPARE(rows.at(0) + QStringLiteral("\r\n"), CsvSnapshotWriter::organizationHeader());
        QVERIFY(rows.at(0).startsWith(QStringLiteral("organization,captured_at,")));
        QCOMPARE(rows.size(), 1 + 2 + 1); // two units of Production, one of Staging
        QVERIFY(rows.at(1).startsWith(QStringLiteral("Production,")));
        QVERIFY(rows.at(3).startsWith(QStringLiteral("Staging,")));

        const Outcome json = run({QStringLiteral("--once"), QStringLiteral("--all-orgs"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0)[QStringLiteral("organization")].toString(),
                 QStringLiteral("Production"));
        QCOMPARE(array.at(1)[QStringLiteral("organization")].toString(), QStringLiteral("Staging"));
        QCOMPARE(
            array.at(1)[QStringLiteral("units")].toArray().at(0)[QStringLiteral("unit")].toString(),
            QStringLiteral("credits"));

        const Outcome metrics = run({QStringLiteral("--once"), QStringLiteral("--all-orgs"),
                                     QStringLiteral("--format"), QStringLiteral("prometheus")});
        QCOMPARE(metrics.exitCode, 0);
        QVERIFY(metrics.out.contains(R"(allium_usage_up{organization="Production"} 1)"));
        QVERIFY(metrics.out.contains(R"(allium_usage_up{organization="Staging"} 1)"));
        QVERIFY(metrics.out.contains(
            R"(allium_usage_consumed{organization="Staging",unit="credits"} 4321.5)"));
        QVERIFY(!metrics.out.contains("ak_"));
    }

    void allOrgsExitsWithTheWorstStatusAndNamesEachFailure() {
        addTwoOrganizations();
        m_staging->setFallback(ScriptedUsageApi::status(401, "Invalid API key"));
        const Outcome csv = run({QStringLiteral("--once"), QStringLiteral("--all-orgs"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 3);
        QVERIFY2(csv.err.contains("Staging: ") && csv.err.contains("Invalid API key"),
                 csv.err.constData());
        for (const QString &line : lines(csv.err)) {
            if (line.contains(QStringLiteral("Invalid API key")))
                QVERIFY2(line.startsWith(QStringLiteral("Staging: ")), qPrintable(line));
        }
        // Production's figures are written all the same; Staging has no made-up rows.
        const QStringList rows = lines(csv.out, "\r\n");
        QCOMPARE(rows.size(), 3);
        QVERIFY(!csv.out.contains("Staging"));

        const Outcome json = run({QStringLiteral("--once"), QStringLiteral("--all-orgs"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 3);
        const QJsonObject staging = QJsonDocument::fromJson(json.out).array().at(1).toObject();
        QCOMPARE(staging[QStringLiteral("organization")].toString(), QStringLiteral("Staging"));
        QCOMPARE(staging[QStringLiteral("error")][QStringLiteral("kind")].toString(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(staging[QStringLiteral("error")][QStringLiteral("exit_code")].toInt(), 3);
        QVERIFY(!staging.contains(QStringLiteral("units")));

        // A server that is down is worse (4) than a rejected key (3).
        m_production->setFallback(ScriptedUsageApi::status(503, "maintenance"));
        const Outcome table = run({QStringLiteral("--once"), QStringLiteral("--all-orgs"),
                                   QStringLiteral("--timeout"), QStringLiteral("2")});
        QCOMPARE(table.exitCode, 4);
        QVERIFY(table.out.contains("Not fetched: "));
    }

    void historyKeepsEachOrganizationsReadingsApart() {
        addTwoOrganizations();
        QCOMPARE(run({QStringLiteral("--once"), QStringLiteral("--all-orgs")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("--once"), QStringLiteral("--org"), QStringLiteral("Staging")})
                     .exitCode,
                 0);
        const Outcome staging =
            run({QStringLiteral("--history"), QStringLiteral("--org"), QStringLiteral("Staging"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(staging.exitCode, 0);
        const QStringList rows = lines(staging.out, "\r\n");
        // Two identical readings: one row seen twice (first and last seen), credits only.
        QCOMPARE(rows.size(), 1 + 2);
        QVERIFY(!staging.out.contains("developer_units"));
        const Outcome production = run(
            {QStringLiteral("--history"), QStringLiteral("--org"), QStringLiteral("Production")});
        QCOMPARE(production.exitCode, 0);
        QVERIFY(production.out.contains("developer_units") &&
                !production.out.contains(",credits,"));
    }

    void forgetKeyWithOrgRemovesTheOrganizationWithItsKeyAndReadings() {
        addTwoOrganizations();
        QCOMPARE(run({QStringLiteral("--once"), QStringLiteral("--org"), QStringLiteral("Staging")})
                     .exitCode,
                 0);
        const Outcome forget = run(
            {QStringLiteral("--forget-key"), QStringLiteral("--org"), QStringLiteral("Staging")});
        QVERIFY2(forget.exitCode == 0, forget.err.constData());
        QVERIFY2(
            forget.out.contains("Removed the organization Staging, its API key and its recorded "
                                "readings (1 deleted)."),
            forget.out.constData());
        const Outcome list = run({QStringLiteral("--list-orgs")});
        QVERIFY(!list.out.contains("Staging"));
        QVERIFY(list.out.contains("Production"));
        // With one organization left, nothing has to be named again.
        const Outcome once = run({QStringLiteral("--once")});
        QCOMPARE(once.exitCode, 0);
        QCOMPARE(m_production->lastRequest().header("X-API-KEY"), QByteArray("ak_production"));
    }

    void withOneOrganizationEverythingWorksAsBefore() {
        const Outcome set = run({QStringLiteral("--set-key")}, "ak_single\n");
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(set.out.startsWith("Stored the API key in the system keychain (service "
                                   "so.allium.AlliumUsage)."));
        const Outcome once = run({QStringLiteral("--once"), QStringLiteral("--base-url"),
                                  m_production->baseUrl().toString(), QStringLiteral("--format"),
                                  QStringLiteral("csv")});
        QCOMPARE(once.exitCode, 0);
        QCOMPARE(m_production->lastRequest().header("X-API-KEY"), QByteArray("ak_single"));
        QVERIFY(once.out.startsWith(CsvSnapshotWriter::header().toUtf8()));
        const Outcome history = run({QStringLiteral("--history")});
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(lines(history.out, "\r\n").size(), 3);
        // --base-url changes where --once reads, not whose readings they are: --history with it
        // writes the same organization's readings that --once recorded.
        const Outcome atTheAddress = run({QStringLiteral("--history"), QStringLiteral("--base-url"),
                                          m_production->baseUrl().toString()});
        QCOMPARE(atTheAddress.exitCode, 0);
        QCOMPARE(atTheAddress.out, history.out);
        const Outcome forget = run({QStringLiteral("--forget-key")});
        QCOMPARE(forget.exitCode, 0);
        QVERIFY(forget.out.contains("Deleted the API key from the system keychain."));
        // The organization and its readings stay for the next key.
        QCOMPARE(lines(run({QStringLiteral("--history")}).out, "\r\n").size(), 3);
        const Outcome none = run({QStringLiteral("--once")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.startsWith("No API key."));
    }

    void theEnvironmentsOrganizationJoinsForTheSession() {
        addTwoOrganizations();
        const Outcome list = run({QStringLiteral("--list-orgs")}, {}, QStringLiteral("ak_env"));
        QVERIFY(lines(list.out).at(1).startsWith(QStringLiteral("environment")));
        QVERIFY(lines(list.out).at(1).contains(QStringLiteral("ALLIUM_API_KEY")));
        // Without --org it is the one read, as the variable always won; --org names another.
        QCOMPARE(run({QStringLiteral("--once"), QStringLiteral("--base-url"),
                      m_staging->baseUrl().toString()},
                     {}, QStringLiteral("ak_env"))
                     .exitCode,
                 0);
        QCOMPARE(m_staging->lastRequest().header("X-API-KEY"), QByteArray("ak_env"));
        QCOMPARE(run({QStringLiteral("--once"), QStringLiteral("--org"), QStringLiteral("Staging")},
                     {}, QStringLiteral("ak_env"))
                     .exitCode,
                 0);
        QCOMPARE(m_staging->lastRequest().header("X-API-KEY"), QByteArray("ak_staging"));
        const Outcome all = run({QStringLiteral("--once"), QStringLiteral("--all-orgs"),
                                 QStringLiteral("--format"), QStringLiteral("json")},
                                {}, QStringLiteral("ak_env"));
        const QJsonArray array = QJsonDocument::fromJson(all.out).array();
        QCOMPARE(array.size(), 3);
        QCOMPARE(array.at(0)[QStringLiteral("organization")].toString(),
                 QStringLiteral("environment"));
        // It is never stored.
        QVERIFY(!run({QStringLiteral("--list-orgs")}).out.contains("environment"));
        const Outcome refused = run(
            {QStringLiteral("--set-key"), QStringLiteral("--org"), QStringLiteral("environment")},
            "ak_x\n");
        QCOMPARE(refused.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(OrganizationCommandsTest)
#include "OrganizationCommandsTest.moc"
