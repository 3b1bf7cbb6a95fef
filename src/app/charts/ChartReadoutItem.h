// What the detail chart draws for its read-out: a guide line down the plot, a ring on the point
// and a box with the time and the value, kept inside the plot area.
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QPalette>

class ChartReadoutItem final : public QGraphicsItem {
public:
    explicit ChartReadoutItem(QGraphicsItem *parent = nullptr);

    // at: the point in the chart's coordinates; plot: the plot area.
    void place(const QPointF &at, const QRectF &plot, const QString &title, const QString &value,
               const QColor &colour, const QPalette &palette, const QFont &font);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QPointF m_at;
    QRectF m_plot;
    QRectF m_box;
    QString m_title;
    QString m_value;
    QColor m_colour;
    QPalette m_palette;
    QFont m_font;
};
