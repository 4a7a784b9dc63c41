#pragma once

#include "models/api/Databases.h"
#include "models/tables/RemoteRowsModel.h"

namespace dbss::models {

// The databases of one audit instance (ListAuditDatabases), optionally only those whose audit is
// ON or OFF; the Audit column is a check box that switches auditing (SwitchAuditDatabase).
class DatabasesModel : public RemoteRowsModel<api::AuditDatabase, InstanceRowsModel> {
    Q_OBJECT
public:
    enum class Column {
        Name,
        Audit,
        Type,
        Version,
        Address,
        Os,
        Charset,
        Classification,
        AgentStatus,
        Count
    };
    Q_ENUM(Column)
    enum Role {
        TypeRole = LastCommonRole + 1, // MYSQL, ORACLE, ...
        AuditOnRole,                   // bool
        AuditStatusRole,               // ACTIVE | SHUTOFF | ERROR
    };

    explicit DatabasesModel(api::ApiClient* client, QObject* parent = nullptr);

    QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString& status); // "", "ON" or "OFF": reloads, merging

    bool canSwitch() const override { return true; }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::AuditDatabase>* rows, qint64* total,
                   api::ApiError* error) const override;
    QString idOf(const api::AuditDatabase& row) const override { return row.id; }
    QVariant cellData(const api::AuditDatabase& row, int column, int role) const override;
    int checkColumn() const override { return int(Column::Audit); }
    bool isOn(const api::AuditDatabase& row) const override;
    void setOn(api::AuditDatabase& row, bool on) const override;
    api::ApiRequest switchRequest(const QStringList& ids, bool on) const override;

private:
    QVariant display(const api::AuditDatabase& row, Column column) const;
    QString m_status;
};

} // namespace dbss::models
