#include "app/dashboard/Card.h"

#include "app/theme/AppStyle.h"
#include "app/widgets/TextLabel.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>

Card::Card(QWidget *parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

QLabel *Card::cardLabel(QWidget *card, const char *objectName) {
    auto *label = new TextLabel(card);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    return label;
}

void Card::setTextColour(QLabel *label, const QColor &colour) {
    // Unchanged, it is left alone: a new palette makes the label repaint, at every refresh.
    QPalette palette = label->palette();
    const auto same = [&palette, &colour](QPalette::ColorGroup group) {
        return palette.color(group, QPalette::WindowText) == colour;
    };
    if (same(QPalette::Active) && same(QPalette::Inactive) && same(QPalette::Disabled))
        return;
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

void Card::setShownText(QLabel *label, const QString &text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void Card::setNameStyle(QLabel *label, qreal scale) {
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
}

void Card::setFigureStyle(QLabel *label) {
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.45);
    label->setFont(font);
    label->setWordWrap(false);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void Card::setSecondaryStyle(std::initializer_list<QLabel *> labels) {
    for (QLabel *label : labels) {
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.92);
        label->setFont(font);
    }
}

QGridLayout *Card::createCardLayout(int leftRoom) {
    auto *layout = new QGridLayout(this);
    const int margin = fontMetrics().height() * 3 / 4;
    layout->setContentsMargins(margin + leftRoom, margin * 3 / 4, margin, margin * 3 / 4);
    layout->setHorizontalSpacing(margin);
    layout->setVerticalSpacing(4);
    layout->setColumnStretch(0, 1);
    return layout;
}

void Card::paintEvent(QPaintEvent *) {
    QPainter p(this);
    AppStyle::drawCard(&p, rect(), palette(),
                       {m_hovered, isSelectedCard(), hasFocus(), edgeColour()});
}

void Card::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        choose();
    QWidget::mouseReleaseEvent(event);
}

void Card::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Select:
        choose();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void Card::enterEvent(QEnterEvent *event) {
    m_hovered = true;
    update();
    QWidget::enterEvent(event);
}

void Card::leaveEvent(QEvent *event) {
    m_hovered = false;
    update();
    QWidget::leaveEvent(event);
}

void Card::focusInEvent(QFocusEvent *event) {
    update();
    QWidget::focusInEvent(event);
}

void Card::focusOutEvent(QFocusEvent *event) {
    update();
    QWidget::focusOutEvent(event);
}
