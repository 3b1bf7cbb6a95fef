#include "app/UnitUsageBar.h"

#include "app/LevelColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
constexpr int barRange = 1000; // tenths of a percent, so 17.1 % moves the bar
}

UnitUsageBar::UnitUsageBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_overBy(new QLabel(this))
    , m_bar(new QProgressBar(this)) {
    m_text->setObjectName(QStringLiteral("unitText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overBy->setObjectName(QStringLiteral("overByText"));
    QFont bold = m_overBy->font();
    bold.setBold(true);
    m_overBy->setFont(bold);
    m_overBy->hide();

    m_bar->setObjectName(QStringLiteral("unitBar"));
    m_bar->setRange(0, barRange);
    m_bar->setTextVisible(false); // the figures are in the label, where they never clip

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_text, 1);
    line->addWidget(m_overBy, 0, Qt::AlignRight | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(line);
    layout->addWidget(m_bar);
}

void UnitUsageBar::setUsage(const QString &unitLine, const QString &overBy,
                            std::optional<double> percentUsed, UsageLevel level) {
    m_level = level;
    m_text->setText(unitLine);
    m_overBy->setText(overBy);
    m_overBy->setVisible(!overBy.isEmpty());

    m_bar->setVisible(percentUsed.has_value());
    if (percentUsed) {
        const double clamped = std::clamp(*percentUsed, 0.0, 100.0);
        m_bar->setValue(int(std::lround(clamped * barRange / 100.0)));
    }

    const QString levelName = UsageThresholds::levelName(level);
    const QString accessible = overBy.isEmpty() ? unitLine : tr("%1, %2").arg(unitLine, overBy);
    m_bar->setAccessibleName(accessible);
    m_bar->setAccessibleDescription(levelName);
    setAccessibleName(accessible);
    setToolTip(percentUsed ? tr("%1 — %2").arg(accessible, levelName) : accessible);
    applyColours();
}

QString UnitUsageBar::text() const {
    return m_text->text();
}

QString UnitUsageBar::overByText() const {
    return m_overBy->isVisibleTo(this) ? m_overBy->text() : QString();
}

bool UnitUsageBar::hasBar() const {
    return m_bar->isVisibleTo(this);
}

int UnitUsageBar::barValue() const {
    return m_bar->value();
}

int UnitUsageBar::barMaximum() const {
    return m_bar->maximum();
}

void UnitUsageBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // Setting our own palette below sends PaletteChange to the children only.
        applyColours();
    }
    QWidget::changeEvent(event);
}

void UnitUsageBar::applyColours() {
    const QColor colour = LevelColors::forLevel(m_level, palette());
    QPalette barPalette = m_bar->palette();
    barPalette.setColor(QPalette::Highlight, colour);
    m_bar->setPalette(barPalette);

    QPalette overPalette = m_overBy->palette();
    overPalette.setColor(QPalette::WindowText, colour);
    m_overBy->setPalette(overPalette);
}
