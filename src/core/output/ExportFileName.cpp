#include "core/output/ExportFileName.h"

#include <QDir>
#include <QStandardPaths>

namespace {

QString prefix(bool demo) {
    return demo ? QStringLiteral("allium-usage-demo") : QStringLiteral("allium-usage");
}

// Letters and digits of any script stay; a slash, a colon or a space would make a folder,
// trouble on another system or a name to quote.
QString safePart(const QString &what) {
    QString part;
    for (const QChar c : what.simplified())
        part += c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_')
                    ? c
                    : QLatin1Char('-');
    while (part.startsWith(QLatin1Char('-')) || part.startsWith(QLatin1Char('.')))
        part.remove(0, 1);
    return part;
}

} // namespace

QString ExportFileName::snapshot(const QDate &today, bool demo, const QString &what) {
    const QString part = safePart(what);
    return part.isEmpty()
               ? QStringLiteral("%1-%2.csv").arg(prefix(demo), today.toString(Qt::ISODate))
               : QStringLiteral("%1-%2-%3.csv")
                     .arg(prefix(demo), part, today.toString(Qt::ISODate));
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
