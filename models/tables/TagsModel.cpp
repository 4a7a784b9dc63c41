#include "models/tables/TagsModel.h"

namespace dbss::models {

using api::TagKeyValues;

TagsModel::TagsModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent) {}

void TagsModel::setResourceType(const QString& type) {
    if (type != m_resourceType)
        changeScope([&] { m_resourceType = type; });
}

api::ApiRequest TagsModel::pageRequest(qint64, int) const {
    return api::listProjectTags(m_resourceType);
}

bool TagsModel::parsePage(const api::ApiReply& reply, QList<TagKeyValues>* rows, qint64* total,
                          api::ApiError* error) const {
    return parseListReply(reply, &api::ListProjectTagsResponse::tags,
                          static_cast<int api::ListProjectTagsResponse::*>(nullptr), rows, total, error);
}

QVariant TagsModel::cellData(const TagKeyValues& t, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        return Column(column) == Column::Key ? t.key : t.values.join(QStringLiteral(", "));
    case ValuesRole:
        return t.values;
    default:
        return {};
    }
}

QVariant TagsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Key:
        return tr("Key");
    case Column::Values:
        return tr("Values");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
