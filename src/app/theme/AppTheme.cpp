#include "app/theme/AppTheme.h"

#include "app/theme/AppStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace {

QPalette darkPalette() {
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    // Placeholders and disabled text stay readable: 4.5:1 on the base and the window.
    const QColor dimText(0x9a, 0x9c, 0xa0);
    const QColor highlight(0x3d, 0x8e, 0xd9);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dimText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window.lighter(115));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.lighter(160));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    // White on this blue is 3.6:1; near-black text on it reads at 6:1.
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x12, 0x14));
    palette.setColor(QPalette::Link, highlight.lighter(130));
    palette.setColor(QPalette::LinkVisited, highlight.lighter(110));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimText);
    return palette;
}

QPalette lightPalette() {
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion->standardPalette();
    // Fusion's placeholder text is 2.8:1 on white; this grey is 4.6:1.
    palette.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
    // White on Fusion's blue is 3.7:1; this blue carries it at 4.6:1 and still stands 4:1 off
    // the window as a focus ring.
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        palette.setColor(group, QPalette::Highlight, QColor(0x2a, 0x7a, 0xb8));
    return palette;
}

} // namespace

bool AppTheme::isKnown(const QString &name) {
    return name == QLatin1String("light") || name == QLatin1String("dark") ||
           name == QLatin1String("system") || name.isEmpty();
}

QPalette AppTheme::palette(const QString &name) {
    return name == QLatin1String("dark") ? darkPalette() : lightPalette();
}

void AppTheme::apply(const QString &name) {
    if (name == QLatin1String("light") || name == QLatin1String("dark")) {
        QApplication::setStyle(new AppStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(palette(name));
        return;
    }
    // The platform's own look; Fusion (no desktop theme for Qt) gets the same focus rings.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(new AppStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
}
