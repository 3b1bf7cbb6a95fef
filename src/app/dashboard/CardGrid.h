// Cards in a grid that reflows with the window: one column below about 700 pixels, otherwise as
// many as fit cards of a given width (at least two when there are two), with rows as even as the
// columns allow. The grid only places the cards it is given; their owner keeps and updates them.
#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

class CardGrid : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardGrid)

public:
    // Below this width the cards stand in one column.
    static constexpr int oneColumnBelow = 700;

    // cardWidthEm: the width a card wants, in widths of the letter M.
    explicit CardGrid(int cardWidthEm, QWidget *parent = nullptr);

    // The cards in reading order, children of the grid; laid out afresh only when the list differs
    // from the last one. Cards that went must be deleted by their owner before this is called.
    void setCards(const QList<QWidget *> &cards);
    int columns() const { return m_columns; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    QGridLayout *gridLayout() const { return m_layout; }
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnsFor(int width) const;
    void arrange(int columns);

    QGridLayout *m_layout;
    QList<QWidget *> m_cards;
    int m_cardWidthEm;
    int m_columns = 0;
};
