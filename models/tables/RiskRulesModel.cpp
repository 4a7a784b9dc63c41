#include "models/tables/RiskRulesModel.h"

#include "models/tables/CellFormat.h"

namespace dbss::models {

using api::RiskRule;

RiskRulesModel::RiskRulesModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent) {}

RiskRulesModel::~RiskRulesModel() {
    for (const QPointer<api::ApiReply>& reply : std::as_const(m_detailReplies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void RiskRulesModel::setFilter(const QString& name, const QStringList& riskLevels) {
    if (name == m_name && riskLevels == m_levels)
        return;
    m_name = name;
    m_levels = riskLevels;
    refresh();
}

void RiskRulesModel::requestDetail(const QString& ruleId) {
    if (!client() || instanceId().isEmpty())
        return;
    api::ApiReply* reply = client()->send(api::showRiskRule(instanceId(), ruleId));
    m_detailReplies << reply;
    connect(reply, &api::ApiReply::finished, this, [this, reply, ruleId] {
        reply->deleteLater();
        m_detailReplies.removeAll(reply);
        api::RiskRuleDetail detail;
        api::ApiError error;
        if (api::parseReply(*reply, &detail, &error))
            Q_EMIT detailReady(ruleId, detail);
        else
            Q_EMIT detailFailed(ruleId, error);
    });
}

api::ApiRequest RiskRulesModel::pageRequest(qint64, int) const {
    return api::listRiskRules(instanceId(), m_name, m_levels);
}

bool RiskRulesModel::parsePage(const api::ApiReply& reply, QList<RiskRule>* rows, qint64* total,
                               api::ApiError* error) const {
    return parseListReply(reply, &api::ListRiskRulesResponse::rules, &api::ListRiskRulesResponse::total, rows,
                          total, error);
}

bool RiskRulesModel::isOn(const RiskRule& row) const {
    return cell::isOnStatus(row.status);
}

void RiskRulesModel::setOn(RiskRule& row, bool on) const {
    row.status = on ? QStringLiteral("ON") : QStringLiteral("OFF");
    row.raw.insert(QStringLiteral("status"), row.status);
}

api::ApiRequest RiskRulesModel::switchRequest(const QStringList& ids, bool on) const {
    return api::switchRiskRules(instanceId(), ids, on);
}

QVariant RiskRulesModel::display(const RiskRule& r, Column column) const {
    switch (column) {
    case Column::Name:
        return r.name;
    case Column::Enabled:
        return cell::onOffText(r.status);
    case Column::RiskLevel:
        return cell::riskLevelText(r.riskLevel);
    case Column::Type:
        return r.type == QLatin1String("LOGIN") ? tr("Login") : tr("Operation");
    case Column::Rank:
        return r.rank;
    case Column::Feature:
        return r.feature;
    case Column::Count:
        break;
    }
    return {};
}

QVariant RiskRulesModel::cellData(const RiskRule& r, int column, int role) const {
    const auto c = Column(column);
    switch (role) {
    case Qt::DisplayRole:
        return display(r, c);
    case Qt::ToolTipRole:
        if (c == Column::Enabled && isSwitching(r.id))
            return tr("Switching %1…").arg(cell::onOffText(r.status));
        if (c == Column::Name)
            return tr("%1\nID: %2").arg(r.name, r.id);
        return display(r, c);
    case Qt::DecorationRole:
        if (c == Column::RiskLevel)
            return cell::riskLevelColor(r.riskLevel);
        return {};
    case SortRole:
        if (c == Column::RiskLevel)
            return cell::riskLevelRank(r.riskLevel);
        if (c == Column::Enabled)
            return isOn(r);
        return display(r, c);
    case RiskLevelRole:
        return r.riskLevel;
    case EnabledRole:
        return isOn(r);
    default:
        return {};
    }
}

QVariant RiskRulesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Rule");
    case Column::Enabled:
        return tr("Enabled");
    case Column::RiskLevel:
        return tr("Risk");
    case Column::Type:
        return tr("Type");
    case Column::Rank:
        return tr("Priority");
    case Column::Feature:
        return tr("Feature");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
