// Fusion with what it lacks for keyboard and low-vision use: a clear two-pixel focus ring on every
// control that takes focus (buttons, combo boxes, fields, tool buttons), and check box and radio
// outlines of at least 3:1 against the window in any palette (Fusion's are 1.2:1 in a dark one).
#pragma once

#include <QColor>
#include <QProxyStyle>

class AppStyle final : public QProxyStyle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    explicit AppStyle(QStyle *base = nullptr);

    // The colours drawn, from the palette in use; the contrast tests check them.
    static QColor focusColor(const QPalette &palette);
    static QColor controlOutline(const QPalette &palette);
    // Paints the focus ring around rect; custom widgets (cards, charts) call it too.
    static void drawFocusRing(QPainter *painter, const QRectF &rect, const QPalette &palette,
                              qreal radius = 3.0);
    // How a card looks (a unit's, an organization's): a rounded box on the base colour, tinted
    // while hovered, outlined in the focus colour while selected, the focus ring while focused,
    // and a bar along the left edge in `edge` (invalid: none) so a state never rests on the
    // outline's colour alone.
    struct CardLook {
        bool hovered = false;
        bool selected = false;
        bool focused = false;
        QColor edge;
    };
    static void drawCard(QPainter *painter, const QRect &rect, const QPalette &palette,
                         const CardLook &look);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    // The tool bar's and menu bar's overflow arrows: loaded when first drawn (they rarely are),
    // since loading them makes Qt load every image format plugin before the window's first paint.
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};
