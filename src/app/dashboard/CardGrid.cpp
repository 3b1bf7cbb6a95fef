#include "app/dashboard/CardGrid.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

CardGrid::CardGrid(int cardWidthEm, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
    , m_cardWidthEm(cardWidthEm) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(fontMetrics().height() * 3 / 4);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void CardGrid::setCards(const QList<QWidget *> &cards) {
    if (cards == m_cards)
        return;
    for (QWidget *each : std::as_const(m_cards))
        m_layout->removeWidget(each);
    m_cards = cards;
    m_columns = 0; // lay out afresh
    arrange(columnsFor(width()));
}

int CardGrid::columnsFor(int width) const {
    const int count = int(m_cards.size());
    if (count <= 1 || width < oneColumnBelow)
        return 1;
    const int cardWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * m_cardWidthEm;
    const int fit = std::max(2, (width + m_layout->horizontalSpacing()) /
                                    (cardWidth + m_layout->horizontalSpacing()));
    const int columns = std::min(count, fit);
    // Rows as even as the columns allow: 3 + 3, not 4 + 2.
    const int rows = (count + columns - 1) / columns;
    return (count + rows - 1) / rows;
}

void CardGrid::arrange(int columns) {
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *each : std::as_const(m_cards))
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

int CardGrid::heightForWidth(int width) const {
    return m_layout->totalHeightForWidth(width);
}

void CardGrid::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    arrange(columnsFor(event->size().width()));
}
