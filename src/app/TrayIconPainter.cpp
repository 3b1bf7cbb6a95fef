#include "app/TrayIconPainter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

// Geometry shared by all looks, in logical pixels of an icon of `size`.
struct Ring {
    explicit Ring(int size) {
        width = std::max(2.5, size * 0.2);
        halo = std::max(1.25, size / 20.0);
        const double inset = width / 2.0 + halo;
        rect = QRectF(inset, inset, size - 2 * inset, size - 2 * inset);
        centre = rect.center();
        innerRadius = rect.width() / 2.0 - width / 2.0;
    }
    double width;
    double halo;
    QRectF rect;
    QPointF centre;
    double innerRadius;
};

// An arc from 12 o'clock, clockwise, over `fraction` of the circle.
void strokeArc(QPainter &p, const Ring &ring, double fraction, const QColor &color, double width) {
    if (fraction <= 0.0)
        return;
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    p.setBrush(Qt::NoBrush);
    if (fraction >= 1.0) {
        p.drawEllipse(ring.rect);
        return;
    }
    p.drawArc(ring.rect, 90 * 16, -int(std::lround(fraction * 360.0 * 16)));
}

void ringWithHalo(QPainter &p, const Ring &ring, const QColor &color) {
    strokeArc(p, ring, 1.0, TrayIconPainter::haloColor(), ring.width + 2 * ring.halo);
    strokeArc(p, ring, 1.0, color, ring.width);
}

void disc(QPainter &p, const QPointF &centre, double radius, const QColor &color, double halo) {
    p.setPen(QPen(TrayIconPainter::haloColor(), halo));
    p.setBrush(color);
    p.drawEllipse(centre, radius, radius);
}

} // namespace

QPointF TrayIconPainter::pointOnGauge(int size, double fraction) {
    const Ring ring(size);
    const double radius = ring.rect.width() / 2.0;
    const double angle = fraction * 2.0 * M_PI;
    return {ring.centre.x() + radius * std::sin(angle), ring.centre.y() - radius * std::cos(angle)};
}

QColor TrayIconPainter::colorFor(UsageLevel level) {
    switch (level) {
    case UsageLevel::Normal:
        return QColor(0x4c, 0xaf, 0x50);
    case UsageLevel::Warning:
        return QColor(0xff, 0xb3, 0x00);
    case UsageLevel::Critical:
        return QColor(0xf4, 0x43, 0x36);
    case UsageLevel::Over:
        return QColor(0xd0, 0x4d, 0xe0);
    case UsageLevel::NoAllocation:
        break;
    }
    return QColor(0x90, 0xa4, 0xae);
}

QColor TrayIconPainter::trackColor() {
    return QColor(0xd8, 0xd8, 0xd8);
}

QColor TrayIconPainter::haloColor() {
    return QColor(0x1a, 0x1a, 0x1a);
}

QColor TrayIconPainter::loadingColor() {
    return QColor(0x42, 0xa5, 0xf5);
}

QColor TrayIconPainter::badgeColor() {
    return QColor(0xff, 0x6f, 0x00);
}

QImage TrayIconPainter::paint(const TrayStatus &status, int size, qreal devicePixelRatio) {
    const int pixels = int(std::lround(size * devicePixelRatio));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const Ring ring(size);

    switch (status.look) {
    case TrayStatus::Look::NoKey: {
        // An empty grey ring with a bar across it: "nothing to measure yet".
        ringWithHalo(p, ring, trackColor());
        const double half = ring.innerRadius * 0.75;
        const double thick = std::max(3.0, size * 0.18);
        const QRectF bar(ring.centre.x() - half, ring.centre.y() - thick / 2, 2 * half, thick);
        p.setPen(Qt::NoPen);
        p.setBrush(haloColor());
        p.drawRect(bar.adjusted(-ring.halo, -ring.halo, ring.halo, ring.halo));
        p.setBrush(trackColor());
        p.drawRect(bar);
        break;
    }
    case TrayStatus::Look::Loading:
        // The track with a blue quarter, like a spinner caught mid-turn.
        ringWithHalo(p, ring, trackColor());
        strokeArc(p, ring, 0.25, loadingColor(), ring.width);
        break;
    case TrayStatus::Look::Usage:
    case TrayStatus::Look::Stale:
    case TrayStatus::Look::Error: {
        const bool over =
            status.look != TrayStatus::Look::Error && status.level == UsageLevel::Over;
        QColor color = colorFor(status.level);
        if (status.look == TrayStatus::Look::Stale) {
            // Old news: the same gauge, washed out toward grey.
            color = QColor::fromHsv(color.hsvHue(), color.hsvSaturation() / 3, color.value());
        }
        ringWithHalo(p, ring, trackColor());
        if (status.look != TrayStatus::Look::Error) {
            const double fraction = status.level == UsageLevel::NoAllocation
                                        ? 1.0
                                        : std::clamp(status.percent / 100.0, 0.0, 1.0);
            strokeArc(p, ring, fraction, color, ring.width);
        }
        if (over) {
            // Over the allocation: the whole ring and a filled centre.
            disc(p, ring.centre, ring.innerRadius * 0.7, color, ring.halo);
        }
        if (status.look != TrayStatus::Look::Usage || status.someNotCurrent) {
            // A badge in the lower right corner: the reading (or another organization's) is not
            // current.
            const double radius = size * 0.18;
            const double at = size - radius - ring.halo / 2;
            disc(p, QPointF(at, at), radius, badgeColor(), ring.halo);
        }
        break;
    }
    }
    p.end();
    return image;
}

QIcon TrayIconPainter::icon(const TrayStatus &status) {
    QIcon icon;
    for (const int size : sizes()) {
        icon.addPixmap(QPixmap::fromImage(paint(status, size, 1.0)));
        icon.addPixmap(QPixmap::fromImage(paint(status, size, 2.0)));
    }
    return icon;
}
