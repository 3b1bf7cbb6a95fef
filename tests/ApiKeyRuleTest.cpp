// The one rule for an API key: trimmed, printable ASCII without spaces, 1 to 512 characters; its
// sentences say what is wrong without repeating any of the key.
#include "core/secrets/ApiKeyRule.h"
#include "support/AwkwardKeys.h"

#include <QTest>

class ApiKeyRuleTest final : public QObject {
    Q_OBJECT

private slots:
    void judgesEveryAwkwardKey_data() { AwkwardKeys::addRows(); }

    void judgesEveryAwkwardKey() {
        QFETCH(QString, key);
        QFETCH(bool, acceptable);
        const QString problem = ApiKeyRule::problem(key);
        QCOMPARE(problem.isEmpty(), acceptable);
        QCOMPARE(ApiKeyRule::isAcceptable(key), acceptable);
        if (!acceptable) {
            QVERIFY(problem.endsWith(QLatin1Char('.')));
            // Never a piece of what may be a secret in a message that may reach a log.
            const QString trimmed = key.trimmed();
            if (trimmed.size() >= 4)
                QVERIFY2(!problem.contains(trimmed.left(4)), qPrintable(problem));
        }
    }

    void saysWhatIsWrongAndWhere_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString()
                               << QStringLiteral("Enter an API key (in the Allium app: Settings > "
                                                 "API Keys).");
        QTest::newRow("space") << QStringLiteral("ab cd")
                               << QStringLiteral("An API key has no spaces, tabs or line breaks "
                                                 "(one at character 3); paste just the key.");
        QTest::newRow("accent") << QStringLiteral("abcé")
                                << QStringLiteral("An API key has only plain ASCII letters, digits "
                                                  "and punctuation; character 4 is not one of "
                                                  "them.");
        QTest::newRow("too long") << QString(513, QLatin1Char('x'))
                                  << QStringLiteral("This is 513 characters long; an API key has "
                                                    "at most 512. Paste just the key.");
    }

    void saysWhatIsWrongAndWhere() {
        QFETCH(QString, key);
        QFETCH(QString, problem);
        QCOMPARE(ApiKeyRule::problem(key), problem);
    }

    void normalizingTrimsOnly() {
        QCOMPARE(ApiKeyRule::normalized(QStringLiteral("\t ak_key \r\n")),
                 QStringLiteral("ak_key"));
        QCOMPARE(ApiKeyRule::normalized(QStringLiteral("AK_Key")), QStringLiteral("AK_Key"));
    }
};

QTEST_GUILESS_MAIN(ApiKeyRuleTest)
#include "ApiKeyRuleTest.moc"
