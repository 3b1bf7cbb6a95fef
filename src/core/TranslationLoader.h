// Installs the app's translation (built into the binary) and Qt's own (when the system has it) for
// the user's locale, so that the dashboard and the command line speak the user's language.
#pragma once

#include <QLocale>

namespace TranslationLoader {

// Call once, right after the application object is created. The translators live as long as the
// application. Returns true when the app's own translation for the locale was found (false for
// English, the language of the source, and for languages without a translation).
bool install(const QLocale &locale = QLocale());

} // namespace TranslationLoader
