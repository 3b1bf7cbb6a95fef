#include "core/launch/ProgramLocations.h"

#include <QDir>
#include <QFileInfo>

// Set for this file only by src/core/CMakeLists.txt, from GNUInstallDirs, so that changing an
// install folder rebuilds one file.
#ifndef ALLIUM_BIN_TO_LIBEXEC
#error "ALLIUM_BIN_TO_LIBEXEC must be defined (relative path from bin/ to libexec/allium-usage/)"
#endif
#ifndef ALLIUM_LIBEXEC_TO_BIN
#error "ALLIUM_LIBEXEC_TO_BIN must be defined (relative path from libexec/allium-usage/ to bin/)"
#endif
#if !defined(ALLIUM_BIN_TO_MODULES) || !defined(ALLIUM_INSTALL_MODULES)
#error "ALLIUM_BIN_TO_MODULES and ALLIUM_INSTALL_MODULES must be defined (lib/allium-usage/)"
#endif
#ifndef ALLIUM_INSTALL_LIBEXEC
#error "ALLIUM_INSTALL_LIBEXEC must be defined (absolute libexec/allium-usage/ of the install)"
#endif

namespace {

QString inFolder(const QString &folder, const QString &relative, const QString &name) {
    return QDir::cleanPath(folder + QLatin1Char('/') + relative + QLatin1Char('/') + name);
}

// The one rule for everything the command line finds: beside it (a build tree), then at its
// installed place relative to it (a moved prefix), then where this build installs it.
QStringList candidatesFor(const QString &commandLinePath, const QString &relativeFolder,
                          const QString &installedFolder, const QString &name) {
    QStringList candidates;
    if (!commandLinePath.isEmpty()) {
        const QString folder = QFileInfo(commandLinePath).absolutePath();
        candidates.append(inFolder(folder, QStringLiteral("."), name));
        candidates.append(inFolder(folder, relativeFolder, name));
    }
    candidates.append(inFolder(installedFolder, QStringLiteral("."), name));
    candidates.removeDuplicates();
    return candidates;
}

} // namespace

QString ProgramLocations::commandLineName() {
    return QStringLiteral("allium-usage");
}

QString ProgramLocations::desktopName() {
    return QStringLiteral("allium-usage-desktop");
}

QString ProgramLocations::runningProgram() {
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    return self.exists() ? self.canonicalFilePath() : QString();
}

QStringList ProgramLocations::desktopCandidates(const QString &commandLinePath) {
    return candidatesFor(commandLinePath, QStringLiteral(ALLIUM_BIN_TO_LIBEXEC),
                         QStringLiteral(ALLIUM_INSTALL_LIBEXEC), desktopName());
}

QString ProgramLocations::keychainModuleName() {
    return QStringLiteral("allium-usage-keychain.so");
}

QStringList ProgramLocations::keychainModuleCandidates(const QString &commandLinePath) {
    return candidatesFor(commandLinePath, QStringLiteral(ALLIUM_BIN_TO_MODULES),
                         QStringLiteral(ALLIUM_INSTALL_MODULES), keychainModuleName());
}

QString ProgramLocations::commandLineFor(const QString &desktopPath) {
    const QString folder = QFileInfo(desktopPath).absolutePath();
    const QString besideIt = inFolder(folder, QStringLiteral("."), commandLineName());
    if (QFileInfo(besideIt).isExecutable())
        return besideIt;
    const QString installed =
        inFolder(folder, QStringLiteral(ALLIUM_LIBEXEC_TO_BIN), commandLineName());
    if (QFileInfo(installed).isExecutable())
        return installed;
    // A dashboard started from somewhere else entirely can still start itself.
    return desktopPath;
}
