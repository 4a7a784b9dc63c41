#include "models/policy/PolicyCompareFilter.h"

#include "models/policy/PolicyCompareModel.h"

namespace dbss::models {

PolicyCompareFilter::PolicyCompareFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {}

void PolicyCompareFilter::setOnlyDifferences(bool on) {
    if (on == m_only)
        return;
    m_only = on;
    invalidateRowsFilter();
}

bool PolicyCompareFilter::filterAcceptsRow(int row, const QModelIndex& parent) const {
    if (!m_only)
        return true;
    return sourceModel()->index(row, 0, parent).data(PolicyCompareModel::DiffersRole).toBool();
}

} // namespace dbss::models
