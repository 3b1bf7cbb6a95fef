// Draws the tray icon at run time: a ring gauge of the most-consumed unit's level, coloured by
// level, with its own look for no key, loading, stale or error, and over allocation. Every shape
// has a dark halo so it reads on light and dark panels alike.
#pragma once

#include "core/desktop/TrayStatus.h"

#include <QColor>
#include <QIcon>
#include <QImage>
#include <QList>
#include <QPointF>

class TrayIconPainter final {
public:
    // The sizes tray hosts ask for; each is also drawn at device pixel ratio 2.
    static QList<int> sizes() { return {16, 22, 24, 32, 48}; }

    // One image of `size` x `size` logical pixels at `devicePixelRatio`.
    static QImage paint(const TrayStatus &status, int size, qreal devicePixelRatio = 1.0);
    // Every size at ratios 1 and 2, so the tray host picks a crisp one.
    static QIcon icon(const TrayStatus &status);

    // The middle of the gauge's ring at `fraction` of a turn clockwise from 12 o'clock, in logical
    // pixels; tests sample the drawing there.
    static QPointF pointOnGauge(int size, double fraction);

    // The gauge colour of each level; bright enough for dark panels, the halo covers light ones.
    static QColor colorFor(UsageLevel level);
    static QColor trackColor();
    static QColor haloColor();
    static QColor loadingColor();
    static QColor badgeColor();
};
