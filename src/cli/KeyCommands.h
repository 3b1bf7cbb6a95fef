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

    // The key from standard input, trimmed: one line from a terminal (not echoed), or everything
    // piped in, so that a key with a line break in it is refused rather than cut short.
    static QString readKeyFromStandardInput();

private:
    static int setKey();
    static int forgetKey();
};
