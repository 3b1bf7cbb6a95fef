// The names the dashboard proposes for its exports, and where: "allium-usage-2026-12-01.csv" for a
// snapshot (with the organization's name when there are several),
// "allium-usage-history-2026-12.csv" for a period's readings, with "demo" in the name for demo
// data, so that a made-up export is never mistaken for a real one; in the Documents folder, or the
// home folder where there is none.
#pragma once

#include <QDate>
#include <QString>

class ExportFileName final {
public:
    // what: what else the name says, such as the organization with several of them
    // ("allium-usage-Production-2026-12-01.csv"), made safe for a file name; empty for nothing.
    static QString snapshot(const QDate &today, bool demo, const QString &what = QString());
    static QString history(const QDate &periodStart, bool demo);
    // The Documents folder when it exists, else the home folder: a file dialog given a folder that
    // does not exist opens wherever the process happens to be.
    static QString folder();
};
