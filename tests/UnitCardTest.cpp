// One unit's card: the shortened figures on show and the exact ones in its tooltip, its
// accessible description and the copy; the bar and the forecast's mark; words that keep 4.5:1
// against the card in the light and the dark theme; a selection that does not rest on colour.
#include "app/dashboard/UnitCard.h"

#include "ThemeLevelRows.h"
#include "app/dashboard/Sparkline.h"
#include "app/dashboard/UsageGauge.h"
#include "app/theme/AppTheme.h"
#include "app/theme/Contrast.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QTest>

namespace {

UnitOverview developer() {
    UnitOverview unit;
    unit.key = QStringLiteral("developer_units");
    unit.label = QStringLiteral("Developer units");
    unit.level = UsageLevel::Warning;
    unit.percent = 78.4;
    unit.projectedPercent = 104.0;
    unit.figure = QStringLiteral("78.4 %");
    unit.amounts = QStringLiteral("1.57 B of 2 B");
    unit.exactAmounts = QStringLiteral("1,567,890,123 of 2,000,000,000 (78.4 %)");
    unit.forecast = QStringLiteral("Projected to run out on 28 Apr, 3 days before the reset");
    unit.rate = QStringLiteral("about 61.2 M a day");
    unit.description = QStringLiteral("Developer units — 1,567,890,123 of 2,000,000,000 (78.4 %)");
    return unit;
}

QString labelText(const UnitCard &card, const char *name) {
    const auto *label = card.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

QColor textColour(const UnitCard &card, const char *name) {
    return card.findChild<QLabel *>(QLatin1String(name))->palette().color(QPalette::WindowText);
}

// Counts the paint events a widget receives.
class PaintCounter final : public QObject {
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

} // namespace

class UnitCardTest final : public QObject {
    Q_OBJECT

private slots:
    void shortFiguresOnShowExactOnesOnHoverAndInTheCopy();
    void theBarCarriesTheForecastsMark();
    void aUnitWithoutAllocationHasNoBar();
    void wordsKeepTheirContrastOnTheCard_data();
    void wordsKeepTheirContrastOnTheCard();
    void theSelectionIsMoreThanAColour();
    void theSameFiguresAgainRepaintNothing();
};

void UnitCardTest::shortFiguresOnShowExactOnesOnHoverAndInTheCopy() {
    UnitCard card;
    card.setOverview(developer(), UsageThresholds());
    QCOMPARE(labelText(card, "unitFigure"), QStringLiteral("78.4 %"));
    QCOMPARE(labelText(card, "unitAmounts"), QStringLiteral("1.57 B of 2 B"));
    QCOMPARE(labelText(card, "unitForecast"),
             QStringLiteral("Projected to run out on 28 Apr, 3 days before the reset"));
    QCOMPARE(labelText(card, "unitRate"), QStringLiteral("about 61.2 M a day"));
    QVERIFY(card.toolTip().contains(QStringLiteral("1,567,890,123 of 2,000,000,000")));
    QCOMPARE(card.accessibleName(), QStringLiteral("Developer units"));
    QVERIFY(card.accessibleDescription().contains(QStringLiteral("1,567,890,123")));
    QCOMPARE(card.exactText(),
             QStringLiteral("Developer units: 1,567,890,123 of 2,000,000,000 (78.4 %)"));
}

void UnitCardTest::theBarCarriesTheForecastsMark() {
    UnitCard card;
    card.setOverview(developer(), UsageThresholds{60, 80});
    QCOMPARE(card.gauge()->percent(), std::optional<double>(78.4));
    QCOMPARE(card.gauge()->projectedPercent(), std::optional<double>(104.0));
    QCOMPARE(card.gauge()->level(), UsageLevel::Warning);
    QCOMPARE(card.gauge()->thresholds().warningPercent, 60.0);
}

void UnitCardTest::aUnitWithoutAllocationHasNoBar() {
    UnitOverview trial;
    trial.key = QStringLiteral("developer_units");
    trial.label = QStringLiteral("Developer units");
    trial.figure = QStringLiteral("1,234 used");
    trial.amounts = QStringLiteral("no allocation");
    UnitCard card;
    card.setOverview(trial, UsageThresholds());
    card.show();
    QVERIFY(!card.gauge()->isVisible());
    QVERIFY(!card.findChild<QLabel *>(QStringLiteral("unitForecast"))->isVisible());
    // One reading is not a line.
    TrendChartData one;
    one.consumption = {QPointF(1, 1)};
    card.setTrend(one);
    QVERIFY(!card.trend()->isVisible());
}

void UnitCardTest::wordsKeepTheirContrastOnTheCard_data() {
    ThemeLevelRows::add();
}

void UnitCardTest::wordsKeepTheirContrastOnTheCard() {
    QFETCH(QString, theme);
    QFETCH(UsageLevel, level);
    UnitCard card;
    card.setPalette(AppTheme::palette(theme));
    UnitOverview unit = developer();
    unit.level = level;
    unit.overBy = QStringLiteral("over by 31.75");
    card.setOverview(unit, UsageThresholds());
    const QColor base = card.palette().color(QPalette::Base);
    for (const char *name :
         {"unitName", "unitFigure", "unitAmounts", "unitOverBy", "unitForecast", "unitRate"}) {
        const double ratio = Contrast::ratio(textColour(card, name), base);
        QVERIFY2(ratio >= Contrast::text,
                 qPrintable(QStringLiteral("%1: %2:1").arg(QLatin1String(name)).arg(ratio)));
    }
}

void UnitCardTest::theSelectionIsMoreThanAColour() {
    UnitCard card;
    card.setOverview(developer(), UsageThresholds());
    card.resize(320, 200);
    const QImage plain = card.grab().toImage();
    card.setSelected(true);
    QVERIFY(card.isSelected());
    const QImage selected = card.grab().toImage();
    // The bar along the left edge: pixels that were the card's own background change.
    int changed = 0;
    for (int y = 20; y < 180; ++y)
        changed += plain.pixel(4, y) != selected.pixel(4, y) ? 1 : 0;
    QVERIFY2(changed > 100, qPrintable(QString::number(changed)));
}

void UnitCardTest::theSameFiguresAgainRepaintNothing() {
    // Every change of the reading (a refresh that starts, the next refresh's time) shows the
    // figures again; the card, its bar and its trend line are drawn again only when they change.
    UnitCard card;
    card.setOverview(developer(), UsageThresholds());
    TrendChartData trend;
    trend.consumption = {QPointF(0, 1), QPointF(1, 2), QPointF(2, 4)};
    trend.xMaximum = 3;
    trend.yMaximum = 5;
    card.setTrend(trend);
    card.resize(320, 200);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QCoreApplication::processEvents();
    PaintCounter onCard(&card);
    PaintCounter onBar(card.gauge());
    PaintCounter onTrend(card.trend());

    card.setOverview(developer(), UsageThresholds());
    QTest::qWait(20);
    QCOMPARE(onCard.count, 0);
    QCOMPARE(onBar.count, 0);
    QCOMPARE(onTrend.count, 0);

    UnitOverview critical = developer();
    critical.level = UsageLevel::Critical;
    card.setOverview(critical, UsageThresholds());
    QTRY_VERIFY(onBar.count > 0);
    QTRY_VERIFY(onTrend.count > 0); // the line in the new level's colour
}

QTEST_MAIN(UnitCardTest)
#include "UnitCardTest.moc"
