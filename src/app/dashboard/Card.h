// What every card has in common (a unit's on the dashboard, an organization's on the overview):
// it takes focus and hover, is chosen by a click, Space or Enter, and is drawn by
// AppStyle::drawCard. A card lays out its own words and says what choosing it means.
#pragma once

#include <QColor>
#include <QWidget>

#include <initializer_list>

class QGridLayout;
class QLabel;

class Card : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Card)

public:
    explicit Card(QWidget *parent = nullptr);

    // A label's text colour; left alone when it is already that colour (the verdict header, no
    // card, colours its words the same way).
    static void setTextColour(QLabel *label, const QColor &colour);

protected:
    // The person chose the card.
    virtual void choose() = 0;
    // Drawn outlined in the focus colour.
    virtual bool isSelectedCard() const { return false; }
    // The bar along the left edge; invalid: none.
    virtual QColor edgeColour() const { return {}; }

    // A line of words on the card: wrapped, and letting clicks through to the card.
    static QLabel *cardLabel(QWidget *card, const char *objectName);
    // Shows `text`, and hides the line when there is none.
    static void setShownText(QLabel *label, const QString &text);
    // The sizes every card's words come in: the name in bold (`scale` times the font), the figure
    // large and bold on the right, on one line; secondary lines a little smaller.
    static void setNameStyle(QLabel *label, qreal scale = 1.0);
    static void setFigureStyle(QLabel *label);
    static void setSecondaryStyle(std::initializer_list<QLabel *> labels);
    // The grid a card lays its words out in, with `leftRoom` more pixels on the left (for an
    // edge bar); the first column stretches.
    QGridLayout *createCardLayout(int leftRoom = 0);

    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool m_hovered = false;
};
