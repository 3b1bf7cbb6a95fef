#include "app/dashboard/UsageGauge.h"

#include "app/theme/LevelColors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

// The bar's height and the room the forecast mark takes above and below it, in pixels.
constexpr int barHeight = 10;
constexpr int markOverhang = 4;

} // namespace

UsageGauge::UsageGauge(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UsageGauge::setValues(std::optional<double> percent, std::optional<double> projectedPercent,
                           UsageLevel level, const UsageThresholds &thresholds) {
    if (percent == m_percent && projectedPercent == m_projected && level == m_level &&
        thresholds == m_thresholds)
        return; // as drawn: a refresh that starts changes the window, not the bar
    m_percent = percent;
    m_projected = projectedPercent;
    m_level = level;
    m_thresholds = thresholds;
    update();
}

QSize UsageGauge::sizeHint() const {
    return {160, barHeight + 2 * markOverhang};
}

QSize UsageGauge::minimumSizeHint() const {
    return {40, barHeight + 2 * markOverhang};
}

void UsageGauge::paintEvent(QPaintEvent *) {
    if (!m_percent)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF bar(1, markOverhang, width() - 2, barHeight);
    const qreal radius = barHeight / 2.0;

    QColor track = pal.color(QPalette::WindowText);
    track.setAlphaF(0.12f);
    p.setPen(Qt::NoPen);
    p.setBrush(track);
    p.drawRoundedRect(bar, radius, radius);

    const double share = std::clamp(*m_percent / 100.0, 0.0, 1.0);
    if (share > 0.0) {
        QPainterPath clip;
        clip.addRoundedRect(bar, radius, radius);
        p.save();
        p.setClipPath(clip);
        p.setBrush(LevelColors::forLevel(m_level, pal));
        // At least a sliver, so that some use never looks like none.
        p.drawRect(QRectF(bar.left(), bar.top(), std::max(3.0, bar.width() * share), bar.height()));
        p.restore();
    }

    // Where the thresholds are, faintly, so the colour's meaning can be read off the bar.
    QColor tick = pal.color(QPalette::WindowText);
    tick.setAlphaF(0.35f);
    p.setPen(QPen(tick, 1.0));
    for (const double threshold : {m_thresholds.warningPercent, m_thresholds.criticalPercent}) {
        const qreal x = bar.left() + bar.width() * threshold / 100.0;
        p.drawLine(QPointF(x, bar.top() + 2), QPointF(x, bar.bottom() - 2));
    }

    if (m_projected) {
        // The forecast's mark: a line across the bar at the projected share, an arrow at the end
        // when the projection goes past the allocation.
        const double projectedShare = std::clamp(*m_projected / 100.0, 0.0, 1.0);
        const qreal x = bar.left() + 1 + (bar.width() - 2) * projectedShare;
        p.setPen(QPen(pal.color(QPalette::WindowText), 2.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(x, 1), QPointF(x, height() - 1));
        if (*m_projected > 100.0) {
            p.setPen(Qt::NoPen);
            p.setBrush(pal.color(QPalette::WindowText));
            p.drawPolygon(QPolygonF({QPointF(x - 5, 0), QPointF(x, 3.5), QPointF(x - 5, 7)}));
        }
    }
}
