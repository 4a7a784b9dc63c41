#include "models/tables/MaskingRulesModel.h"

#include "models/tables/CellFormat.h"

namespace dbss::models {

using api::MaskingRule;

MaskingRulesModel::MaskingRulesModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent) {}

api::ApiRequest MaskingRulesModel::pageRequest(qint64 position, int pageSize) const {
    return api::listMaskingRules(instanceId(), position, pageSize);
}

bool MaskingRulesModel::parsePage(const api::ApiReply& reply, QList<MaskingRule>* rows, qint64* total,
                                  api::ApiError* error) const {
    return parseListReply(reply, &api::ListMaskingRulesResponse::rules, &api::ListMaskingRulesResponse::total,
                          rows, total, error);
}

QVariant MaskingRulesModel::display(const MaskingRule& r, Column column) const {
    switch (column) {
    case Column::Name:
        return r.name;
    case Column::Status:
        return cell::onOffText(r.status);
    case Column::Type:
        return r.type == QLatin1String("BUILD_IN") ? tr("Built-in") : tr("Custom");
    case Column::Regex:
        return r.regex;
    case Column::MaskValue:
        return r.maskValue;
    case Column::Modified:
        return cell::localTimeText(r.operateTime);
    case Column::Count:
        break;
    }
    return {};
}

QVariant MaskingRulesModel::cellData(const MaskingRule& r, int column, int role) const {
    const auto c = Column(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(r, c);
    case Qt::DecorationRole:
        return c == Column::Status ? QVariant(cell::onOffColor(cell::isOnStatus(r.status))) : QVariant();
    case SortRole:
        if (c == Column::Modified)
            return cell::parseServiceTime(r.operateTime);
        return display(r, c);
    case StatusRole:
        return r.status;
    default:
        return {};
    }
}

QVariant MaskingRulesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Rule");
    case Column::Status:
        return tr("Status");
    case Column::Type:
        return tr("Type");
    case Column::Regex:
        return tr("Regular expression");
    case Column::MaskValue:
        return tr("Mask");
    case Column::Modified:
        return tr("Modified");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
