#include "app/theme/AppStyle.h"

#include "app/theme/Contrast.h"
#include "app/theme/LevelColors.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <functional>

namespace {

// An icon made only when it is first drawn or measured.
class DeferredIconEngine final : public QIconEngine {
public:
    explicit DeferredIconEngine(std::function<QIcon()> make)
        : m_make(std::move(make)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return icon().pixmap(size, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return icon().availableSizes(mode, state);
    }
    QIconEngine *clone() const override {
        auto *copy = new DeferredIconEngine(m_make);
        copy->m_icon = m_icon;
        return copy;
    }

private:
    const QIcon &icon() {
        if (m_make) {
            m_icon = m_make();
            m_make = nullptr;
        }
        return m_icon;
    }

    std::function<QIcon()> m_make;
    QIcon m_icon;
};

} // namespace

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base) {}

QColor AppStyle::focusColor(const QPalette &palette) {
    const QColor window = palette.color(QPalette::Window);
    return Contrast::atLeast(palette.color(QPalette::Highlight), window, Contrast::control,
                             palette.color(QPalette::WindowText));
}

QColor AppStyle::controlOutline(const QPalette &palette) {
    const QColor window = palette.color(QPalette::Window);
    return Contrast::atLeast(palette.color(QPalette::Mid), window, Contrast::control,
                             palette.color(QPalette::WindowText));
}

void AppStyle::drawFocusRing(QPainter *painter, const QRectF &rect, const QPalette &palette,
                             qreal radius) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(focusColor(palette), 2.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
    painter->restore();
}

void AppStyle::drawCard(QPainter *painter, const QRect &rect, const QPalette &palette,
                        const CardLook &look) {
    constexpr qreal radius = 6.0;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor background = palette.color(QPalette::Base);
    if (look.hovered && !look.selected)
        background = LevelColors::tint(palette.color(QPalette::Highlight), palette);
    const QRectF box = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor border = palette.color(QPalette::WindowText);
    border.setAlphaF(0.22f);
    painter->setPen(look.selected ? QPen(focusColor(palette), 2.0) : QPen(border, 1.0));
    painter->setBrush(background);
    painter->drawRoundedRect(box, radius, radius);
    if (look.edge.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(look.edge);
        painter->drawRoundedRect(
            QRectF(box.left(), box.top() + radius, 4, box.height() - 2 * radius), 2, 2);
    }
    painter->restore();
    if (look.focused)
        drawFocusRing(painter, QRectF(rect).adjusted(-0.5, -0.5, 0.5, 0.5), palette, radius + 1);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                             QPainter *painter, const QWidget *widget) const {
    switch (element) {
    case PE_FrameFocusRect:
        drawFocusRing(painter, option->rect, option->palette);
        return;
    case PE_IndicatorCheckBox:
    case PE_IndicatorRadioButton: {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // Fusion outlines these in the window colour darkened: invisible on a dark window.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(controlOutline(option->palette), 1.0));
        painter->setBrush(Qt::NoBrush);
        const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRoundedRect(box, 2, 2);
        painter->restore();
        return;
    }
    case PE_FrameLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (option->state & State_HasFocus)
            drawFocusRing(painter, option->rect, option->palette, 2.0);
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const {
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButtonBevel && (option->state & State_HasFocus))
        drawFocusRing(painter, option->rect, option->palette);
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                  QPainter *painter, const QWidget *widget) const {
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    // Fusion marks a focused combo box or spin box with a faint tint only.
    const bool focused = (option->state & State_HasFocus) && !(option->state & State_On);
    if (focused && (control == CC_ComboBox || control == CC_SpinBox || control == CC_ToolButton))
        drawFocusRing(painter, option->rect, option->palette);
}

int AppStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                        QStyleHintReturn *returnData) const {
    // Fusion puts old stock icons on OK and Cancel; today's desktops show words alone.
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const {
    if (standardIcon != SP_ToolBarHorizontalExtensionButton &&
        standardIcon != SP_ToolBarVerticalExtensionButton) {
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
    // Only the direction matters to the arrow; the widget may be gone when it is first drawn.
    const QPointer<QStyle> base = baseStyle();
    QStyleOption direction;
    direction.direction = option   ? option->direction
                          : widget ? widget->layoutDirection()
                                   : QGuiApplication::layoutDirection();
    return QIcon(new DeferredIconEngine([base, standardIcon, direction] {
        return base ? base->standardIcon(standardIcon, &direction) : QIcon();
    }));
}
