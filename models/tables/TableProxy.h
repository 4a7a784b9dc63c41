#pragma once

#include <QSortFilterProxyModel>

namespace dbss::models {

// The sort/filter proxy behind every table dock: sorts by RemoteTableModel::SortRole and filters
// rows by a case-insensitive text found in any column. setFilterText() is how a dock filters, so a
// table that can filter faster (OperationLogProxy, a million rows) overrides that one call.
class TableProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TableProxy(QObject* parent = nullptr);

    // Rows with `text` in some column's display text; empty: every row.
    virtual void setFilterText(const QString& text);
};

} // namespace dbss::models
