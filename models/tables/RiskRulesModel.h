#pragma once

#include "models/api/Rules.h"
#include "models/tables/RemoteRowsModel.h"

namespace dbss::models {

// The risk rules of one instance (ListAuditRuleRisks, one answer), filtered by name and risk
// levels on the service. The Enabled column is a check box: setData() or switchRules() switch
// through SwitchRiskRule, many rules in ONE request (comma-separated ids), shown at once and
// rolled back if the service refuses. requestDetail() fetches one rule's full definition.
class RiskRulesModel : public RemoteRowsModel<api::RiskRule, InstanceRowsModel> {
    Q_OBJECT
public:
    enum class Column { Name, Enabled, RiskLevel, Type, Rank, Feature, Count };
    Q_ENUM(Column)
    enum Role { RiskLevelRole = LastCommonRole + 1, EnabledRole };

    explicit RiskRulesModel(api::ApiClient* client, QObject* parent = nullptr);
    ~RiskRulesModel() override;

    QString nameFilter() const { return m_name; }
    QStringList riskLevels() const { return m_levels; }
    void setFilter(const QString& name, const QStringList& riskLevels); // reloads, merging

    // Switches these rules on or off in one request; false when nothing was sent.
    bool switchRules(const QStringList& ids, bool on) { return switchIds(ids, on); }
    bool canSwitch() const override { return true; }

    // Fetches ShowAuditRuleRisk for one rule; answers with detailReady or detailFailed.
    void requestDetail(const QString& ruleId);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void detailReady(const QString& ruleId, const dbss::api::RiskRuleDetail& detail);
    void detailFailed(const QString& ruleId, const dbss::api::ApiError& error);

protected:
    bool isPaged() const override { return false; }
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::RiskRule>* rows, qint64* total,
                   api::ApiError* error) const override;
    QString idOf(const api::RiskRule& row) const override { return row.id; }
    QVariant cellData(const api::RiskRule& row, int column, int role) const override;
    int checkColumn() const override { return int(Column::Enabled); }
    bool isOn(const api::RiskRule& row) const override;
    void setOn(api::RiskRule& row, bool on) const override;
    bool batchSwitch() const override { return true; }
    api::ApiRequest switchRequest(const QStringList& ids, bool on) const override;

private:
    QVariant display(const api::RiskRule& row, Column column) const;
    QString m_name;
    QStringList m_levels;
    QList<QPointer<api::ApiReply>> m_detailReplies;
};

} // namespace dbss::models
