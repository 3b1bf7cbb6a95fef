// A program that does nothing but is linked to Qt Core, Network and Sql, the libraries allium-usage
// links (ALLIUM_BENCH_NO_KEYCHAIN): its run time is what the dynamic loader costs the command line
// before a line of our code runs. Built a second time with QtKeychain and QtDBus too, which
// allium-usage loads only when the keychain is asked, to show what they would cost every start.
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
