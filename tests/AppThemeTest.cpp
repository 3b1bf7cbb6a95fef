// The fixed light and dark looks held to WCAG 2 contrast: text at 4.5:1 on the window and on the
// base, level colours at 3:1 as fills and 4.5:1 as words, focus rings and check box outlines at
// 3:1, measured on the pixels the style draws; and the drawn toolbar icons, which a desktop
// without an icon theme shows, are there in the palette's text colour.
#include "app/theme/AppTheme.h"
#include "ThemeLevelRows.h"
#include "app/theme/ActionIcons.h"
#include "app/theme/AppStyle.h"
#include "app/theme/Contrast.h"
#include "app/theme/LevelColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

namespace {

QString describe(double ratio) {
    return QString::number(ratio, 'f', 2) + QStringLiteral(":1");
}

// The colour in `image` that stands out most against `background`.
double strongestContrast(const QImage &image, const QColor &background) {
    double best = 1.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, Contrast::ratio(image.pixelColor(x, y), background));
    }
    return best;
}

} // namespace

class AppThemeTest final : public QObject {
    Q_OBJECT

private slots:
    void contrastFollowsWcag();
    void textReadsOnWindowAndBase_data();
    void textReadsOnWindowAndBase();
    void levelColoursReadAsFillsAndWords_data();
    void levelColoursReadAsFillsAndWords();
    void focusAndControlOutlinesStandOut_data();
    void focusAndControlOutlinesStandOut();
    void anUncheckedCheckBoxIsVisibleInTheDarkTheme();
    void aFocusedComboBoxShowsARing();
    void drawnIconsAreThereWithoutAnIconTheme();
    void theOverflowArrowsAreFusionsDrawnWhenFirstAsked_data();
    void theOverflowArrowsAreFusionsDrawnWhenFirstAsked();
};

void AppThemeTest::contrastFollowsWcag() {
    QCOMPARE(qRound(Contrast::ratio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(Contrast::ratio(Qt::white, Qt::white), 1.0);
    // #767676 on white is the well-known 4.54:1.
    QCOMPARE(qRound(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    const QColor lifted = Contrast::atLeast(QColor(0xcc, 0xcc, 0xcc), Qt::white, 4.5, Qt::black);
    QVERIFY(Contrast::ratio(lifted, Qt::white) >= 4.5);
    QVERIFY(Contrast::ratio(lifted, Qt::white) < 6.0); // just enough, not black
}

void AppThemeTest::textReadsOnWindowAndBase_data() {
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QPalette::ColorGroup>("group");
    QTest::addColumn<QPalette::ColorRole>("text");
    QTest::addColumn<QPalette::ColorRole>("background");
    for (const char *theme : {"light", "dark"}) {
        const QString name = QString::fromLatin1(theme);
        QTest::addRow("%s: window text", theme)
            << name << QPalette::Active << QPalette::WindowText << QPalette::Window;
        QTest::addRow("%s: text on base", theme)
            << name << QPalette::Active << QPalette::Text << QPalette::Base;
        QTest::addRow("%s: button text", theme)
            << name << QPalette::Active << QPalette::ButtonText << QPalette::Button;
        QTest::addRow("%s: placeholder on base", theme)
            << name << QPalette::Active << QPalette::PlaceholderText << QPalette::Base;
        QTest::addRow("%s: selected text", theme)
            << name << QPalette::Active << QPalette::HighlightedText << QPalette::Highlight;
        QTest::addRow("%s: tooltip", theme)
            << name << QPalette::Active << QPalette::ToolTipText << QPalette::ToolTipBase;
    }
}

void AppThemeTest::textReadsOnWindowAndBase() {
    QFETCH(QString, theme);
    QFETCH(QPalette::ColorGroup, group);
    QFETCH(QPalette::ColorRole, text);
    QFETCH(QPalette::ColorRole, background);
    const QPalette palette = AppTheme::palette(theme);
    const double ratio =
        Contrast::ratio(palette.color(group, text), palette.color(group, background));
    QVERIFY2(ratio >= Contrast::text, qPrintable(describe(ratio)));
}

void AppThemeTest::levelColoursReadAsFillsAndWords_data() {
    ThemeLevelRows::add();
}

void AppThemeTest::levelColoursReadAsFillsAndWords() {
    QFETCH(QString, theme);
    QFETCH(UsageLevel, level);
    const QPalette palette = AppTheme::palette(theme);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const double fill = Contrast::ratio(LevelColors::forLevel(level, palette), window);
    QVERIFY2(fill >= Contrast::control, qPrintable(describe(fill)));
    const double onWindow = Contrast::ratio(LevelColors::textFor(level, palette), window);
    QVERIFY2(onWindow >= Contrast::text, qPrintable(describe(onWindow)));
    const double onBase =
        Contrast::ratio(LevelColors::textFor(level, palette, QPalette::Base), base);
    QVERIFY2(onBase >= Contrast::text, qPrintable(describe(onBase)));
    const double quiet = Contrast::ratio(LevelColors::secondaryText(palette), window);
    QVERIFY2(quiet >= Contrast::text, qPrintable(describe(quiet)));
}

void AppThemeTest::focusAndControlOutlinesStandOut_data() {
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void AppThemeTest::focusAndControlOutlinesStandOut() {
    QFETCH(QString, theme);
    const QPalette palette = AppTheme::palette(theme);
    const QColor window = palette.color(QPalette::Window);
    const double focus = Contrast::ratio(AppStyle::focusColor(palette), window);
    QVERIFY2(focus >= Contrast::control, qPrintable(describe(focus)));
    const double outline = Contrast::ratio(AppStyle::controlOutline(palette), window);
    QVERIFY2(outline >= Contrast::control, qPrintable(describe(outline)));
}

void AppThemeTest::anUncheckedCheckBoxIsVisibleInTheDarkTheme() {
    // Fusion alone draws it at about 1.2:1; with AppStyle the outline reaches 3:1.
    AppStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    QCheckBox box(QStringLiteral("Start at login"));
    box.setStyle(&style);
    box.setPalette(AppTheme::palette(QStringLiteral("dark")));
    box.resize(box.sizeHint());
    const QImage image = box.grab().toImage();
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = style.subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    const double ratio =
        strongestContrast(image.copy(indicator), box.palette().color(QPalette::Window));
    QVERIFY2(ratio >= Contrast::control, qPrintable(describe(ratio)));
}

void AppThemeTest::aFocusedComboBoxShowsARing() {
    AppStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    QWidget window;
    window.setPalette(AppTheme::palette(QStringLiteral("light")));
    auto *other = new QCheckBox(QStringLiteral("Other"), &window);
    auto *combo = new QComboBox(&window);
    combo->addItems({QStringLiteral("1–30 Apr 2026"), QStringLiteral("1–31 Mar 2026")});
    for (QWidget *widget : {static_cast<QWidget *>(other), static_cast<QWidget *>(combo)})
        widget->setStyle(&style);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(other);
    layout->addWidget(combo);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    const QImage unfocused = combo->grab().toImage();
    combo->setFocus();
    QTRY_VERIFY(combo->hasFocus());
    const QImage focused = combo->grab().toImage();
    // The ring: the left edge turns the focus colour, all the way down.
    const QColor ring = AppStyle::focusColor(combo->palette());
    int ringPixels = 0;
    for (int y = 0; y < focused.height(); ++y) {
        bool found = false;
        for (int x = 0; x < 3 && !found; ++x) {
            found = Contrast::ratio(focused.pixelColor(x, y), ring) < 1.3 &&
                    focused.pixel(x, y) != unfocused.pixel(x, y);
        }
        ringPixels += found ? 1 : 0;
    }
    QVERIFY2(ringPixels >= focused.height() / 2, qPrintable(QString::number(ringPixels)));
}

void AppThemeTest::drawnIconsAreThereWithoutAnIconTheme() {
    for (const char *theme : {"light", "dark"}) {
        const QPalette palette = AppTheme::palette(QString::fromLatin1(theme));
        for (const ActionIcons::Action action :
             {ActionIcons::Action::Refresh, ActionIcons::Action::Export, ActionIcons::Action::Copy,
              ActionIcons::Action::Settings, ActionIcons::Action::About,
              ActionIcons::Action::Quit}) {
            const QImage image = ActionIcons::drawn(action, palette).pixmap(48, 48).toImage();
            int ink = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    ink += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
            }
            // Something is drawn, and it is a shape, not a filled square.
            QVERIFY2(ink > 48 && ink < 48 * 48 / 2,
                     qPrintable(QStringLiteral("%1 %2: %3")
                                    .arg(QLatin1String(theme), ActionIcons::themeName(action))
                                    .arg(ink)));
        }
    }
}

void AppThemeTest::theOverflowArrowsAreFusionsDrawnWhenFirstAsked_data() {
    QTest::addColumn<QStyle::StandardPixmap>("arrow");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("tool bar, left to right")
        << QStyle::SP_ToolBarHorizontalExtensionButton << Qt::LeftToRight;
    QTest::newRow("tool bar, right to left")
        << QStyle::SP_ToolBarHorizontalExtensionButton << Qt::RightToLeft;
    QTest::newRow("vertical tool bar")
        << QStyle::SP_ToolBarVerticalExtensionButton << Qt::LeftToRight;
}

void AppThemeTest::theOverflowArrowsAreFusionsDrawnWhenFirstAsked() {
    QFETCH(QStyle::StandardPixmap, arrow);
    QFETCH(Qt::LayoutDirection, direction);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    AppStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    QWidget widget;
    widget.setLayoutDirection(direction);
    const QIcon icon = style.standardIcon(arrow, nullptr, &widget);
    QStyleOption option;
    option.direction = direction;
    const QIcon expected = fusion->standardIcon(arrow, &option);
    QVERIFY(!expected.pixmap(16, 16).isNull());
    QCOMPARE(icon.pixmap(16, 16).toImage(), expected.pixmap(16, 16).toImage());
    QCOMPARE(icon.actualSize(QSize(16, 16)), expected.actualSize(QSize(16, 16)));
}

QTEST_MAIN(AppThemeTest)
#include "AppThemeTest.moc"
