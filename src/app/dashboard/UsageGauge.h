// A unit's bar on its card: filled to the share used in its level's colour (full beyond the
// allocation), faint ticks at the warning and critical thresholds, and a mark where the forecast
// puts the end of the period. It draws what it is given and works nothing out.
#pragma once

#include "core/display/UsageLevel.h"

#include <QWidget>

#include <optional>

class UsageGauge final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageGauge)

public:
    explicit UsageGauge(QWidget *parent = nullptr);

    void setValues(std::optional<double> percent, std::optional<double> projectedPercent,
                   UsageLevel level, const UsageThresholds &thresholds);
    std::optional<double> percent() const { return m_percent; }
    std::optional<double> projectedPercent() const { return m_projected; }
    UsageLevel level() const { return m_level; }
    const UsageThresholds &thresholds() const { return m_thresholds; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<double> m_percent;
    std::optional<double> m_projected;
    UsageLevel m_level = UsageLevel::NoAllocation;
    UsageThresholds m_thresholds;
};
