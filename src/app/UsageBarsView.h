// The column of unit bars on the dashboard: one UnitUsageBar per row of a UsageTableModel, kept in
// step with the model's row signals.
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;
class UnitUsageBar;
class UsageTableModel;

class UsageBarsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageBarsView)

public:
    explicit UsageBarsView(QWidget *parent = nullptr);

    void setModel(UsageTableModel *model);
    const QList<UnitUsageBar *> &bars() const { return m_bars; }

private:
    void insertBars(int first, int last);
    void removeBars(int first, int last);
    void updateBars(int first, int last);
    void rebuild();
    void updatePlaceholder();

    QPointer<UsageTableModel> m_model;
    QVBoxLayout *m_layout;
    QLabel *m_placeholder;
    QList<UnitUsageBar *> m_bars;
};
