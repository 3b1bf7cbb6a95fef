#include "app/dashboard/UnitCardGrid.h"

#include "app/dashboard/UnitCard.h"
#include "app/widgets/TextLabel.h"

#include <QGridLayout>
#include <QLabel>

#include <algorithm>

namespace {

// A card wants room for "Developer units" and a large figure beside it.
constexpr int cardWidthEm = 19;

} // namespace

UnitCardGrid::UnitCardGrid(QWidget *parent)
    : CardGrid(cardWidthEm, parent)
    , m_placeholder(new TextLabel(tr("The API reported no units for this period."), this)) {
    setObjectName(QStringLiteral("unitCards"));
    setAccessibleName(tr("Usage per unit"));
    m_placeholder->setWordWrap(true);
    gridLayout()->addWidget(m_placeholder, 0, 0);
}

UnitCard *UnitCardGrid::card(const QString &unitKey) const {
    const auto found = std::find_if(m_cards.cbegin(), m_cards.cend(), [&unitKey](UnitCard *card) {
        return card->unitKey() == unitKey;
    });
    return found == m_cards.cend() ? nullptr : *found;
}

void UnitCardGrid::setUnits(const QList<UnitOverview> &units, const UsageThresholds &thresholds) {
    // Kept by key, in the order given: a card that stays keeps its focus.
    QList<UnitCard *> cards;
    for (const UnitOverview &unit : units) {
        UnitCard *existing = card(unit.key);
        if (!existing) {
            existing = new UnitCard(this);
            connect(existing, &UnitCard::activated, this, &UnitCardGrid::unitActivated);
        }
        existing->setOverview(unit, thresholds);
        cards.append(existing);
    }
    for (UnitCard *gone : std::as_const(m_cards)) {
        if (!cards.contains(gone))
            delete gone;
    }
    m_cards = cards;
    m_placeholder->setVisible(m_cards.isEmpty());
    for (UnitCard *each : std::as_const(m_cards))
        each->setSelected(each->unitKey() == m_selected);
    setCards(QList<QWidget *>(m_cards.cbegin(), m_cards.cend()));
}

void UnitCardGrid::setSelectedUnit(const QString &unitKey) {
    m_selected = unitKey;
    for (UnitCard *each : std::as_const(m_cards))
        each->setSelected(each->unitKey() == unitKey);
}
