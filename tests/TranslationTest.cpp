// The German translation is chosen from the system locale and shown by the dashboard window and
// the command line. tests/CMakeLists.txt runs this with LANG=de_DE.UTF-8 and LANGUAGE=de.
#include "app/MainWindow.h"
#include "core/Clock.h"
#include "core/TranslationLoader.h"
#include "core/reading/CurrentReading.h"
#include "core/settings/AppSettings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TranslationTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    // Before the loader tests below, which install other languages' translators.
    void qtsOwnStringsAreGerman();
    void pluralsAreGerman();
    void theKeychainReadsAsAPlaceInGerman();
    void loaderFindsATranslationOnlyForGerman_data();
    void loaderFindsATranslationOnlyForGerman();
    void dashboardWindowTitleAndButtonsAreGerman();
    void commandLineSpeaksGerman_data();
    void commandLineSpeaksGerman();
};

void TranslationTest::initTestCase() {
    // Qt reads LANG and LANGUAGE itself: no de_DE locale has to be generated on the system.
    QVERIFY2(QLocale().language() == QLocale::German,
             qPrintable(QStringLiteral("the system locale is %1; run this test with "
                                       "LANG=de_DE.UTF-8 and without LC_ALL")
                            .arg(QLocale().name())));
    QVERIFY(TranslationLoader::install());
}

void TranslationTest::qtsOwnStringsAreGerman() {
    // Standard buttons and context menus come from Qt's translations (qt6-translations-l10n).
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

void TranslationTest::pluralsAreGerman() {
    // A count in the wrong place once hid these from lupdate, and they stayed English.
    QCOMPARE(
        QCoreApplication::translate("Forecast", "Forecast after %n hours of readings", nullptr, 6),
        QStringLiteral("Prognose nach 6 Stunden mit Messwerten"));
    QCOMPARE(
        QCoreApplication::translate(
            "Forecast", "Projected to run out on %1, %n days before the reset", nullptr, 4)
            .arg(QStringLiteral("27. Dez.")),
        QStringLiteral("Voraussichtlich am 27. Dez. aufgebraucht, 4 Tage vor dem Zurücksetzen"));
}

void TranslationTest::theKeychainReadsAsAPlaceInGerman() {
    const QString keychain =
        QCoreApplication::translate("KeychainSecretStore", "the system keychain");
    QCOMPARE(
        QCoreApplication::translate("OrganizationsPage", "The key is stored in %1.").arg(keychain),
        QStringLiteral("Der Schlüssel ist im Schlüsselbund des Systems gespeichert."));
    QCOMPARE(QCoreApplication::translate("OrganizationsPage", "The key was removed from %1.")
                 .arg(keychain),
             QStringLiteral("Der Schlüssel wurde aus dem Schlüsselbund des Systems entfernt."));
}

void TranslationTest::loaderFindsATranslationOnlyForGerman_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("found");
    QTest::newRow("German (Germany)") << QLocale(QLocale::German, QLocale::Germany) << true;
    QTest::newRow("German (Austria) falls back to German")
        << QLocale(QLocale::German, QLocale::Austria) << true;
    QTest::newRow("English is the source language") << QLocale(QLocale::English) << false;
    QTest::newRow("French has no translation") << QLocale(QLocale::French) << false;
}

void TranslationTest::loaderFindsATranslationOnlyForGerman() {
    QFETCH(QLocale, locale);
    QFETCH(bool, found);
    QCOMPARE(TranslationLoader::install(locale), found);
}

void TranslationTest::dashboardWindowTitleAndButtonsAreGerman() {
    const ManualClock clock(QDateTime(QDate(2026, 4, 24), QTime(12, 0), Qt::UTC));
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    CurrentReading reading(nullptr, clock);
    MainWindow window(reading, settings, clock);

    QCOMPARE(window.windowTitle(), QStringLiteral("Allium-Nutzung"));
    QCOMPARE(window.refreshAction()->text(), QStringLiteral("&Aktualisieren"));
    QCOMPARE(window.quitAction()->text(), QStringLiteral("&Beenden"));
    // The page saying there are no figures yet is made when the window shows it.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *demoButton = window.findChild<QPushButton *>(QStringLiteral("emptyDemoButton"));
    QVERIFY(demoButton);
    QCOMPARE(demoButton->text(), QStringLiteral("&Demodaten anzeigen"));
}

void TranslationTest::commandLineSpeaksGerman_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("--help describes the options in German")
        << QStringList{QStringLiteral("--help")} << 0
        << QStringLiteral("Eine Momentaufnahme der Nutzung abrufen, ausgeben und beenden.");
    QTest::newRow("--help describes the app in German")
        << QStringList{QStringLiteral("--help")} << 0
        << QStringLiteral("Zeigt die Allium-API-Nutzung Ihrer Organisation");
    QTest::newRow("--help lists the exit codes in German")
        << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("Rückgabewerte: 0 Erfolg");
    QTest::newRow("a usage error is explained in German")
        << QStringList{QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("xml")}
        << 2
        << QStringLiteral("--format: erwartet table, csv, json oder prometheus, erhalten „xml“.");
}

void TranslationTest::commandLineSpeaksGerman() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedText);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"LC_ALL", "LC_MESSAGES", "DISPLAY", "WAYLAND_DISPLAY", "ALLIUM_API_KEY"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ALLIUM_USAGE_BINARY), arguments);
    QVERIFY(process.waitForFinished(30000));

    // --help wraps long descriptions over several lines.
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
            .simplified();
    QVERIFY2(output.contains(expectedText), qPrintable(output));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
}

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
