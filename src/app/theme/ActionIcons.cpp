#include "app/theme/ActionIcons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QtMath>

namespace {

// Draws one action's shape in a 24 x 24 design grid, scaled to the rectangle asked for.
class DrawnIconEngine final : public QIconEngine {
public:
    DrawnIconEngine(ActionIcons::Action action, const QColor &normal, const QColor &disabled)
        : m_action(action)
        , m_normal(normal)
        , m_disabled(disabled) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        const QColor colour = mode == QIcon::Disabled ? m_disabled : m_normal;
        QPen pen(colour, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        draw(painter, colour);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override {
        return new DrawnIconEngine(m_action, m_normal, m_disabled);
    }

private:
    void draw(QPainter *p, const QColor &colour) const {
        using Action = ActionIcons::Action;
        switch (m_action) {
        case Action::Overview:
            // Four tiles: every organization at once.
            for (const QPointF &corner :
                 {QPointF(4, 4), QPointF(13.5, 4), QPointF(4, 13.5), QPointF(13.5, 13.5)})
                p->drawRoundedRect(QRectF(corner, QSizeF(6.5, 6.5)), 1.5, 1.5);
            break;
        case Action::Refresh: {
            // A circle three quarters round, with its arrowhead.
            p->drawArc(QRectF(4.5, 4.5, 15, 15), 60 * 16, 290 * 16);
            QPainterPath head;
            head.moveTo(19.5, 3.5);
            head.lineTo(19.5, 9.0);
            head.lineTo(14.0, 9.0);
            p->drawPath(head);
            break;
        }
        case Action::Export: {
            // An arrow down into an open tray.
            p->drawLine(QPointF(12, 3.5), QPointF(12, 14.5));
            QPainterPath head;
            head.moveTo(7.5, 10.5);
            head.lineTo(12, 15);
            head.lineTo(16.5, 10.5);
            p->drawPath(head);
            QPainterPath tray;
            tray.moveTo(4, 14.5);
            tray.lineTo(4, 20);
            tray.lineTo(20, 20);
            tray.lineTo(20, 14.5);
            p->drawPath(tray);
            break;
        }
        case Action::Copy:
            p->drawRoundedRect(QRectF(8.5, 8.5, 11.5, 12), 2, 2);
            p->drawPolyline(QPolygonF({QPointF(15.5, 5.5), QPointF(15.5, 4), QPointF(4, 4),
                                       QPointF(4, 16), QPointF(5.5, 16)}));
            break;
        case Action::Settings: {
            // A gear: eight teeth around a ring.
            QPainterPath gear;
            const QPointF centre(12, 12);
            for (int i = 0; i < 16; ++i) {
                const qreal radius = i % 2 == 0 ? 9.0 : 6.8;
                const qreal from = qDegreesToRadians(i * 22.5 - 7.0);
                const qreal to = qDegreesToRadians(i * 22.5 + 7.0);
                const QPointF a = centre + QPointF(radius * qCos(from), radius * qSin(from));
                const QPointF b = centre + QPointF(radius * qCos(to), radius * qSin(to));
                if (i == 0)
                    gear.moveTo(a);
                else
                    gear.lineTo(a);
                gear.lineTo(b);
            }
            gear.closeSubpath();
            p->drawPath(gear);
            p->drawEllipse(centre, 2.8, 2.8);
            break;
        }
        case Action::About:
            p->drawEllipse(QPointF(12, 12), 9, 9);
            p->drawLine(QPointF(12, 11), QPointF(12, 16.5));
            p->setBrush(colour);
            p->setPen(Qt::NoPen);
            p->drawEllipse(QPointF(12, 7.6), 1.3, 1.3);
            break;
        case Action::Quit:
            p->drawArc(QRectF(4, 4.5, 16, 16), 125 * 16, 290 * 16);
            p->drawLine(QPointF(12, 3), QPointF(12, 11.5));
            break;
        }
    }

    ActionIcons::Action m_action;
    QColor m_normal;
    QColor m_disabled;
};

} // namespace

QString ActionIcons::themeName(Action action) {
    switch (action) {
    case Action::Overview:
        return QStringLiteral("view-grid");
    case Action::Refresh:
        return QStringLiteral("view-refresh");
    case Action::Export:
        return QStringLiteral("document-save-as");
    case Action::Copy:
        return QStringLiteral("edit-copy");
    case Action::Settings:
        return QStringLiteral("preferences-system");
    case Action::About:
        return QStringLiteral("help-about");
    case Action::Quit:
        return QStringLiteral("application-exit");
    }
    return {};
}

QIcon ActionIcons::drawn(Action action, const QPalette &palette) {
    return QIcon(new DrawnIconEngine(action, palette.color(QPalette::ButtonText),
                                     palette.color(QPalette::Disabled, QPalette::ButtonText)));
}

QIcon ActionIcons::icon(Action action, const QPalette &palette) {
    return QIcon::fromTheme(themeName(action), drawn(action, palette));
}
