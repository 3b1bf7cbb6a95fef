#include "cli/KeyCommands.h"

#include "cli/TerminalMessages.h"
#include "core/launch/ExitCode.h"
#include "core/secrets/ApiKeyResolver.h"
#include "core/secrets/ApiKeyRule.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/LazyKeychainStore.h"

#include <QEventLoop>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
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

// Runs one keychain operation to its end; the store times the job out itself.
SecretResult wait(SecretStore &store, void (SecretStore::*signal)(const SecretResult &),
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

} // namespace

HeadlessCommand KeyCommands::setKeyCommand() {
    HeadlessCommand command;
    command.trigger = QStringLiteral("set-key");
    command.options = [] {
        return QList<QCommandLineOption>{QCommandLineOption(
            QStringLiteral("set-key"),
            tr("Read the API key from standard input (not echoed on a terminal) and store it in "
               "the system keychain. Example: allium-usage --set-key < key.txt"))};
    };
    command.run = [](const QCommandLineParser &) { return setKey(); };
    return command;
}

HeadlessCommand KeyCommands::forgetKeyCommand() {
    HeadlessCommand command;
    command.trigger = QStringLiteral("forget-key");
    command.options = [] {
        return QList<QCommandLineOption>{
            QCommandLineOption(QStringLiteral("forget-key"),
                               tr("Delete the stored API key from the system keychain."))};
    };
    command.run = [](const QCommandLineParser &) { return forgetKey(); };
    return command;
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

int KeyCommands::setKey() {
    const QString key = readKeyFromStandardInput();
    if (key.isEmpty()) {
        TerminalMessages::printError(
            tr("No API key on standard input. Pipe it in (allium-usage --set-key < "
               "key.txt) or run --set-key in a terminal and paste it."));
        return toInt(ExitCode::UsageError);
    }
    // The same rule as the Settings dialog and the service: a key stored here is one they accept.
    const QString problem = ApiKeyRule::problem(key);
    if (!problem.isEmpty()) {
        TerminalMessages::printError(
            tr("The API key on standard input was not stored: %1").arg(problem));
        return toInt(ExitCode::UsageError);
    }

    LazyKeychainStore store;
    const SecretResult result =
        wait(store, &SecretStore::writeFinished, [&] { store.writeKey(key); });
    if (!result.ok()) {
        TerminalMessages::printError(tr("Could not store the API key: %1").arg(result.message));
        return KeychainFailed;
    }
    QTextStream(stdout) << tr("Stored the API key in the system keychain (service %1).")
                               .arg(KeychainSecretStore::serviceName())
                        << '\n';
    if (!ApiKeyResolver::keyFromEnvironment().isEmpty()) {
        TerminalMessages::printError(
            tr("Note: %1 is set in this environment and takes precedence over the "
               "keychain.")
                .arg(ApiKeyResolver::environmentVariable()));
    }
    return toInt(ExitCode::Ok);
}

int KeyCommands::forgetKey() {
    LazyKeychainStore store;
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
