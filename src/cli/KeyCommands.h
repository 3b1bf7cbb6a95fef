// `allium-usage --set-key` and `--forget-key`: put an organization's API key into the system
// keychain from standard input (never from an argument), creating the organization when --org
// names a new one, or delete it (with --org, the organization goes too), without a display.
#pragma once

#include "cli/HeadlessCommand.h"

#include <QCoreApplication>

class QCommandLineParser;
class SecretStore;
struct SecretResult;

class KeyCommands final {
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    // Exit status when the keychain is missing, locked, refuses, or does not answer in time.
    static constexpr int KeychainFailed = 6;

    static HeadlessCommand setKeyCommand();
    static HeadlessCommand forgetKeyCommand();

    // The key from standard input, trimmed: one line from a terminal (not echoed), or everything
    // piped in, so that a key with a line break in it is refused rather than cut short.
    static QString readKeyFromStandardInput();
    // Runs one keychain operation to its end (the store times the job out itself).
    static SecretResult wait(SecretStore &store, void (SecretStore::*signal)(const SecretResult &),
                             const std::function<void()> &start);

private:
    static int setKey(const QCommandLineParser &parser);
    static int forgetKey(const QCommandLineParser &parser);
};
