// Where the two executables find each other: allium-usage (the command line, which also starts the
// dashboard) and allium-usage-desktop (the dashboard), side by side in a build tree, in bin/ and
// libexec/allium-usage/ when installed. The only owner of those names and places.
#pragma once

#include <QString>
#include <QStringList>

namespace ProgramLocations {

QString commandLineName(); // "allium-usage"
QString desktopName();     // "allium-usage-desktop"

// The running program's absolute path (from /proc/self/exe), usable before a QCoreApplication
// exists; empty when the system does not say.
QString runningProgram();

// Where the dashboard may be, most specific first, for a command line at commandLinePath: next to
// it, then the install's libexec folder relative to it (so a moved prefix still works), then the
// libexec folder this build was configured to install into.
QStringList desktopCandidates(const QString &commandLinePath);

// The keychain module the command line and the dashboard load when they need the keychain
// (LazyKeychainStore; the dashboard passes its command line, commandLineFor),
// "allium-usage-keychain.so", and where it may be for a command line at commandLinePath: next to
// it (a build tree), then lib/allium-usage relative to it, then where this build installs it.
QString keychainModuleName();
QStringList keychainModuleCandidates(const QString &commandLinePath);

// The command line that belongs to the dashboard at desktopPath: what a launch-at-login entry
// should start, so that it keeps working when the dashboard moves inside the install.
QString commandLineFor(const QString &desktopPath);

} // namespace ProgramLocations
