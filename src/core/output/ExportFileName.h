// The names the dashboard proposes for its exports, and where: "allium-usage-2026-12-01.csv" for a
// snapshot, "allium-usage-history-2026-12.csv" for a period's readings, with "demo" in the name
// for demo data, so that a made-up export is never mistaken for a real one; in the Documents
// folder, or the home folder where there is none.
#pragma once

#include <QDate>
#include <QString>

class ExportFileName final {
public:
    static QString snapshot(const QDate &today, bool demo);
    static QString history(const QDate &periodStart, bool demo);
    // The Documents folder when it exists, else the home folder: a file dialog given a folder that
    // does not exist opens wherever the process happens to be.
    static QString folder();
};
