// Server text made safe to show: what is escaped, what is kept, and where a long quote is cut.
#include "core/api/ServerText.h"

#include <QTest>

class ServerTextTest final : public QObject {
    Q_OBJECT

private slots:
    void neutralisesWhatATerminalOrALineWouldObey_data();
    void neutralisesWhatATerminalOrALineWouldObey();
    void cutsLongTextWithAnEllipsis_data();
    void cutsLongTextWithAnEllipsis();
    void isIdempotent();
};

void ServerTextTest::neutralisesWhatATerminalOrALineWouldObey_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain text is kept")
        << QStringLiteral("developer_units") << QStringLiteral("developer_units");
    QTest::newRow("letters, accents and emoji are kept")
        << QStringLiteral("unités \U0001F4C8 €") << QStringLiteral("unités \U0001F4C8 €");
    QTest::newRow("clear screen") << QStringLiteral("\x1b[2Jx") << QStringLiteral("\\x1B[2Jx");
    QTest::newRow("set the window title")
        << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("\\x1B]0;owned\\x07");
    QTest::newRow("line breaks and tabs")
        << QStringLiteral("a\r\nb\tc") << QStringLiteral("a\\x0D\\x0Ab\\x09c");
    QTest::newRow("NUL") << QString(QChar(0)) + QLatin1Char('x') << QStringLiteral("\\x00x");
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7F");
    QTest::newRow("C1 CSI") << QStringLiteral("a\u009b31m") << QStringLiteral("a\\x9B31m");
    QTest::newRow("right-to-left override")
        << QStringLiteral("units\u202Etxt.exe") << QStringLiteral("units\\u202Etxt.exe");
    QTest::newRow("bidi isolates and marks") << QStringLiteral("\u2066a\u2069\u200f\u061c")
                                             << QStringLiteral("\\u2066a\\u2069\\u200F\\u061C");
    QTest::newRow("line and paragraph separators")
        << QStringLiteral("a\u2028b\u2029") << QStringLiteral("a\\u2028b\\u2029");
    QTest::newRow("byte order mark") << QStringLiteral("\ufeffx") << QStringLiteral("\\uFEFFx");
    QTest::newRow("a lone surrogate")
        << QString(QChar(0xd800)) + QLatin1Char('x') << QStringLiteral("\\uD800x");
}

void ServerTextTest::neutralisesWhatATerminalOrALineWouldObey() {
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(ServerText::displayable(text), shown);
}

void ServerTextTest::cutsLongTextWithAnEllipsis_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QString>("shown");

    const QChar ellipsis(0x2026);
    QTest::newRow("exactly the maximum is kept")
        << QStringLiteral("abcde") << 5 << QStringLiteral("abcde");
    QTest::newRow("one more is cut")
        << QStringLiteral("abcdef") << 5 << QStringLiteral("abcd") + ellipsis;
    QTest::newRow("an escape is never cut in half")
        << QStringLiteral("abc\x1b") + QStringLiteral("defg") << 6
        << QStringLiteral("abc") + ellipsis;
    QTest::newRow("an emoji is never cut in half")
        << QStringLiteral("abc\U0001F4C8def") << 5 << QStringLiteral("abc") + ellipsis;
    QTest::newRow("no limit") << QString(5000, QLatin1Char('x')) << -1
                              << QString(5000, QLatin1Char('x'));
    QTest::newRow("the default is 200")
        << QString(900 * 1024, QLatin1Char('x')) << int(ServerText::MaximumQuotedLength)
        << QString(199, QLatin1Char('x')) + ellipsis;
}

void ServerTextTest::cutsLongTextWithAnEllipsis() {
    QFETCH(QString, text);
    QFETCH(int, maximum);
    QFETCH(QString, shown);
    const QString result = ServerText::displayable(text, maximum);
    QCOMPARE(result, shown);
    if (maximum >= 0)
        QVERIFY(result.size() <= maximum);
}

void ServerTextTest::isIdempotent() {
    const QString once = ServerText::displayable(QStringLiteral("\x1b[2J\u202e\x07 tail"));
    QCOMPARE(ServerText::displayable(once), once);
}

QTEST_GUILESS_MAIN(ServerTextTest)
#include "ServerTextTest.moc"
