#include "cli/ListOrganizationsCommand.h"

#include "cli/OrganizationChoice.h"
#include "core/launch/ExitCode.h"
#include "core/organizations/OrganizationKeyLookup.h"
#include "core/organizations/OrganizationList.h"
#include "core/secrets/SystemdCredentialStore.h"
#include "core/settings/AppSettings.h"

#include <QTextStream>

namespace {

// Where the organization's key is, in words; "none" when nowhere.
QString keyPlace(const Organization &organization) {
    const ApiKeyResolver::Resolution found = OrganizationKeyLookup::resolveNow(organization);
    if (found.source == ApiKeyResolver::Source::Environment)
        return ApiKeyResolver::environmentVariable();
    if (found.source == ApiKeyResolver::Source::Store)
        return found.storeName;
    if (!found.problem.isEmpty())
        return ListOrganizationsCommand::tr("unknown: %1").arg(found.problem);
    return ListOrganizationsCommand::tr("none");
}

} // namespace

HeadlessCommand ListOrganizationsCommand::command() {
    HeadlessCommand command;
    command.trigger = QStringLiteral("list-orgs");
    command.options = [] {
        return QList<QCommandLineOption>{QCommandLineOption(
            QStringLiteral("list-orgs"),
            tr("List the organizations: name, address, id and where the key is kept (never the "
               "key)."))};
    };
    command.run = &ListOrganizationsCommand::run;
    return command;
}

int ListOrganizationsCommand::run(const QCommandLineParser &) {
    AppSettings settings;
    OrganizationList &list = settings.organizations();
    OrganizationChoice::addEnvironment(list);
    const QList<Organization> organizations = list.all();
    QTextStream out(stdout);
    if (organizations.isEmpty()) {
        out << tr("No organizations. Add one with: allium-usage --set-key --org NAME < key.txt")
            << '\n';
        return toInt(ExitCode::Ok);
    }

    const QStringList header{tr("Organization"), tr("Address"), tr("Id"), tr("Key")};
    QList<QStringList> rows{header};
    for (const Organization &organization : organizations) {
        rows.append({organization.name, organization.effectiveBaseUrl().toString(), organization.id,
                     keyPlace(organization)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int column = 0; column < row.size(); ++column) {
            line += column + 1 < row.size() ? row.at(column).leftJustified(widths.at(column) + 2)
                                            : row.at(column);
        }
        out << line << '\n';
    }
    return toInt(ExitCode::Ok);
}
