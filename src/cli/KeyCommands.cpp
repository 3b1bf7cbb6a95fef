#include "cli/KeyCommands.h"

#include "cli/OrganizationChoice.h"
#include "cli/TerminalMessages.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "core/launch/CommandLineOptions.h"
#include "core/launch/ExitCode.h"
#include "core/organizations/OrganizationList.h"
#include "core/organizations/OrganizationRemoval.h"
#include "core/secrets/ApiKeyResolver.h"
#include "core/secrets/ApiKeyRule.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/LazyKeychainStore.h"
#include "core/settings/AppSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
#include <optional>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace {

// Turns terminal echo off for as long as it lives, and back on however the read ends.
class EchoOff final {
public:
    EchoOff() {
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff() {
        if (!m_active)
            return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        // The Enter the person typed was not echoed either.
        std::fputc('\n', stderr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

HeadlessCommand KeyCommands::setKeyCommand() {
    HeadlessCommand command;
    command.trigger = QStringLiteral("set-key");
    command.options = [] {
        return QList<QCommandLineOption>{
            QCommandLineOption(
                QStringLiteral("set-key"),
                tr("Read the API key from standard input (not echoed on a terminal) and store it "
                   "in the system keychain. With --org NAME, the key of that organization, which "
                   "is created when it is new (--base-url sets its address). Example: "
                   "allium-usage --set-key --org Staging < key.txt")),
            OrganizationChoice::orgOption(),
        };
    };
    command.run = &KeyCommands::setKey;
    return command;
}

HeadlessCommand KeyCommands::forgetKeyCommand() {
    HeadlessCommand command;
    command.trigger = QStringLiteral("forget-key");
    command.options = [] {
        return QList<QCommandLineOption>{
            QCommandLineOption(QStringLiteral("forget-key"),
                               tr("Delete the stored API key from the system keychain. With --org "
                                  "NAME, remove that organization with its key and its recorded "
                                  "readings.")),
            OrganizationChoice::orgOption(),
        };
    };
    command.run = &KeyCommands::forgetKey;
    return command;
}

SecretResult KeyCommands::wait(SecretStore &store,
                               void (SecretStore::*signal)(const SecretResult &),
                               const std::function<void()> &start) {
    SecretResult result;
    QEventLoop loop;
    QObject::connect(&store, signal, &loop, [&](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    start();
    loop.exec();
    return result;
}

QString KeyCommands::readKeyFromStandardInput() {
    if (isatty(STDIN_FILENO)) {
        QTextStream(stderr) << tr("Paste your Allium API key (Allium app: Settings > API Keys) "
                                  "and press Enter; it will not be shown: ")
                            << Qt::flush;
    }
    std::string text;
    if (isatty(STDIN_FILENO)) {
        const EchoOff echoOff;
        std::getline(std::cin, text);
    } else {
        // Piped in: all of it (bounded), so that a second line is refused by the key rule rather
        // than silently cut off.
        constexpr std::size_t limit = std::size_t(ApiKeyRule::MaximumLength) * 8;
        char c = 0;
        while (text.size() <= limit && std::cin.get(c))
            text.push_back(c);
    }
    QString key = ApiKeyRule::normalized(QString::fromUtf8(text.data(), qsizetype(text.size())));
    std::fill(text.begin(), text.end(), '\0');
    return key;
}

namespace {

// The organization --set-key stores a key for, and whether it is new.
struct Target {
    Organization organization;
    bool isNew = false;
    bool claimsDefault = false; // a first start's unused "Default" takes the name instead
};

// The first start's implicit organization, never given a key or readings, takes the name
// --org gives it rather than staying beside the new one as an empty "Default".
bool defaultIsUnused(const AppSettings &settings, const Organization &organization) {
    if (settings.organizations().isWritten() || organization.id != Organization::defaultId())
        return false;
    LazyKeychainStore keychain(organization.keychainEntry);
    const SecretResult stored =
        KeyCommands::wait(keychain, &SecretStore::readFinished, [&] { keychain.readKey(); });
    if (stored.status != SecretStatus::NotFound)
        return false;
    HistoryStore store(HistoryStore::defaultPath(), Clock::system());
    return settings.openHistory(store) && !store.latestSnapshot(organization.historyKey());
}

std::optional<Target> targetOf(const QCommandLineParser &parser, const AppSettings &settings,
                               QString *problem) {
    const OrganizationList &list = settings.organizations();
    const QList<Organization> stored = list.stored();
    Target target;
    if (parser.isSet(OrganizationChoice::orgName())) {
        const QString name = parser.value(OrganizationChoice::orgName()).trimmed();
        if (const Organization *existing = Organization::named(stored, name)) {
            target.organization = *existing;
            return target;
        }
        if (stored.size() == 1 && defaultIsUnused(settings, stored.constFirst())) {
            target.organization = stored.constFirst();
            target.organization.name = name;
            target.claimsDefault = true;
        } else {
            target.organization.name = name;
            target.organization.id = Organization::newId(stored);
            target.organization.keychainEntry =
                Organization::keychainEntryFor(target.organization.id);
            target.isNew = true;
        }
    } else if (stored.size() == 1) {
        target.organization = stored.constFirst();
        return target;
    } else if (stored.isEmpty()) {
        target.organization.name = OrganizationList::defaultName();
        target.organization.id = Organization::newId(stored);
        target.organization.keychainEntry = Organization::keychainEntryFor(target.organization.id);
        target.isNew = true;
    } else {
        *problem = OrganizationChoice::tr("There are several organizations (%1): choose one with "
                                          "--org NAME.")
                       .arg(OrganizationChoice::names(stored));
        return std::nullopt;
    }
    *problem = list.problemWith(target.organization, stored);
    if (!problem->isEmpty())
        return std::nullopt;
    return target;
}

} // namespace

int KeyCommands::setKey(const QCommandLineParser &parser) {
    std::optional<QUrl> baseUrl;
    if (parser.isSet(CommandLineOptions::baseUrl())) {
        QString problem;
        baseUrl = CommandLineOptions::baseUrlFrom(parser, &problem);
        if (!baseUrl)
            return CommandLineOptions::reportUsageError(tr("--base-url: %1").arg(problem));
    }
    if (parser.isSet(CommandLineOptions::demo()))
        return CommandLineOptions::reportUsageError(tr("--demo needs no key."));

    AppSettings settings;
    QString problem;
    if (parser.isSet(OrganizationChoice::orgName())) {
        // Checked before the key is read, so that a wrong name costs no pasting.
        OrganizationChoice::choose(parser, settings.organizations(),
                                   OrganizationChoice::Scope::StoredOnly, &problem);
        if (Organization::sameName(parser.value(OrganizationChoice::orgName()),
                                   Organization::environmentId()))
            return CommandLineOptions::reportUsageError(problem);
    }
    std::optional<Target> target = targetOf(parser, settings, &problem);
    if (!target)
        return CommandLineOptions::reportUsageError(problem);
    if (baseUrl)
        target->organization.baseUrl = *baseUrl;

    const QString key = readKeyFromStandardInput();
    if (key.isEmpty()) {
        TerminalMessages::printError(
            tr("No API key on standard input. Pipe it in (allium-usage --set-key < "
               "key.txt) or run --set-key in a terminal and paste it."));
        return toInt(ExitCode::UsageError);
    }
    // The same rule as the Settings dialog and the service: a key stored here is one they accept.
    problem = ApiKeyRule::problem(key);
    if (!problem.isEmpty()) {
        TerminalMessages::printError(
            tr("The API key on standard input was not stored: %1").arg(problem));
        return toInt(ExitCode::UsageError);
    }

    // The key first: an organization is only added once its key is safely stored.
    const Organization &organization = target->organization;
    LazyKeychainStore store(organization.keychainEntry);
    const SecretResult result =
        wait(store, &SecretStore::writeFinished, [&] { store.writeKey(key); });
    if (!result.ok()) {
        TerminalMessages::printError(tr("Could not store the API key: %1").arg(result.message));
        return KeychainFailed;
    }
    OrganizationList &list = settings.organizations();
    QList<Organization> organizations = list.stored();
    if (target->isNew)
        organizations.append(organization);
    else
        std::replace_if(
            organizations.begin(), organizations.end(),
            [&](const Organization &o) { return o.id == organization.id; }, organization);
    if (!list.apply(organizations, &problem)) {
        if (target->isNew)
            wait(store, &SecretStore::deleteFinished, [&] { store.deleteKey(); });
        TerminalMessages::printError(problem);
        return toInt(ExitCode::OutputFailed);
    }

    QTextStream out(stdout);
    if (!parser.isSet(OrganizationChoice::orgName()) && !target->isNew) {
        out << tr("Stored the API key in the system keychain (service %1).")
                   .arg(KeychainSecretStore::serviceName())
            << '\n';
    } else {
        out << (target->isNew || target->claimsDefault
                    ? tr("Added the organization %1 and stored its API key in the "
                         "system keychain (service %2, entry %3).")
                    : tr("Stored the API key of %1 in the system keychain (service "
                         "%2, entry %3)."))
                   .arg(organization.name, KeychainSecretStore::serviceName(),
                        organization.keychainEntry)
            << '\n';
    }
    if (!ApiKeyResolver::keyFromEnvironment().isEmpty()) {
        TerminalMessages::printError(
            tr("Note: %1 is set in this environment and takes precedence over the "
               "keychain when no organization is named.")
                .arg(ApiKeyResolver::environmentVariable()));
    }
    return toInt(ExitCode::Ok);
}

int KeyCommands::forgetKey(const QCommandLineParser &parser) {
    AppSettings settings;
    OrganizationList &list = settings.organizations();
    QString problem;
    const std::optional<Organization> organization =
        OrganizationChoice::choose(parser, list, OrganizationChoice::Scope::StoredOnly, &problem);
    if (!problem.isEmpty())
        return CommandLineOptions::reportUsageError(problem);
    if (!organization) {
        QTextStream(stdout) << tr("No API key was stored in the system keychain.") << '\n';
        return toInt(ExitCode::Ok);
    }

    LazyKeychainStore store(organization->keychainEntry);
    if (parser.isSet(OrganizationChoice::orgName())) {
        // The organization goes with its key and its readings.
        HistoryStore history(HistoryStore::defaultPath(), Clock::system());
        settings.openHistory(history);
        OrganizationRemoval removal(list, &history);
        OrganizationRemoval::Result outcome;
        QEventLoop loop;
        QObject::connect(&removal, &OrganizationRemoval::finished, &loop,
                         [&](const OrganizationRemoval::Result &r) {
                             outcome = r;
                             loop.quit();
                         });
        removal.start(*organization, store);
        loop.exec();
        if (!outcome.removed) {
            TerminalMessages::printError(outcome.problem);
            return outcome.keyKept ? KeychainFailed : toInt(ExitCode::OutputFailed);
        }
        if (!outcome.historyProblem.isEmpty())
            TerminalMessages::printError(outcome.historyProblem);
        QTextStream(stdout) << tr("Removed the organization %1, its API key and its recorded "
                                  "readings (%2 deleted).")
                                   .arg(organization->name)
                                   .arg(outcome.readingsRemoved)
                            << '\n';
        return toInt(ExitCode::Ok);
    }

    // Without --org, only the key goes, as it always did: the organization keeps its name,
    // address and history for the next --set-key.
    // Deleting an absent entry succeeds silently in some back ends; ask first to say which it was.
    SecretResult result = wait(store, &SecretStore::readFinished, [&] { store.readKey(); });
    if (result.ok())
        result = wait(store, &SecretStore::deleteFinished, [&] { store.deleteKey(); });
    if (result.status == SecretStatus::NotFound) {
        QTextStream(stdout) << tr("No API key was stored in the system keychain.") << '\n';
        return toInt(ExitCode::Ok);
    }
    if (!result.ok()) {
        TerminalMessages::printError(tr("Could not delete the API key: %1").arg(result.message));
        return KeychainFailed;
    }
    QTextStream(stdout) << tr("Deleted the API key from the system keychain.") << '\n';
    return toInt(ExitCode::Ok);
}
