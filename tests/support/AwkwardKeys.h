// The keys a person may paste, good and bad, for the tests of the one key rule and of every place
// a key comes in (Settings, the welcome view, --set-key, ALLIUM_API_KEY, the service).
#pragma once

#include <QString>
#include <QTest>

namespace AwkwardKeys {

// Adds the columns "key" (QString) and "acceptable" (bool) and one row per case.
inline void addRows() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("a plain key") << QStringLiteral("ak_live_0123456789abcdef") << true;
    QTest::newRow("punctuation") << QStringLiteral("ak-1.2_3~4+5/6=") << true;
    QTest::newRow("leading and trailing spaces, as pasted")
        << QStringLiteral("  ak_pasted_key \n") << true;
    QTest::newRow("the longest allowed") << QString(512, QLatin1Char('k')) << true;
    QTest::newRow("an accented letter") << QStringLiteral("ak_cl\u00e9_0123") << false;
    QTest::newRow("a tab inside") << QStringLiteral("ak_one\ttwo") << false;
    QTest::newRow("a line break inside") << QStringLiteral("ak_one\ntwo") << false;
    QTest::newRow("a space inside") << QStringLiteral("ak_one two") << false;
    QTest::newRow("a zero-width space") << QStringLiteral("ak_one\u200btwo") << false;
    QTest::newRow("a control character") << QStringLiteral("ak_one\u0007two") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("only spaces") << QStringLiteral("   ") << false;
    QTest::newRow("far too long (a pasted document)") << QString(600, QLatin1Char('k')) << false;
}

} // namespace AwkwardKeys
