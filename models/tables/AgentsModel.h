#pragma once

#include "models/api/Agents.h"
#include "models/tables/RemoteRowsModel.h"

namespace dbss::models {

// The audit agents of one instance (ListAuditAgent), optionally of one database; the Enabled
// column is a check box that switches the agent (SwitchAgent, status 1/0, one request per agent).
class AgentsModel : public RemoteRowsModel<api::AuditAgent, InstanceRowsModel> {
    Q_OBJECT
public:
    enum class Column { Id, Enabled, Type, Database, Address, Os, Nic, Cpu, Memory, Capture, Count };
    Q_ENUM(Column)
    enum Role {
        TypeRole = LastCommonRole + 1, // DB | APP
        EnabledRole,                   // bool
    };

    explicit AgentsModel(api::ApiClient* client, QObject* parent = nullptr);

    QString databaseId() const { return m_dbId; }
    void setInstance(const QString& instance, const QString& databaseId = {}); // resets when changed

    bool canSwitch() const override { return true; }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::AuditAgent>* rows, qint64* total,
                   api::ApiError* error) const override;
    bool hasTotal() const override { return false; } // the SDK's answer has no total
    QString idOf(const api::AuditAgent& row) const override { return row.agentId; }
    QVariant cellData(const api::AuditAgent& row, int column, int role) const override;
    int checkColumn() const override { return int(Column::Enabled); }
    bool isOn(const api::AuditAgent& row) const override { return row.status == 1; }
    void setOn(api::AuditAgent& row, bool on) const override;
    api::ApiRequest switchRequest(const QStringList& ids, bool on) const override;

private:
    QVariant display(const api::AuditAgent& row, Column column) const;
    QString m_dbId;
};

} // namespace dbss::models
