#include "models/tables/SqlInjectionRulesModel.h"

#include "models/tables/CellFormat.h"

namespace dbss::models {

using api::SqlInjectionRule;

SqlInjectionRulesModel::SqlInjectionRulesModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent) {}

void SqlInjectionRulesModel::setRiskLevels(const QStringList& levels) {
    if (levels == m_levels)
        return;
    m_levels = levels;
    refresh();
}

api::ApiRequest SqlInjectionRulesModel::pageRequest(qint64, int) const {
    return api::listSqlInjectionRules(instanceId(), m_levels);
}

bool SqlInjectionRulesModel::parsePage(const api::ApiReply& reply, QList<SqlInjectionRule>* rows,
                                       qint64* total, api::ApiError* error) const {
    return parseListReply(reply, &api::ListSqlInjectionRulesResponse::rules,
                          &api::ListSqlInjectionRulesResponse::total, rows, total, error);
}

QVariant SqlInjectionRulesModel::display(const SqlInjectionRule& r, Column column) const {
    switch (column) {
    case Column::Name:
        return r.name;
    case Column::Status:
        return cell::onOffText(r.status);
    case Column::RiskLevel:
        return cell::riskLevelText(r.riskLevel);
    case Column::Type:
        return r.type == QLatin1String("SYSTEM") ? tr("System") : tr("Custom");
    case Column::Rank:
        return r.rank;
    case Column::Feature:
        return r.feature;
    case Column::Regex:
        return r.regex;
    case Column::Keywords:
        return r.keywords;
    case Column::Count:
        break;
    }
    return {};
}

QVariant SqlInjectionRulesModel::cellData(const SqlInjectionRule& r, int column, int role) const {
    const auto c = Column(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(r, c);
    case Qt::DecorationRole:
        if (c == Column::RiskLevel)
            return cell::riskLevelColor(r.riskLevel);
        if (c == Column::Status)
            return cell::onOffColor(cell::isOnStatus(r.status));
        return {};
    case SortRole:
        if (c == Column::RiskLevel)
            return cell::riskLevelRank(r.riskLevel);
        return display(r, c);
    case RiskLevelRole:
        return r.riskLevel;
    case StatusRole:
        return r.status;
    default:
        return {};
    }
}

QVariant SqlInjectionRulesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Rule");
    case Column::Status:
        return tr("Status");
    case Column::RiskLevel:
        return tr("Risk");
    case Column::Type:
        return tr("Type");
    case Column::Rank:
        return tr("Priority");
    case Column::Feature:
        return tr("Feature");
    case Column::Regex:
        return tr("Regular expression");
    case Column::Keywords:
        return tr("Keywords");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
