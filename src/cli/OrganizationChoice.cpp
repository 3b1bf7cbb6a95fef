#include "cli/OrganizationChoice.h"

#include "core/organizations/OrganizationKeyLookup.h"
#include "core/organizations/OrganizationList.h"

#include <QCommandLineParser>

QCommandLineOption OrganizationChoice::orgOption() {
    return QCommandLineOption(
        orgName(),
        tr("The organization to use (its name, as --list-orgs shows it), for --once, --history, "
           "--set-key and --forget-key. Not needed with one organization."),
        QStringLiteral("NAME"));
}

QCommandLineOption OrganizationChoice::allOrgsOption() {
    return QCommandLineOption(allOrgsName(),
                              tr("With --once: every organization, one after the other in the "
                                 "output; the exit status is the worst of theirs."));
}

void OrganizationChoice::addEnvironment(OrganizationList &list) {
    list.setEnvironmentOrganization(OrganizationKeyLookup::environmentHasKey());
}

QString OrganizationChoice::names(const QList<Organization> &organizations) {
    QStringList names;
    for (const Organization &organization : organizations)
        names.append(organization.name);
    return names.join(QStringLiteral(", "));
}

std::optional<Organization> OrganizationChoice::choose(const QCommandLineParser &parser,
                                                       const OrganizationList &list, Scope scope,
                                                       QString *problem) {
    problem->clear();
    const QList<Organization> candidates = scope == Scope::Every ? list.all() : list.stored();
    if (parser.isSet(orgName())) {
        const QString name = parser.value(orgName()).trimmed();
        if (const Organization *found = Organization::named(candidates, name))
            return *found;
        if (scope == Scope::StoredOnly &&
            Organization::sameName(name, Organization::environmentId())) {
            *problem = tr("--org %1: that organization's key comes from ALLIUM_API_KEY (or the "
                          "systemd credential allium-api-key) and is not kept by the app.")
                           .arg(name);
        } else if (candidates.isEmpty()) {
            *problem = tr("--org %1: no organization is set up yet.").arg(name);
        } else {
            *problem = tr("--org %1: there is no organization of that name. There are: %2.")
                           .arg(name, names(candidates));
        }
        return std::nullopt;
    }
    if (scope == Scope::Every && list.hasEnvironmentOrganization())
        return OrganizationList::environmentOrganization();
    const QList<Organization> stored = list.stored();
    if (stored.size() == 1)
        return stored.constFirst();
    if (stored.size() > 1) {
        *problem = tr("There are several organizations (%1): choose one with --org NAME.")
                       .arg(names(stored));
    }
    return std::nullopt;
}
