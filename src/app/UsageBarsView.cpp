#include "app/UsageBarsView.h"

#include "app/UnitUsageBar.h"
#include "core/display/UsageTableModel.h"

#include <QLabel>
#include <QVBoxLayout>

UsageBarsView::UsageBarsView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_placeholder(new QLabel(tr("The API reported no units for this period."), this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    m_layout->addWidget(m_placeholder);
    m_placeholder->setWordWrap(true);
    setAccessibleName(tr("Usage per unit"));
}

void UsageBarsView::setModel(UsageTableModel *model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { insertBars(first, last); });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { removeBars(first, last); });
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    updateBars(topLeft.row(), bottomRight.row());
                });
        connect(m_model, &QAbstractItemModel::modelReset, this, &UsageBarsView::rebuild);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &UsageBarsView::rebuild);
    }
    rebuild();
}

void UsageBarsView::insertBars(int first, int last) {
    for (int row = first; row <= last; ++row) {
        auto *bar = new UnitUsageBar(this);
        m_bars.insert(row, bar);
        // The placeholder sits at layout index 0.
        m_layout->insertWidget(row + 1, bar);
    }
    updateBars(first, last);
    updatePlaceholder();
}

void UsageBarsView::removeBars(int first, int last) {
    for (int row = last; row >= first; --row)
        delete m_bars.takeAt(row);
    updatePlaceholder();
}

void UsageBarsView::updateBars(int first, int last) {
    if (!m_model)
        return;
    for (int row = first; row <= last && row < m_bars.size(); ++row) {
        const QModelIndex index = m_model->index(row, UsageTableModel::PercentColumn);
        const QVariant percent = index.data(UsageTableModel::RawValueRole);
        m_bars.at(row)->setUsage(index.data(UsageTableModel::UnitLineRole).toString(),
                                 index.data(UsageTableModel::OverByRole).toString(),
                                 percent.isValid() ? std::optional<double>(percent.toDouble())
                                                   : std::nullopt,
                                 UsageLevel(index.data(UsageTableModel::LevelRole).toInt()));
    }
}

void UsageBarsView::rebuild() {
    removeBars(0, int(m_bars.size()) - 1);
    if (m_model && m_model->rowCount() > 0)
        insertBars(0, m_model->rowCount() - 1);
    updatePlaceholder();
}

void UsageBarsView::updatePlaceholder() {
    m_placeholder->setVisible(m_bars.isEmpty());
}
