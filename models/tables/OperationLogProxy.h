#pragma once

#include "models/tables/TableProxy.h"
#include "models/tables/TextNeedle.h"

namespace dbss::models {

class OperationLogModel;

// The op-log table's sort/filter proxy, for a million rows: it gives the same rows in the same
// order as any table's proxy, but sorting by time compares the model's timeMs() (no QVariant per
// comparison) and a fixed-string filter over every display text asks the model one
// displayContains() per row (no QString per cell, no regular expression).
//
// setFilterText() also rebuilds the rows in one pass (filter every row, then sort the ones kept)
// instead of QSortFilterProxyModel's update of the rows shown: Qt removes the rejected rows range by
// range and rebuilds its whole source-to-proxy table after each range, which is quadratic when a
// million rows are shown. The view sees layoutChanged, as after invalidate().
// Anything else (another column, role or pattern; another source model) is QSortFilterProxyModel's.
class OperationLogProxy : public TableProxy {
    Q_OBJECT
public:
    explicit OperationLogProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;
    // Case as filterCaseSensitivity() when called; combined (and) with any filter set the Qt way.
    void setFilterText(const QString& text) override;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    const TextNeedle* fixedNeedle() const; // nullptr: not a fixed string over every display text

    const OperationLogModel* m_log = nullptr;
    TextNeedle m_text;         // setFilterText()'s
    mutable QString m_pattern; // the filter pattern m_needle was made from
    mutable QRegularExpression::PatternOptions m_options;
    mutable bool m_fixed = false;
    mutable TextNeedle m_needle;
};

} // namespace dbss::models
