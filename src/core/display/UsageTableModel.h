// The units of the latest snapshot as a table (label, consumed, allocated, remaining, percent used)
// with a level from the thresholds: what the dashboard's bars and charts display.
#pragma once

#include "core/api/UsageSnapshot.h"
#include "core/display/UsageFormat.h"
#include "core/display/UsageLevel.h"

#include <QAbstractTableModel>
#include <QList>

class UsageTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageTableModel)

public:
    enum Column {
        LabelColumn,
        ConsumedColumn,
        AllocatedColumn,
        RemainingColumn,
        PercentColumn,
        ColumnCount
    };

    enum Role {
        // The number behind a cell (double), or an invalid QVariant when there is none; the unit
        // key for the label column. For sorting and charts.
        RawValueRole = Qt::UserRole + 1,
        LevelRole,         // UsageLevel, as int
        UnitKeyRole,       // "developer_units"
        UnitLineRole,      // "Developer units: 341,523 of 2,000,000 (17.1 %)"
        OverByRole,        // "over by 31.75", or empty
        HasAllocationRole, // bool: a percentage exists
    };

    explicit UsageTableModel(QObject *parent = nullptr);

    // Updates the rows to the snapshot's units: changed rows emit dataChanged, units that
    // appear or disappear are inserted or removed; never a reset.
    void setSnapshot(const UsageSnapshot &snapshot);
    void clear();
    void setThresholds(const UsageThresholds &thresholds);
    const UsageThresholds &thresholds() const { return m_thresholds; }
    void setLocale(const QLocale &locale);

    const UnitUsage &unitAt(int row) const { return m_units.at(row); }
    int rowForKey(const QString &unitKey) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayText(const UnitUsage &unit, int column) const;
    QVariant rawValue(const UnitUsage &unit, int column) const;
    void emitRowsChanged(int first, int last);

    QList<UnitUsage> m_units; // sorted by key
    UsageThresholds m_thresholds;
    UsageFormat m_format;
};
