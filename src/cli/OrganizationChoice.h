// Which organization a command-line mode acts on: the one --org names, or without --org the one
// that is meant: ALLIUM_API_KEY's when it is set (it always won over the keychain), else the only
// one stored. With one organization, nobody has to name it: everything works as before.
#pragma once

#include "core/organizations/Organization.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class OrganizationList;
class QCommandLineParser;

class OrganizationChoice final {
    Q_DECLARE_TR_FUNCTIONS(OrganizationChoice)

public:
    static QString orgName() { return QStringLiteral("org"); }
    static QString allOrgsName() { return QStringLiteral("all-orgs"); }
    static QCommandLineOption orgOption();
    static QCommandLineOption allOrgsOption();

    // Adds ALLIUM_API_KEY's organization (or a systemd credential's) to the list for this run.
    static void addEnvironment(OrganizationList &list);

    enum class Scope {
        Every,      // the environment's organization too (reading: --once, --history)
        StoredOnly, // what is kept in the settings and the keychain (--set-key, --forget-key)
    };
    // The organization to act on. std::nullopt with *problem (a usage error) when --org names
    // none or several could be meant; std::nullopt with an empty *problem when there is none.
    static std::optional<Organization> choose(const QCommandLineParser &parser,
                                              const OrganizationList &list, Scope scope,
                                              QString *problem);
    // "Production, Staging": for messages.
    static QString names(const QList<Organization> &organizations);
};
