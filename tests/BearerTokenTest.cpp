// The optional token of the metrics endpoint: read from a file as Prometheus's
// credentials_file is, and only the exact token in an Authorization: Bearer header is accepted.
#include "core/metrics/BearerToken.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class BearerTokenTest final : public QObject {
    Q_OBJECT

private slots:
    void acceptsOnlyTheExactToken_data();
    void acceptsOnlyTheExactToken();
    void readsTheTokenFileWithoutItsLineEnd();
    void refusesUnusableTokenFiles_data();
    void refusesUnusableTokenFiles();
    void missingFileIsExplained();

private:
    QString writeFile(const QByteArray &content);
    QTemporaryDir m_dir;
    int m_files = 0;
};

void BearerTokenTest::acceptsOnlyTheExactToken_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the token") << QByteArray("Bearer s3cret-Token_1") << true;
    QTest::newRow("the scheme in another case") << QByteArray("bearer s3cret-Token_1") << true;
    QTest::newRow("extra spaces around the token")
        << QByteArray("Bearer   s3cret-Token_1 ") << true;
    QTest::newRow("no header") << QByteArray() << false;
    QTest::newRow("the token without a scheme") << QByteArray("s3cret-Token_1") << false;
    QTest::newRow("another scheme") << QByteArray("Basic s3cret-Token_1") << false;
    QTest::newRow("a prefix of the token") << QByteArray("Bearer s3cret") << false;
    QTest::newRow("the token and more") << QByteArray("Bearer s3cret-Token_12") << false;
    QTest::newRow("another case of the token") << QByteArray("Bearer S3CRET-TOKEN_1") << false;
    QTest::newRow("the scheme alone") << QByteArray("Bearer") << false;
}

void BearerTokenTest::acceptsOnlyTheExactToken() {
    QFETCH(QByteArray, authorization);
    QFETCH(bool, accepted);
    QCOMPARE(BearerToken("s3cret-Token_1").accepts(authorization), accepted);
}

void BearerTokenTest::readsTheTokenFileWithoutItsLineEnd() {
    QString error;
    const auto token = BearerToken::fromFile(writeFile("c2VjcmV0+/==\n"), &error);
    QVERIFY2(token, qPrintable(error));
    QVERIFY(token->accepts("Bearer c2VjcmV0+/=="));
}

void BearerTokenTest::refusesUnusableTokenFiles_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("only a line feed") << QByteArray("\n") << QStringLiteral("is empty");
    QTest::newRow("two words") << QByteArray("two words") << QStringLiteral("characters");
    QTest::newRow("two lines") << QByteArray("one\ntwo") << QStringLiteral("characters");
    QTest::newRow("only padding") << QByteArray("===") << QStringLiteral("characters");
    QTest::newRow("larger than a token file")
        << QByteArray(BearerToken::MaximumFileBytes + 1, 'a') << QStringLiteral("larger than");
}

void BearerTokenTest::refusesUnusableTokenFiles() {
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QString error;
    const QString path = writeFile(content);
    QVERIFY(!BearerToken::fromFile(path, &error));
    QVERIFY2(error.contains(reason) && error.contains(path), qPrintable(error));
}

void BearerTokenTest::missingFileIsExplained() {
    QString error;
    QVERIFY(!BearerToken::fromFile(m_dir.filePath(QStringLiteral("absent")), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be read")), qPrintable(error));
}

QString BearerTokenTest::writeFile(const QByteArray &content) {
    const QString path = m_dir.filePath(QStringLiteral("token-%1").arg(++m_files));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

QTEST_GUILESS_MAIN(BearerTokenTest)
#include "BearerTokenTest.moc"
