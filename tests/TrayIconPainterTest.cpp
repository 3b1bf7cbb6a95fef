// The tray icon, checked on its pixels: each look at each tray size and at device pixel ratio 2,
// and readable composited over a light and over a dark panel.
#include "app/TrayIconPainter.h"

#include <QPainter>
#include <QTest>

namespace {

TrayStatus status(TrayStatus::Look look, double percent = 0,
                  UsageLevel level = UsageLevel::NoAllocation) {
    TrayStatus s;
    s.look = look;
    s.percent = percent;
    s.level = level;
    return s;
}

QColor sample(const QImage &image, const QPointF &logical) {
    const qreal dpr = image.devicePixelRatio();
    return image.pixelColor(int(logical.x() * dpr), int(logical.y() * dpr));
}

bool near(const QColor &a, const QColor &b, int tolerance = 12) {
    return a.alpha() > 240 && std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QByteArray describe(const QColor &c) {
    return c.name(QColor::HexArgb).toLatin1();
}

QImage over(const QImage &icon, const QColor &panel) {
    QImage out(icon.size(), QImage::Format_ARGB32);
    out.fill(panel);
    QPainter p(&out);
    QImage copy = icon;
    copy.setDevicePixelRatio(1.0);
    p.drawImage(0, 0, copy);
    return out;
}

} // namespace

class TrayIconPainterTest final : public QObject {
    Q_OBJECT

private slots:
    void eachLookAtEachSize_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<qreal>("ratio");
        for (const int size : TrayIconPainter::sizes()) {
            for (const qreal ratio : {1.0, 2.0}) {
                QTest::addRow("%d px at ratio %g", size, ratio) << size << ratio;
            }
        }
    }

    void eachLookAtEachSize() {
        QFETCH(int, size);
        QFETCH(qreal, ratio);
        QList<QImage> painted;
        const auto paint = [&](const TrayStatus &s) {
            painted.append(TrayIconPainter::paint(s, size, ratio));
            return painted.constLast();
        };
        const QPointF threeOClock = TrayIconPainter::pointOnGauge(size, 0.25);
        const QPointF sixOClock = TrayIconPainter::pointOnGauge(size, 0.5);
        const QPointF nineOClock = TrayIconPainter::pointOnGauge(size, 0.75);
        const QPointF halfPastOne = TrayIconPainter::pointOnGauge(size, 0.125);
        const QPointF centre(size / 2.0, size / 2.0);
        const QPointF badge(size * 0.8, size * 0.8);

        // Normal at 55 %: green up to past three o'clock, the grey track at nine; empty centre.
        QImage image = paint(status(TrayStatus::Look::Usage, 55, UsageLevel::Normal));
        QVERIFY2(near(sample(image, threeOClock), TrayIconPainter::colorFor(UsageLevel::Normal)),
                 describe(sample(image, threeOClock)));
        QVERIFY2(near(sample(image, nineOClock), TrayIconPainter::trackColor()),
                 describe(sample(image, nineOClock)));
        QCOMPARE(sample(image, centre).alpha(), 0);

        image = paint(status(TrayStatus::Look::Usage, 80, UsageLevel::Warning));
        QVERIFY(near(sample(image, sixOClock), TrayIconPainter::colorFor(UsageLevel::Warning)));
        QVERIFY(near(sample(image, pointOnGaugeAt(size, 0.9)), TrayIconPainter::trackColor()));

        image = paint(status(TrayStatus::Look::Usage, 95, UsageLevel::Critical));
        QVERIFY(near(sample(image, nineOClock), TrayIconPainter::colorFor(UsageLevel::Critical)));

        // Over the allocation: the full ring and a filled centre.
        image = paint(status(TrayStatus::Look::Usage, 130, UsageLevel::Over));
        QVERIFY(near(sample(image, nineOClock), TrayIconPainter::colorFor(UsageLevel::Over)));
        QVERIFY2(near(sample(image, centre), TrayIconPainter::colorFor(UsageLevel::Over)),
                 describe(sample(image, centre)));

        // No key: grey ring, grey bar across the middle, no colour at all.
        image = paint(status(TrayStatus::Look::NoKey));
        QVERIFY(near(sample(image, threeOClock), TrayIconPainter::trackColor()));
        QVERIFY(near(sample(image, centre), TrayIconPainter::trackColor()));
        QVERIFY(maximumSaturation(image) < 40);

        // Loading: a blue quarter from twelve o'clock, the rest track.
        image = paint(status(TrayStatus::Look::Loading));
        QVERIFY(near(sample(image, halfPastOne), TrayIconPainter::loadingColor()));
        QVERIFY(near(sample(image, sixOClock), TrayIconPainter::trackColor()));
        QCOMPARE(sample(image, centre).alpha(), 0);

        // Stale: the gauge washed out, plus the badge.
        image = paint(status(TrayStatus::Look::Stale, 55, UsageLevel::Normal));
        const QColor stale = sample(image, threeOClock);
        QVERIFY2(stale.alpha() > 240 &&
                     stale.hsvSaturation() <
                         TrayIconPainter::colorFor(UsageLevel::Normal).hsvSaturation() / 2,
                 describe(stale));
        QVERIFY2(near(sample(image, badge), TrayIconPainter::badgeColor()),
                 describe(sample(image, badge)));

        // Error without a reading: the empty track and the badge.
        image = paint(status(TrayStatus::Look::Error));
        QVERIFY(near(sample(image, threeOClock), TrayIconPainter::trackColor()));
        QVERIFY(near(sample(image, badge), TrayIconPainter::badgeColor()));

        // Without the badge, a current reading leaves that corner alone.
        image = paint(status(TrayStatus::Look::Usage, 10, UsageLevel::Normal));
        QVERIFY(!near(sample(image, badge), TrayIconPainter::badgeColor()));

        // Another organization's figures are not current: this one's gauge, with the badge.
        TrayStatus several = status(TrayStatus::Look::Usage, 55, UsageLevel::Normal);
        several.someNotCurrent = true;
        image = paint(several);
        QVERIFY(near(sample(image, threeOClock), TrayIconPainter::colorFor(UsageLevel::Normal)));
        QVERIFY(near(sample(image, badge), TrayIconPainter::badgeColor()));

        const int pixels = qRound(size * ratio);
        for (const QImage &each : std::as_const(painted)) {
            QCOMPARE(each.size(), QSize(pixels, pixels));
            QCOMPARE(each.devicePixelRatio(), ratio);
            // The corners stay clear, so nothing is clipped by the tray host.
            QCOMPARE(each.pixelColor(0, 0).alpha(), 0);
        }
    }

    void readableOnLightAndDarkPanels_data() {
        QTest::addColumn<int>("look");
        QTest::addColumn<int>("level");
        QTest::newRow("no key") << int(TrayStatus::Look::NoKey) << int(UsageLevel::NoAllocation);
        QTest::newRow("loading") << int(TrayStatus::Look::Loading) << int(UsageLevel::NoAllocation);
        QTest::newRow("normal") << int(TrayStatus::Look::Usage) << int(UsageLevel::Normal);
        QTest::newRow("warning") << int(TrayStatus::Look::Usage) << int(UsageLevel::Warning);
        QTest::newRow("over") << int(TrayStatus::Look::Usage) << int(UsageLevel::Over);
        QTest::newRow("stale") << int(TrayStatus::Look::Stale) << int(UsageLevel::Critical);
        QTest::newRow("error") << int(TrayStatus::Look::Error) << int(UsageLevel::NoAllocation);
    }

    void readableOnLightAndDarkPanels() {
        QFETCH(int, look);
        QFETCH(int, level);
        const QImage icon =
            TrayIconPainter::paint(status(TrayStatus::Look(look), 60, UsageLevel(level)), 22, 1.0);
        // On a white panel the halo draws a dark outline; on a black panel the ring is light.
        QVERIFY(pixelsDarkerThan(over(icon, Qt::white), 90) >= 22);
        QVERIFY(pixelsLighterThan(over(icon, Qt::black), 150) >= 22);
        // And over a mid-grey panel, something still stands out both ways.
        const QImage grey = over(icon, QColor(0x80, 0x80, 0x80));
        QVERIFY(pixelsDarkerThan(grey, 70) >= 10);
        QVERIFY(pixelsLighterThan(grey, 180) >= 10);
    }

    void looksAreDistinct() {
        const QList<TrayStatus> all = {
            status(TrayStatus::Look::NoKey),
            status(TrayStatus::Look::Loading),
            status(TrayStatus::Look::Usage, 50, UsageLevel::Normal),
            status(TrayStatus::Look::Usage, 120, UsageLevel::Over),
            status(TrayStatus::Look::Stale, 50, UsageLevel::Normal),
            status(TrayStatus::Look::Error),
        };
        for (int i = 0; i < all.size(); ++i) {
            for (int j = i + 1; j < all.size(); ++j) {
                QVERIFY2(TrayIconPainter::paint(all[i], 16) != TrayIconPainter::paint(all[j], 16),
                         qPrintable(QStringLiteral("looks %1 and %2 are identical").arg(i).arg(j)));
            }
        }
    }

    void iconCarriesEverySizeAtBothRatios() {
        const QIcon icon = TrayIconPainter::icon(status(TrayStatus::Look::Loading));
        const QList<QSize> sizes = icon.availableSizes();
        for (const int size : TrayIconPainter::sizes()) {
            QVERIFY(sizes.contains(QSize(size, size)));
            QVERIFY(sizes.contains(QSize(2 * size, 2 * size)));
        }
    }

private:
    static QPointF pointOnGaugeAt(int size, double fraction) {
        return TrayIconPainter::pointOnGauge(size, fraction);
    }
    static int maximumSaturation(const QImage &image) {
        int most = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > 128)
                    most = std::max(most, c.hsvSaturation());
            }
        return most;
    }
    static int pixelsDarkerThan(const QImage &image, int lightness) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y).lightness() < lightness ? 1 : 0;
        return count;
    }
    static int pixelsLighterThan(const QImage &image, int lightness) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y).lightness() > lightness ? 1 : 0;
        return count;
    }
};

QTEST_MAIN(TrayIconPainterTest)
#include "TrayIconPainterTest.moc"
