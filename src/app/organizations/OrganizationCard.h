// One organization on the overview: its name, the headline unit's figure in its level's colour
// with the bar and the forecast's mark, the verdict, the reset, and in the warning colour why the
// figures are not current. Focusable; choosing it (click, Space, Enter) opens its dashboard.
#pragma once

#include "app/dashboard/Card.h"
#include "core/desktop/OrganizationOverview.h"

class QLabel;
class UsageGauge;

class OrganizationCard final : public Card {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationCard)

public:
    explicit OrganizationCard(QWidget *parent = nullptr);

    void setRow(const OrganizationOverview::Row &row, const UsageThresholds &thresholds);
    const OrganizationOverview::Row &row() const { return m_row; }
    QString organizationId() const { return m_row.id; }
    UsageGauge *gauge() const { return m_gauge; }

signals:
    void activated(const QString &organizationId);

protected:
    void choose() override;
    QColor edgeColour() const override;
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_name;
    QLabel *m_figure;
    QLabel *m_unit;
    UsageGauge *m_gauge;
    QLabel *m_sentence;
    QLabel *m_reset;
    QLabel *m_note;
    OrganizationOverview::Row m_row;
};
