// One unit on the dashboard: its line of figures and a progress bar coloured by level, full with
// "over by …" beyond the allocation, and no bar at all for a unit without an allocation.
#pragma once

#include "core/display/UsageLevel.h"

#include <QWidget>

class QLabel;
class QProgressBar;

class UnitUsageBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitUsageBar)

public:
    explicit UnitUsageBar(QWidget *parent = nullptr);

    // percentUsed is empty for a unit without allocation: then only the text is shown.
    void setUsage(const QString &unitLine, const QString &overBy, std::optional<double> percentUsed,
                  UsageLevel level);

    QString text() const;
    QString overByText() const;
    bool hasBar() const;
    int barValue() const; // 0..1000 (tenths of a percent), clamped at full
    int barMaximum() const;
    UsageLevel level() const { return m_level; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_text;
    QLabel *m_overBy;
    QProgressBar *m_bar;
    UsageLevel m_level = UsageLevel::NoAllocation;
};
