// Test rows for every usage level in both fixed looks, for the tests that hold colours to their
// contrast: columns "theme" (QString, "light" or "dark") and "level" (UsageLevel).
#pragma once

#include "core/display/UsageLevel.h"

#include <QString>
#include <QTest>

namespace ThemeLevelRows {

inline void add() {
    QTest::addColumn<QString>("theme");
    QTest::addColumn<UsageLevel>("level");
    for (const char *theme : {"light", "dark"}) {
        for (const UsageLevel level :
             {UsageLevel::Normal, UsageLevel::Warning, UsageLevel::Critical, UsageLevel::Over}) {
            QTest::addRow("%s, level %d", theme, int(level)) << QString::fromLatin1(theme) << level;
        }
    }
}

} // namespace ThemeLevelRows
