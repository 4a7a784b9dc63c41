#include "models/tables/TableProxy.h"

#include "models/tables/RemoteTableModel.h"

namespace dbss::models {

TableProxy::TableProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(RemoteTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1); // any column
}

void TableProxy::setFilterText(const QString& text) {
    setFilterFixedString(text);
}

} // namespace dbss::models
