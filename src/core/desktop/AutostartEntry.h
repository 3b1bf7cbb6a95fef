// "Launch at login" on Linux: an XDG autostart desktop entry in $XDG_CONFIG_HOME/autostart that
// starts allium-usage when the person logs in.
#pragma once

#include <QCoreApplication>
#include <QString>

class AutostartEntry final {
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)

public:
    // $XDG_CONFIG_HOME/autostart/so.allium.AlliumUsage.desktop (~/.config when the variable is
    // unset).
    static QString defaultFilePath();

    // `executable` is the absolute path of the program to start.
    AutostartEntry(const QString &filePath, const QString &executable);

    QString filePath() const { return m_filePath; }
    bool isEnabled() const;

    // Writes (atomically) or removes the entry. On failure returns false and says why in `error`.
    bool setEnabled(bool enabled, QString *error = nullptr);

    // The file's text; public so that tests and packaging can check it.
    QString contents() const;

    // An Exec= argument quoted as the Desktop Entry specification asks.
    static QString quoteExecArgument(const QString &argument);

private:
    QString m_filePath;
    QString m_executable;
};
