// `allium-usage --serve`: the exporter for Prometheus, run headless as a service. Reads every
// organization on its refresh interval (ServeSession), serves GET /metrics and GET /healthz on
// 127.0.0.1:10741 unless --listen names another address, and runs until SIGTERM or SIGINT.
#pragma once

#include "cli/HeadlessCommand.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <optional>

class Organization;
class OrganizationList;

class ServeCommand final {
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static HeadlessCommand command();

    struct ListenAddress {
        QHostAddress address;
        quint16 port = 0;
    };
    // "HOST:PORT" with an IP address (IPv6 in brackets) or localhost; port 0 picks a free one.
    // std::nullopt and *problem (a sentence) for anything else: a name is not looked up, so that
    // the address listened on is always the one written.
    static std::optional<ListenAddress> parseListen(const QString &text, QString *problem);

    // The organizations the exporter reads: ALLIUM_API_KEY's (or the systemd credential
    // allium-api-key's), every stored one, and one for each credential allium-api-key.NAME in
    // credentialsDirectory that is not a stored organization's: a server is set up in its unit
    // file alone. The first start's implicit organization only when there is no other.
    static QList<Organization> organizationsToServe(const OrganizationList &list,
                                                    const QString &credentialsDirectory);

private:
    static QList<QCommandLineOption> options();
    static int run(const QCommandLineParser &parser);
};
