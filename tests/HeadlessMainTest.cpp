// Which arguments the command line takes (no display) and which start the dashboard: a wrong
// answer either opens a window over SSH or swallows the dashboard's own options.
#include "cli/HeadlessMain.h"

#include <QTest>

#include <vector>

class HeadlessMainTest final : public QObject {
    Q_OBJECT

private slots:
    void handlesOnlyCommandLineArguments_data();
    void handlesOnlyCommandLineArguments();
};

void HeadlessMainTest::handlesOnlyCommandLineArguments_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("handled");

    const auto row = [](const char *name, const QStringList &arguments, bool handled) {
        QTest::newRow(name) << arguments << handled;
    };
    row("no arguments: the dashboard", {}, false);
    row("--demo: the dashboard on demo data", {QStringLiteral("--demo")}, false);
    row("--base-url URL: the dashboard",
        {QStringLiteral("--base-url"), QStringLiteral("https://proxy.example/allium")}, false);
    row("--minimized: the dashboard in the tray", {QStringLiteral("--minimized")}, false);
    row("--theme dark: the dashboard", {QStringLiteral("--theme"), QStringLiteral("dark")}, false);
    row("Qt's -platform with its value", {QStringLiteral("-platform"), QStringLiteral("offscreen")},
        false);
    row("Qt's -reverse is not -r -e -v (version)", {QStringLiteral("-reverse")}, false);
    row("an unknown option is the dashboard's to report", {QStringLiteral("--colour")}, false);

    row("--once", {QStringLiteral("--once")}, true);
    row("--demo --once", {QStringLiteral("--demo"), QStringLiteral("--once")}, true);
    row("--help", {QStringLiteral("--help")}, true);
    row("-h", {QStringLiteral("-h")}, true);
    row("--help-all", {QStringLiteral("--help-all")}, true);
    row("--version", {QStringLiteral("--version")}, true);
    row("-v", {QStringLiteral("-v")}, true);
    row("--format without --once: the command line explains",
        {QStringLiteral("--format"), QStringLiteral("csv")}, true);
    row("--output without --once", {QStringLiteral("--output=usage.csv")}, true);
    row("--set-key", {QStringLiteral("--set-key")}, true);
    row("--api-key=VALUE is refused by the command line, never by a window",
        {QStringLiteral("--api-key=secret")}, true);
    row("--key VALUE", {QStringLiteral("--key"), QStringLiteral("secret")}, true);
    row("--once after -- is a file name, not an option",
        {QStringLiteral("--"), QStringLiteral("--once")}, false);
}

void HeadlessMainTest::handlesOnlyCommandLineArguments() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, handled);

    std::vector<QByteArray> storage{QByteArray("allium-usage")};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    QCOMPARE(HeadlessMain::handles(int(storage.size()), argv.data()), handled);
}

QTEST_GUILESS_MAIN(HeadlessMainTest)
#include "HeadlessMainTest.moc"
