#include "app/dashboard/Sparkline.h"

#include "app/theme/LevelColors.h"

#include <QPainter>
#include <QPainterPath>

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void Sparkline::setData(const TrendChartData &data, UsageLevel level) {
    m_data = data;
    m_level = level;
    update();
}

void Sparkline::setLevel(UsageLevel level) {
    if (level == m_level)
        return;
    m_level = level;
    update();
}

QSize Sparkline::sizeHint() const {
    return {160, fontMetrics().height() * 2};
}

QSize Sparkline::minimumSizeHint() const {
    return {40, fontMetrics().height() * 2};
}

void Sparkline::paintEvent(QPaintEvent *) {
    if (m_data.consumption.size() < 2 || m_data.xMaximum <= m_data.xMinimum)
        return; // one reading is not a line; the card says what it knows in words
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -1);
    const double span = double(m_data.xMaximum - m_data.xMinimum);
    const double top = m_data.yMaximum > 0 ? m_data.yMaximum : 1.0;
    const auto at = [&](const QPointF &point) {
        return QPointF(area.left() + area.width() * (point.x() - double(m_data.xMinimum)) / span,
                       area.bottom() - area.height() * point.y() / top);
    };

    const QColor colour = LevelColors::forLevel(m_level, palette());
    QPainterPath line;
    line.moveTo(at(m_data.consumption.constFirst()));
    for (const QPointF &point : m_data.consumption)
        line.lineTo(at(point));
    QPainterPath fill = line;
    fill.lineTo(at(QPointF(m_data.consumption.constLast().x(), 0)));
    fill.lineTo(at(QPointF(m_data.consumption.constFirst().x(), 0)));
    fill.closeSubpath();
    QColor shade = colour;
    shade.setAlphaF(0.18f);
    p.fillPath(fill, shade);
    p.setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    p.drawPath(line);

    if (m_data.projection.size() == 2) {
        p.setPen(QPen(colour, 1.2, Qt::DashLine, Qt::RoundCap));
        p.drawLine(at(m_data.projection.constFirst()), at(m_data.projection.constLast()));
    }
    if (!m_data.allocationLine.isEmpty()) {
        // The allocation, as a hairline: how far the line is from it.
        QColor limit = palette().color(QPalette::WindowText);
        limit.setAlphaF(0.4f);
        p.setPen(QPen(limit, 1.0, Qt::DotLine));
        p.drawLine(at(m_data.allocationLine.constFirst()), at(m_data.allocationLine.constLast()));
    }
}
