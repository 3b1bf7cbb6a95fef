// The dashboard's unit cards in a grid that reflows with the window: one column below about
// 700 pixels, otherwise as many as fit (at least two when there are two units). Cards are kept
// and updated in place by unit key, so focus and selection survive a refresh.
#pragma once

#include "core/display/UnitOverview.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class UnitCard;

class UnitCardGrid final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitCardGrid)

public:
    // Below this width the cards stand in one column.
    static constexpr int oneColumnBelow = 700;

    explicit UnitCardGrid(QWidget *parent = nullptr);

    void setUnits(const QList<UnitOverview> &units, const UsageThresholds &thresholds);
    void setSelectedUnit(const QString &unitKey);
    QString selectedUnit() const { return m_selected; }
    const QList<UnitCard *> &cards() const { return m_cards; }
    UnitCard *card(const QString &unitKey) const;
    int columns() const { return m_columns; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void unitActivated(const QString &unitKey);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnsFor(int width) const;
    void arrange(int columns);

    QGridLayout *m_layout;
    QLabel *m_placeholder;
    QList<UnitCard *> m_cards;
    QString m_selected;
    int m_columns = 0;
};
