#include "app/dashboard/UnitCard.h"

#include "app/dashboard/Sparkline.h"
#include "app/dashboard/UsageGauge.h"
#include "app/theme/AppStyle.h"
#include "app/theme/LevelColors.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>

UnitCard::UnitCard(QWidget *parent)
    : Card(parent)
    , m_name(cardLabel(this, "unitName"))
    , m_figure(cardLabel(this, "unitFigure"))
    , m_amounts(cardLabel(this, "unitAmounts"))
    , m_overBy(cardLabel(this, "unitOverBy"))
    , m_gauge(new UsageGauge(this))
    , m_forecast(cardLabel(this, "unitForecast"))
    , m_rate(cardLabel(this, "unitRate"))
    , m_trend(new Sparkline(this)) {
    setObjectName(QStringLiteral("unitCard"));
    m_gauge->setObjectName(QStringLiteral("unitGauge"));
    m_trend->setObjectName(QStringLiteral("unitTrend"));
    m_gauge->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_trend->setAttribute(Qt::WA_TransparentForMouseEvents);

    setNameStyle(m_name);
    setFigureStyle(m_figure);
    m_overBy->setAlignment(Qt::AlignRight | Qt::AlignTop);
    setSecondaryStyle({m_rate, m_amounts, m_overBy});

    QGridLayout *layout = createCardLayout();
    layout->addWidget(m_name, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_figure, 0, 1);
    layout->addWidget(m_amounts, 1, 0);
    layout->addWidget(m_overBy, 1, 1);
    layout->addWidget(m_gauge, 2, 0, 1, 2);
    layout->addWidget(m_forecast, 3, 0, 1, 2);
    layout->addWidget(m_rate, 4, 0, 1, 2);
    layout->addWidget(m_trend, 5, 0, 1, 2);
    layout->setRowStretch(6, 1);
}

void UnitCard::setOverview(const UnitOverview &unit, const UsageThresholds &thresholds) {
    m_unit = unit;
    m_name->setText(unit.label);
    m_figure->setText(unit.figure);
    m_amounts->setText(unit.amounts);
    setShownText(m_overBy, unit.overBy);
    m_gauge->setValues(unit.percent, unit.projectedPercent, unit.level, thresholds);
    m_gauge->setVisible(unit.percent.has_value());
    m_trend->setLevel(unit.level);
    setShownText(m_forecast, unit.forecast);
    setShownText(m_rate, unit.rate);

    setAccessibleName(unit.label);
    setAccessibleDescription(unit.description);
    setToolTip(tr("%1\nClick to see it over time; right-click to copy the exact figures.")
                   .arg(unit.description));
    applyColours();
}

void UnitCard::setTrend(const TrendChartData &data) {
    m_trend->setData(data, m_unit.level);
    m_trend->setVisible(data.consumption.size() >= 2);
}

void UnitCard::setSelected(bool selected) {
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

QString UnitCard::exactText() const {
    //: A unit's exact figures, copied: %1 unit, %2 e.g. "1,193,499 of 2,000,000 (59.7 %)"
    return tr("%1: %2").arg(m_unit.label, m_unit.exactAmounts);
}

void UnitCard::choose() {
    emit activated(m_unit.key);
}

QColor UnitCard::edgeColour() const {
    // A bar along the left edge when selected as well: the selection must not rest on colour.
    return m_selected ? AppStyle::focusColor(palette()) : QColor();
}

void UnitCard::contextMenuEvent(QContextMenuEvent *event) {
    QMenu menu(this);
    menu.addAction(tr("Copy exact figures"), this,
                   [this] { QGuiApplication::clipboard()->setText(exactText()); });
    menu.addAction(tr("Show over time"), this, [this] { emit activated(m_unit.key); });
    menu.exec(event->globalPos());
}

void UnitCard::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        applyColours(); // our own palette changes reach the children only
    QWidget::changeEvent(event);
}

void UnitCard::applyColours() {
    // The card is drawn on the base colour; its words are held to 4.5:1 on it.
    const QPalette &pal = palette();
    setTextColour(m_name, pal.color(QPalette::Text));
    setTextColour(m_forecast, pal.color(QPalette::Text));
    setTextColour(m_figure, LevelColors::textFor(m_unit.level, pal, QPalette::Base));
    setTextColour(m_overBy, LevelColors::textFor(m_unit.level, pal, QPalette::Base));
    setTextColour(m_amounts, LevelColors::secondaryText(pal, QPalette::Base));
    setTextColour(m_rate, LevelColors::secondaryText(pal, QPalette::Base));
}
