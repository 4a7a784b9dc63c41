#pragma once

#include <QSortFilterProxyModel>

namespace dbss::models {

// The compare table's "only differences" filter: rows of a PolicyCompareModel (or a proxy of it)
// whose DiffersRole is true, when on; every row when off.
class PolicyCompareFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PolicyCompareFilter(QObject* parent = nullptr);

    bool onlyDifferences() const { return m_only; }
    void setOnlyDifferences(bool on);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    bool m_only = false;
};

} // namespace dbss::models
