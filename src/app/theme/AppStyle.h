// Fusion with what it lacks for keyboard and low-vision use: a clear two-pixel focus ring on every
// control that takes focus (buttons, combo boxes, fields, tool buttons), and check box and radio
// outlines of at least 3:1 against the window in any palette (Fusion's are 1.2:1 in a dark one).
#pragma once

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
