// `allium-usage --list-orgs`: the organizations, in order, with their address, their id (which
// names a service's systemd credential) and whether a key is stored for each, and where; never
// the key itself.
#pragma once

#include "cli/HeadlessCommand.h"

#include <QCoreApplication>

class ListOrganizationsCommand final {
    Q_DECLARE_TR_FUNCTIONS(ListOrganizationsCommand)

public:
    static HeadlessCommand command();

private:
    static int run(const QCommandLineParser &parser);
};
