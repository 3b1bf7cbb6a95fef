#include "app/charts/ChartReadoutItem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <QPainter>
#include <algorithm>

namespace {

constexpr qreal padding = 6.0;
constexpr qreal gap = 10.0;

} // namespace

ChartReadoutItem::ChartReadoutItem(QGraphicsItem *parent)
    : QGraphicsItem(parent) {
    setZValue(20);
}

void ChartReadoutItem::place(const QPointF &at, const QRectF &plot, const QString &title,
                             const QString &value, const QColor &colour, const QPalette &palette,
                             const QFont &font) {
    prepareGeometryChange();
    m_at = at;
    m_plot = plot;
    m_title = title;
    m_value = value;
    m_colour = colour;
    m_palette = palette;
    m_font = font;
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF plain(font);
    const QFontMetricsF strong(bold);
    const QSizeF size(std::max(plain.horizontalAdvance(title), strong.horizontalAdvance(value)) +
                          2 * padding,
                      plain.height() + strong.height() + 2 * padding);
    // Right of the point, or left of it near the right edge; above it, inside the plot.
    qreal x = at.x() + gap;
    if (x + size.width() > plot.right())
        x = at.x() - gap - size.width();
    x = std::max(plot.left(), x);
    const qreal y =
        std::clamp(at.y() - size.height() - gap, plot.top(), plot.bottom() - size.height());
    m_box = QRectF(QPointF(x, y), size);
}

QRectF ChartReadoutItem::boundingRect() const {
    const QRectF guide(m_at.x() - 1, m_plot.top(), 2, m_plot.height());
    return m_box.united(guide).united(QRectF(m_at - QPointF(6, 6), QSizeF(12, 12)));
}

void ChartReadoutItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    painter->setRenderHint(QPainter::Antialiasing);
    QColor guide = m_palette.color(QPalette::WindowText);
    guide.setAlphaF(0.45f);
    painter->setPen(QPen(guide, 1.0, Qt::DashLine));
    painter->drawLine(QPointF(m_at.x(), m_plot.top()), QPointF(m_at.x(), m_plot.bottom()));

    painter->setPen(QPen(m_palette.color(QPalette::Base), 2.0));
    painter->setBrush(m_colour);
    painter->drawEllipse(m_at, 4.5, 4.5);

    QColor border = m_palette.color(QPalette::Text);
    border.setAlphaF(0.35f);
    painter->setPen(QPen(border, 1.0));
    painter->setBrush(m_palette.color(QPalette::ToolTipBase));
    painter->drawRoundedRect(m_box, 4, 4);
    painter->setPen(m_palette.color(QPalette::ToolTipText));
    painter->setFont(m_font);
    const QFontMetricsF metrics(m_font);
    painter->drawText(m_box.adjusted(padding, padding, -padding, -padding),
                      Qt::AlignLeft | Qt::AlignTop, m_title);
    QFont bold = m_font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(m_box.adjusted(padding, padding + metrics.height(), -padding, -padding),
                      Qt::AlignLeft | Qt::AlignTop, m_value);
}
