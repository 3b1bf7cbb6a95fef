#include "core/desktop/AutostartEntry.h"

#include "core/io/AtomicFileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

QString AutostartEntry::defaultFilePath() {
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    // The specification says a relative value is invalid and must be ignored.
    if (configHome.isEmpty() || QDir::isRelativePath(configHome))
        configHome = QDir::homePath() + QStringLiteral("/.config");
    return configHome + QStringLiteral("/autostart/") + QStringLiteral(ALLIUM_APP_ID) +
           QStringLiteral(".desktop");
}

AutostartEntry::AutostartEntry(const QString &filePath, const QString &executable)
    : m_filePath(filePath)
    , m_executable(executable) {}

bool AutostartEntry::isEnabled() const {
    return QFileInfo::exists(m_filePath);
}

bool AutostartEntry::setEnabled(bool enabled, QString *error) {
    if (!enabled) {
        if (!QFileInfo::exists(m_filePath) || QFile::remove(m_filePath))
            return true;
        if (error)
            *error = tr("Could not remove %1.").arg(m_filePath);
        return false;
    }

    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(folder);
        return false;
    }
    // Atomic and checked: a full disk never leaves a half entry that a desktop would misread.
    return AtomicFileWriter::writeFile(m_filePath, contents().toUtf8(), error);
}

QString AutostartEntry::contents() const {
    // Name and Comment are not translated: the file outlives a change of language, and desktop
    // environments show the installed desktop entry's translations anyway.
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Allium Usage\n"
                          "Comment=Allium API usage in the system tray\n"
                          "Exec=") +
           quoteExecArgument(m_executable) +
           QStringLiteral("\n"
                          "Icon=" ALLIUM_APP_ID "\n"
                          "Terminal=false\n"
                          "Categories=Utility;\n"
                          "X-GNOME-Autostart-enabled=true\n");
}

QString AutostartEntry::quoteExecArgument(const QString &argument) {
    // Reserved characters force double quotes; inside them ", `, $ and \ take a backslash. The
    // value is then a desktop-entry string, where a backslash itself is written as \\.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`=%");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument) {
        if (reserved.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    QString quoted;
    if (!needsQuotes) {
        quoted = argument;
    } else {
        quoted = QStringLiteral("\"");
        for (const QChar c : argument) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
                c == QLatin1Char('\\'))
                quoted += QLatin1Char('\\');
            quoted += c;
        }
        quoted += QLatin1Char('"');
    }
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    // A field code is introduced by %; a literal percent is written %%.
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
    quoted.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return quoted;
}
