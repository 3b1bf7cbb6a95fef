// `allium-usage --set-key` and `--forget-key`: put the API key into the system keychain from
// standard input (never from an argument), or delete it, without a display.
#pragma once

#include "cli/HeadlessCommand.h"

#include <QCoreApplication>

class SecretStore;
struct SecretResult;

class KeyCommands final {
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    // Exit status when the keychain is missing, locked, refuses, or does not answer in time.
    static constexpr int KeychainFailed = 6;

    static HeadlessCommand setKeyCommand();
    static HeadlessCommand forgetKeyCommand();

    // One line from standard input, trimmed; the terminal does not echo it when stdin is one.
    static QString readKeyFromStandardInput();

private:
    static int setKey();
    static int forgetKey();
};
