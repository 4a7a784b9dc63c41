#pragma once

#include "models/tables/TextNeedle.h"

#include <QSortFilterProxyModel>

namespace dbss::models {

class OperationLogModel;

// The op-log table's sort/filter proxy, for a million rows: set up as any table's proxy (SortRole,
// fixed-string filter over every column), it behaves the same, but sorting by time compares the
// model's timeMs() (no QVariant per comparison) and a fixed-string filter over every display text
// asks the model one displayContains() per row (no QString per cell, no regular expression).
// Anything else (another column, role or pattern; another source model) is QSortFilterProxyModel's.
class OperationLogProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit OperationLogProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    const TextNeedle* fixedNeedle() const; // nullptr: not a fixed string over every display text

    const OperationLogModel* m_log = nullptr;
    mutable QString m_pattern; // the filter pattern m_needle was made from
    mutable QRegularExpression::PatternOptions m_options;
    mutable bool m_fixed = false;
    mutable TextNeedle m_needle;
};

} // namespace dbss::models
