#include "core/output/ExportFileName.h"

#include <QDir>
#include <QStandardPaths>

namespace {

QString prefix(bool demo) {
    return demo ? QStringLiteral("allium-usage-demo") : QStringLiteral("allium-usage");
}

} // namespace

QString ExportFileName::snapshot(const QDate &today, bool demo) {
    return QStringLiteral("%1-%2.csv").arg(prefix(demo), today.toString(Qt::ISODate));
}

QString ExportFileName::history(const QDate &periodStart, bool demo) {
    return QStringLiteral("%1-history-%2.csv")
        .arg(prefix(demo), periodStart.toString(QStringLiteral("yyyy-MM")));
}

QString ExportFileName::folder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir(documents).exists())
        return documents;
    return QDir::homePath();
}
