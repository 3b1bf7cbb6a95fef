// The dashboard's unit cards in a grid that reflows with the window (see CardGrid). Cards are kept
// and updated in place by unit key, so focus and selection survive a refresh.
#pragma once

#include "app/dashboard/CardGrid.h"
#include "core/display/UnitOverview.h"

#include <QList>

class QLabel;
class UnitCard;

class UnitCardGrid final : public CardGrid {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitCardGrid)

public:
    explicit UnitCardGrid(QWidget *parent = nullptr);

    void setUnits(const QList<UnitOverview> &units, const UsageThresholds &thresholds);
    void setSelectedUnit(const QString &unitKey);
    QString selectedUnit() const { return m_selected; }
    const QList<UnitCard *> &cards() const { return m_cards; }
    UnitCard *card(const QString &unitKey) const;

signals:
    void unitActivated(const QString &unitKey);

private:
    QLabel *m_placeholder;
    QList<UnitCard *> m_cards;
    QString m_selected;
};
