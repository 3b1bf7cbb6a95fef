#include "core/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

// Tries the locale's UI languages in order (LANGUAGE=de:fr, then LC_ALL/LC_MESSAGES/LANG), so
// de_AT falls back to de. The translator stays installed only when a file was found.
bool installTranslator(const QLocale &locale, const QString &name, const QString &directory) {
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator)) {
        return true;
    }
    delete translator;
    return false;
}

} // namespace

bool TranslationLoader::install(const QLocale &locale) {
    if (!QCoreApplication::instance())
        return false;
    // Qt's strings (standard dialog buttons, context menus) come from the system's Qt
    // translations, which distributions ship in a separate, optional package.
    installTranslator(locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Ours is a resource compiled in by qt_add_translations (resources/CMakeLists.txt), so no
    // install path is needed. Installed last so that it is consulted first.
    return installTranslator(locale, QStringLiteral("allium-usage"), QStringLiteral(":/i18n"));
}
