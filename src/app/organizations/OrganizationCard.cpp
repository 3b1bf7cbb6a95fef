#include "app/organizations/OrganizationCard.h"

#include "app/dashboard/UsageGauge.h"
#include "app/theme/AppStyle.h"
#include "app/theme/LevelColors.h"

#include <QGridLayout>
#include <QLabel>

OrganizationCard::OrganizationCard(QWidget *parent)
    : Card(parent)
    , m_name(cardLabel(this, "organizationName"))
    , m_figure(cardLabel(this, "organizationFigure"))
    , m_unit(cardLabel(this, "organizationUnit"))
    , m_gauge(new UsageGauge(this))
    , m_sentence(cardLabel(this, "organizationVerdict"))
    , m_reset(cardLabel(this, "organizationReset"))
    , m_note(cardLabel(this, "organizationNote")) {
    setObjectName(QStringLiteral("organizationCard"));
    m_gauge->setObjectName(QStringLiteral("organizationGauge"));
    m_gauge->setAttribute(Qt::WA_TransparentForMouseEvents);

    setNameStyle(m_name, 1.15);
    setFigureStyle(m_figure);
    setSecondaryStyle({m_unit, m_reset, m_note});

    // Room on the left for the edge in the organization's colour.
    QGridLayout *layout = createCardLayout(4);
    layout->addWidget(m_name, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_figure, 0, 1, 2, 1);
    layout->addWidget(m_unit, 1, 0);
    layout->addWidget(m_gauge, 2, 0, 1, 2);
    layout->addWidget(m_sentence, 3, 0, 1, 2);
    layout->addWidget(m_reset, 4, 0, 1, 2);
    layout->addWidget(m_note, 5, 0, 1, 2);
    layout->setRowStretch(6, 1);
}

void OrganizationCard::setRow(const OrganizationOverview::Row &row,
                              const UsageThresholds &thresholds) {
    m_row = row;
    m_name->setText(row.name);
    // Without figures, why there are none takes the unit's line, wrapped, rather than the large
    // figure's place: "Aktualisierung fehlgeschlagen" would widen its whole column.
    const bool figures = row.unit.has_value();
    setShownText(m_figure, figures ? row.figure : QString());
    setShownText(m_unit, figures ? row.unit->label : row.figure);
    QFont unitFont = m_unit->font();
    unitFont.setBold(!figures);
    m_unit->setFont(unitFont);
    if (row.unit && row.unit->percent) {
        m_gauge->setValues(row.unit->percent, row.unit->projectedPercent, row.unit->level,
                           thresholds);
        m_gauge->show();
    } else {
        m_gauge->hide();
    }
    setShownText(m_sentence, row.sentence);
    setShownText(m_reset, row.reset);
    setShownText(m_note, row.note);
    setAccessibleName(row.name);
    setAccessibleDescription(row.description);
    setToolTip(tr("%1\nClick to open its dashboard.").arg(row.description));
    applyColours();
    update();
}

void OrganizationCard::choose() {
    emit activated(m_row.id);
}

QColor OrganizationCard::edgeColour() const {
    // The edge says the standing at a glance, beside the words that say it too.
    const UsageLevel level = OrganizationOverview::levelOf(m_row.standing);
    return level == UsageLevel::NoAllocation ? QColor() : LevelColors::forLevel(level, palette());
}

void OrganizationCard::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        applyColours(); // our own palette changes reach the children only
    QWidget::changeEvent(event);
}

void OrganizationCard::applyColours() {
    // Drawn on the base colour; its words are held to 4.5:1 on it.
    const QPalette &pal = palette();
    setTextColour(m_name, pal.color(QPalette::Text));
    setTextColour(m_sentence, pal.color(QPalette::Text));
    const UsageLevel figureLevel =
        m_row.unit ? m_row.unit->level : OrganizationOverview::levelOf(m_row.standing);
    setTextColour(m_figure, LevelColors::textFor(figureLevel, pal, QPalette::Base));
    setTextColour(m_unit, m_row.unit ? LevelColors::secondaryText(pal, QPalette::Base)
                                     : LevelColors::textFor(figureLevel, pal, QPalette::Base));
    setTextColour(m_reset, LevelColors::secondaryText(pal, QPalette::Base));
    setTextColour(m_note, LevelColors::textFor(UsageLevel::Critical, pal, QPalette::Base));
    m_gauge->update();
}
