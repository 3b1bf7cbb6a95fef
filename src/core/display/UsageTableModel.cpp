#include "core/display/UsageTableModel.h"

#include <algorithm>

UsageTableModel::UsageTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void UsageTableModel::setSnapshot(const UsageSnapshot &snapshot) {
    QList<UnitUsage> incoming = snapshot.units;
    std::sort(incoming.begin(), incoming.end(),
              [](const UnitUsage &a, const UnitUsage &b) { return a.key < b.key; });

    // Units that disappeared go first, from the bottom so that row numbers stay valid.
    for (int row = int(m_units.size()) - 1; row >= 0; --row) {
        const QString &key = m_units.at(row).key;
        const bool kept = std::any_of(incoming.cbegin(), incoming.cend(),
                                      [&key](const UnitUsage &unit) { return unit.key == key; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_units.removeAt(row);
            endRemoveRows();
        }
    }

    // Both lists are now sorted by key and the kept units are a subsequence of the incoming ones,
    // so one pass inserts the new units in place and updates the rest.
    for (int row = 0; row < incoming.size(); ++row) {
        const UnitUsage &unit = incoming.at(row);
        if (row < m_units.size() && m_units.at(row).key == unit.key) {
            if (m_units.at(row) != unit) {
                m_units[row] = unit;
                emitRowsChanged(row, row);
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_units.insert(row, unit);
        endInsertRows();
    }
}

void UsageTableModel::clear() {
    if (m_units.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_units.size()) - 1);
    m_units.clear();
    endRemoveRows();
}

void UsageTableModel::setThresholds(const UsageThresholds &thresholds) {
    m_thresholds = thresholds;
    if (!m_units.isEmpty())
        emitRowsChanged(0, int(m_units.size()) - 1);
}

void UsageTableModel::setLocale(const QLocale &locale) {
    m_format = UsageFormat(locale);
    if (!m_units.isEmpty())
        emitRowsChanged(0, int(m_units.size()) - 1);
}

int UsageTableModel::rowForKey(const QString &unitKey) const {
    for (int row = 0; row < m_units.size(); ++row) {
        if (m_units.at(row).key == unitKey)
            return row;
    }
    return -1;
}

int UsageTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_units.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitUsage &unit = m_units.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(unit, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == LabelColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return rawValue(unit, index.column());
    case LevelRole:
        return int(m_thresholds.levelFor(unit));
    case UnitKeyRole:
        return unit.key;
    case UnitLineRole:
        return m_format.unitLine(unit);
    case OverByRole:
        return m_format.overBy(unit);
    case HasAllocationRole:
        return unit.percentUsed().has_value();
    default:
        return {};
    }
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Unit");
    case ConsumedColumn:
        return tr("Consumed");
    case AllocatedColumn:
        return tr("Allocated");
    case RemainingColumn:
        return tr("Remaining");
    case PercentColumn:
        return tr("Used");
    default:
        return {};
    }
}

QHash<int, QByteArray> UsageTableModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(LevelRole, "level");
    names.insert(UnitKeyRole, "unitKey");
    names.insert(UnitLineRole, "unitLine");
    names.insert(OverByRole, "overBy");
    names.insert(HasAllocationRole, "hasAllocation");
    return names;
}

QVariant UsageTableModel::displayText(const UnitUsage &unit, int column) const {
    switch (column) {
    case LabelColumn:
        return unit.label();
    case ConsumedColumn:
        return m_format.consumed(unit);
    case AllocatedColumn:
        return unit.allocated ? m_format.amount(*unit.allocated) : QString();
    case RemainingColumn: {
        const auto remaining = unit.remaining();
        return remaining ? m_format.amount(*remaining) : QString();
    }
    case PercentColumn: {
        const auto percent = unit.percentUsed();
        return percent ? m_format.percent(*percent) : QString();
    }
    default:
        return {};
    }
}

QVariant UsageTableModel::rawValue(const UnitUsage &unit, int column) const {
    const auto orNull = [](std::optional<double> value) {
        return value ? QVariant(*value) : QVariant();
    };
    switch (column) {
    case LabelColumn:
        return unit.key;
    case ConsumedColumn:
        return orNull(unit.consumed);
    case AllocatedColumn:
        return orNull(unit.allocated);
    case RemainingColumn:
        return orNull(unit.remaining());
    case PercentColumn:
        return orNull(unit.percentUsed());
    default:
        return {};
    }
}

void UsageTableModel::emitRowsChanged(int first, int last) {
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}
