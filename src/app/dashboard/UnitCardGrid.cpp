#include "app/dashboard/UnitCardGrid.h"

#include "app/dashboard/UnitCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>

#include <algorithm>

UnitCardGrid::UnitCardGrid(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
    , m_placeholder(new QLabel(tr("The API reported no units for this period."), this)) {
    setObjectName(QStringLiteral("unitCards"));
    setAccessibleName(tr("Usage per unit"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(fontMetrics().height() * 3 / 4);
    m_placeholder->setWordWrap(true);
    m_layout->addWidget(m_placeholder, 0, 0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
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
    bool reordered = units.size() != m_cards.size();
    for (qsizetype i = 0; i < units.size(); ++i) {
        UnitCard *existing = card(units.at(i).key);
        if (!existing) {
            existing = new UnitCard(this);
            connect(existing, &UnitCard::activated, this, &UnitCardGrid::unitActivated);
            reordered = true;
        } else if (m_cards.indexOf(existing) != i) {
            reordered = true;
        }
        existing->setOverview(units.at(i), thresholds);
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
    if (reordered) {
        m_columns = 0; // lay out afresh
        arrange(columnsFor(width()));
    }
}

void UnitCardGrid::setSelectedUnit(const QString &unitKey) {
    m_selected = unitKey;
    for (UnitCard *each : std::as_const(m_cards))
        each->setSelected(each->unitKey() == unitKey);
}

int UnitCardGrid::columnsFor(int width) const {
    const int count = int(m_cards.size());
    if (count <= 1 || width < oneColumnBelow)
        return 1;
    // A card wants room for "Developer units" and a large figure beside it.
    const int cardWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 19;
    const int fit = std::max(2, (width + m_layout->horizontalSpacing()) /
                                    (cardWidth + m_layout->horizontalSpacing()));
    const int columns = std::min(count, fit);
    // Rows as even as the columns allow: 3 + 3, not 4 + 2.
    const int rows = (count + columns - 1) / columns;
    return (count + rows - 1) / rows;
}

void UnitCardGrid::arrange(int columns) {
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (UnitCard *each : std::as_const(m_cards))
        m_layout->removeWidget(each);
    for (int c = 0; c < m_layout->columnCount(); ++c)
        m_layout->setColumnStretch(c, 0);
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_layout->addWidget(m_cards.at(i), int(i) / columns, int(i) % columns);
    for (int c = 0; c < columns; ++c)
        m_layout->setColumnStretch(c, 1);
    // Tab goes through the cards as they are read: along each row.
    for (qsizetype i = 1; i < m_cards.size(); ++i)
        setTabOrder(m_cards.at(i - 1), m_cards.at(i));
    updateGeometry();
}

int UnitCardGrid::heightForWidth(int width) const {
    return m_layout->totalHeightForWidth(width);
}

void UnitCardGrid::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    arrange(columnsFor(event->size().width()));
}
