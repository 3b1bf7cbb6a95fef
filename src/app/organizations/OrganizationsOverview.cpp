#include "app/organizations/OrganizationsOverview.h"

#include "app/dashboard/CardGrid.h"
#include "app/organizations/OrganizationCard.h"
#include "app/theme/LevelColors.h"
#include "app/widgets/TextLabel.h"
#include "core/organizations/OrganizationReadings.h"
#include "core/settings/AppSettings.h"

#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A card wants room for an organization's name and a large figure beside it.
constexpr int cardWidthEm = 22;

} // namespace

OrganizationsOverview::OrganizationsOverview(const OrganizationReadings &readings,
                                             const AppSettings &settings, const Clock &clock,
                                             QWidget *parent)
    : QWidget(parent)
    , m_readings(readings)
    , m_settings(settings)
    , m_clock(clock)
    , m_headline(new TextLabel(this))
    , m_hint(new TextLabel(tr("Choose an organization to see its dashboard."), this))
    , m_grid(new CardGrid(cardWidthEm))
    , m_pending(new QTimer(this)) {
    setObjectName(QStringLiteral("organizationsOverview"));
    m_headline->setObjectName(QStringLiteral("overviewHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.6);
    m_headline->setFont(headlineFont);
    m_hint->setWordWrap(true);
    m_grid->setObjectName(QStringLiteral("organizationCards"));
    m_grid->setAccessibleName(tr("Organizations, most in need of attention first"));

    // The cards scroll; the headline stays.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_grid);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height();
    layout->setContentsMargins(margin, margin, margin, 0);
    layout->setSpacing(margin / 2);
    layout->addWidget(m_headline);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);

    // Changes that come together (a refresh's busy, then its reading) are worked out once.
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, [this] {
        if (isVisible())
            overview();
    });
    // Worked out again on every change, but only while on show (see showEvent).
    connect(&readings, &OrganizationReadings::organizationsChanged, this,
            &OrganizationsOverview::refresh);
    connect(&readings, &OrganizationReadings::readingChanged, this,
            &OrganizationsOverview::refresh);
    connect(&settings, &AppSettings::changed, this, &OrganizationsOverview::refresh);
}

const OrganizationOverview &OrganizationsOverview::overview() {
    if (m_outOfDate) {
        m_outOfDate = false;
        m_pending->stop();
        display(OrganizationOverview::of(TrayStatus::inputsOf(m_readings), m_settings.thresholds(),
                                         m_clock));
    }
    return m_overview;
}

OrganizationCard *OrganizationsOverview::card(const QString &organizationId) const {
    const auto found = std::find_if(m_cards.cbegin(), m_cards.cend(), [&](OrganizationCard *card) {
        return card->organizationId() == organizationId;
    });
    return found == m_cards.cend() ? nullptr : *found;
}

void OrganizationsOverview::refresh() {
    m_outOfDate = true;
    if (isVisible())
        m_pending->start();
}

void OrganizationsOverview::display(const OrganizationOverview &overview) {
    ++m_updates;
    m_overview = overview;
    m_headline->setText(overview.headline);
    // Kept by id, in the overview's order: a card that stays keeps its focus.
    QList<OrganizationCard *> cards;
    for (const OrganizationOverview::Row &row : overview.rows) {
        OrganizationCard *existing = card(row.id);
        if (!existing) {
            existing = new OrganizationCard(m_grid);
            connect(existing, &OrganizationCard::activated, this,
                    &OrganizationsOverview::organizationChosen);
        }
        existing->setRow(row, m_settings.thresholds());
        cards.append(existing);
    }
    for (OrganizationCard *gone : std::as_const(m_cards)) {
        if (!cards.contains(gone))
            delete gone;
    }
    m_cards = cards;
    m_grid->setCards(QList<QWidget *>(m_cards.cbegin(), m_cards.cend()));
    applyColours();
}

void OrganizationsOverview::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    overview(); // what changed while hidden
}

void OrganizationsOverview::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QWidget::changeEvent(event);
}

void OrganizationsOverview::applyColours() {
    // The headline in the colour of the worst card when one needs attention.
    const bool attention =
        !m_overview.rows.isEmpty() && m_overview.rows.constFirst().needsAttention();
    const UsageLevel level =
        attention ? OrganizationOverview::levelOf(m_overview.rows.constFirst().standing)
                  : UsageLevel::NoAllocation;
    QPalette headline = palette();
    headline.setColor(QPalette::WindowText, LevelColors::textFor(level, palette()));
    m_headline->setPalette(headline);
    QPalette hint = palette();
    hint.setColor(QPalette::WindowText, LevelColors::secondaryText(palette()));
    m_hint->setPalette(hint);
}
