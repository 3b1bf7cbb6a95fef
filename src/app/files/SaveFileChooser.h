// Where an export goes: the desktop's own "save as" dialog, through the XDG portal where one
// runs (GNOME, KDE, sandboxes), else Qt's file dialog, which is the platform's native one wherever
// the platform theme has one (Qt's own dialog is never forced). Proposes a name in a folder.
#pragma once

#include <QString>

#include <functional>

class QWidget;

class SaveFileChooser final {
public:
    using Chosen = std::function<void(const QString &path)>;

    // Opens the dialog over parent with proposedPath (a folder and a name) and a filter such as
    // tr("CSV files") for pattern "*.csv"; calls chosen with the path only when one was chosen.
    static void ask(QWidget *parent, const QString &title, const QString &proposedPath,
                    const QString &filterName, const QString &pattern, const Chosen &chosen);
};
