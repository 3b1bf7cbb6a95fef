// What `--serve` reads before it starts: the --listen address (an IP address and a port, IPv6 in
// brackets, never a name to look up) and the organizations to serve: ALLIUM_API_KEY's, the stored
// ones, one for each credential allium-api-key.NAME no stored organization owns, and the first
// start's implicit organization only when nothing else is given.
#include "cli/ServeCommand.h"
#include "core/organizations/OrganizationList.h"
#include "core/secrets/SystemdCredentialStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList names(const QList<Organization> &organizations) {
    QStringList result;
    for (const Organization &organization : organizations)
        result.append(organization.name);
    return result;
}

} // namespace

class ServeCommandTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString credentials(const QStringList &files) {
        const QString directory = m_dir.filePath(QStringLiteral("credentials-%1").arg(m_count++));
        QDir().mkpath(directory);
        for (const QString &file : files) {
            QFile key(directory + QLatin1Char('/') + file);
            key.open(QIODevice::WriteOnly);
            key.write("ak_some_key\n");
        }
        return directory;
    }
    int m_count = 0;

private slots:
    void listenTakesAnAddressAndAPort_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1:10741")
                                  << QStringLiteral("127.0.0.1") << 10741;
        QTest::newRow("every interface")
            << QStringLiteral("0.0.0.0:9000") << QStringLiteral("0.0.0.0") << 9000;
        QTest::newRow("IPv6 loopback")
            << QStringLiteral("[::1]:10741") << QStringLiteral("::1") << 10741;
        QTest::newRow("localhost")
            << QStringLiteral("localhost:0") << QStringLiteral("127.0.0.1") << 0;
        QTest::newRow("spaces around")
            << QStringLiteral(" 127.0.0.1:80 ") << QStringLiteral("127.0.0.1") << 80;
    }
    void listenTakesAnAddressAndAPort() {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        QString problem;
        const auto listen = ServeCommand::parseListen(text, &problem);
        QVERIFY2(listen, qPrintable(problem));
        QCOMPARE(listen->address, QHostAddress(address));
        QCOMPARE(int(listen->port), port);
    }

    void listenRefusesAnythingElse_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("port only") << QStringLiteral("10741");
        QTest::newRow("a name") << QStringLiteral("metrics.internal:10741");
        QTest::newRow("IPv6 without brackets") << QStringLiteral("::1:10741");
        QTest::newRow("IPv4 in brackets") << QStringLiteral("[127.0.0.1]:10741");
        QTest::newRow("port too large") << QStringLiteral("127.0.0.1:65536");
        QTest::newRow("negative port") << QStringLiteral("127.0.0.1:-1");
        QTest::newRow("no port") << QStringLiteral("127.0.0.1:");
    }
    void listenRefusesAnythingElse() {
        QFETCH(QString, text);
        QString problem;
        QVERIFY(!ServeCommand::parseListen(text, &problem));
        QVERIFY2(problem.startsWith(QStringLiteral("--listen: expected HOST:PORT")),
                 qPrintable(problem));
    }

    void withNothingSetUpTheFirstStartsOrganizationIsServed() {
        QSettings settings(m_dir.filePath(QStringLiteral("nothing.ini")), QSettings::IniFormat);
        OrganizationList list(settings);
        QCOMPARE(names(ServeCommand::organizationsToServe(list, credentials({}))),
                 QStringList{OrganizationList::defaultName()});
    }

    void theEnvironmentsKeyAloneServesItsOrganization() {
        QSettings settings(m_dir.filePath(QStringLiteral("environment.ini")), QSettings::IniFormat);
        OrganizationList list(settings);
        list.setEnvironmentOrganization(true);
        const QList<Organization> served = ServeCommand::organizationsToServe(list, QString());
        QCOMPARE(served.size(), 1);
        QVERIFY(served.constFirst().isFromEnvironment());
    }

    void eachCredentialNobodyOwnsIsAnOrganization() {
        QSettings settings(m_dir.filePath(QStringLiteral("credentials.ini")), QSettings::IniFormat);
        OrganizationList list(settings);
        const QString directory =
            credentials({QStringLiteral("allium-api-key.production"),
                         QStringLiteral("allium-api-key.staging"), QStringLiteral("other-file")});
        const QList<Organization> served = ServeCommand::organizationsToServe(list, directory);
        QCOMPARE(names(served),
                 (QStringList{QStringLiteral("production"), QStringLiteral("staging")}));
        // Each looks in a keychain entry of its own, never the first start's "api-key".
        QCOMPARE(served.constFirst().id, QStringLiteral("production"));
        QCOMPARE(served.constFirst().keychainEntry,
                 Organization::keychainEntryFor(QStringLiteral("production")));
    }

    void aStoredOrganizationsCredentialAddsNoOther() {
        QSettings settings(m_dir.filePath(QStringLiteral("stored.ini")), QSettings::IniFormat);
        OrganizationList list(settings);
        const std::optional<Organization> eu = list.add(QStringLiteral("EU"), QUrl());
        QVERIFY(eu);
        QVERIFY(list.remove(Organization::defaultId()));
        const QString directory =
            credentials({SystemdCredentialStore::credentialName(eu->id),
                         QStringLiteral("allium-api-key.eu"), QStringLiteral("allium-api-key.us")});
        // Its own credential is its key; "eu" is its name already (names ignore case).
        QCOMPARE(names(ServeCommand::organizationsToServe(list, directory)),
                 (QStringList{QStringLiteral("EU"), QStringLiteral("us")}));
    }
};

QTEST_GUILESS_MAIN(ServeCommandTest)
#include "ServeCommandTest.moc"
