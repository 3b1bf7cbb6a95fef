// A program that does nothing but is linked to the libraries allium-usage links (Qt Core,
// Network, Sql, DBus and QtKeychain): its run time is what the dynamic loader costs the command
// line, before a line of our code runs. Built a second time without the keychain's libraries
// (ALLIUM_BENCH_NO_KEYCHAIN), to show what they cost a run that takes its key elsewhere.
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSqlDatabase>

#ifndef ALLIUM_BENCH_NO_KEYCHAIN
#include <QDBusConnection>
#include <qt6keychain/keychain.h>
#endif

int main(int argc, char *argv[]) {
    // Each library is used only where nothing is ever called, so the linker keeps it.
    if (argc > 99) {
        QCoreApplication app(argc, argv);
        QNetworkAccessManager network;
        QSqlDatabase::drivers();
#ifndef ALLIUM_BENCH_NO_KEYCHAIN
        QDBusConnection::sessionBus();
        QKeychain::ReadPasswordJob job(QStringLiteral("x"));
#endif
    }
    return 0;
}
