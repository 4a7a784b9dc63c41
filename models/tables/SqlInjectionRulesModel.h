#pragma once

#include "models/api/Rules.h"
#include "models/tables/RemoteRowsModel.h"

namespace dbss::models {

// The SQL injection rules of one instance (ListSqlInjectionRules, one answer), optionally only
// some risk levels (HIGH, MEDIUM, LOW); Risk and Rank sort by their rank, not their text.
class SqlInjectionRulesModel : public RemoteRowsModel<api::SqlInjectionRule, InstanceRowsModel> {
    Q_OBJECT
public:
    enum class Column { Name, Status, RiskLevel, Type, Rank, Feature, Regex, Keywords, Count };
    Q_ENUM(Column)
    enum Role { RiskLevelRole = LastCommonRole + 1, StatusRole };

    explicit SqlInjectionRulesModel(api::ApiClient* client, QObject* parent = nullptr);

    QStringList riskLevels() const { return m_levels; }
    void setRiskLevels(const QStringList& levels); // empty: all; reloads, merging

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool isPaged() const override { return false; }
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::SqlInjectionRule>* rows, qint64* total,
                   api::ApiError* error) const override;
    QString idOf(const api::SqlInjectionRule& row) const override { return row.id; }
    QVariant cellData(const api::SqlInjectionRule& row, int column, int role) const override;

private:
    QVariant display(const api::SqlInjectionRule& row, Column column) const;
    QStringList m_levels;
};

} // namespace dbss::models
