#pragma once

#include "models/api/Databases.h"
#include "views/SubmitDialog.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace dbss::api {
class ApiClient;
}
namespace dbss::models {
class AddRdsDatabasesAction;
class DatabaseSlots;
} // namespace dbss::models

namespace dbss::views {

// Adds agent-free RDS databases: lists the candidates (ListRdsDatabases), the user checks any
// number of them, and after submission the dialog reports which were accepted (legal_db_id) and
// which refused (illegal_db_id). It stays open to show that report; the button then says Close.
class AddRdsDatabasesDialog : public SubmitDialog {
    Q_OBJECT
public:
    enum Column { Name, Type, Version, Address, Instance, Status, ColumnCount };

    AddRdsDatabasesDialog(api::ApiClient* client, const QString& instanceId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* reportLabel() const { return m_report; }
    QList<api::RdsDatabase> checkedDatabases() const;
    void setChecked(const QString& id, bool checked);
    bool isOffered(const QString& id) const; // listed and checkable
    models::AddRdsDatabasesAction* action() const { return m_action; }
    models::DatabaseSlots* databaseSlots() const { return m_slots; }
    QLabel* slotsLabel() const { return m_slotsLabel; }

Q_SIGNALS:
    void candidatesLoaded(); // the table is filled (or the banner shows why not)
    void submitted(const QString& instanceId, const dbss::api::AddRdsDatabasesResponse& response);

protected:
    void submit() override;

private:
    void reload();
    void showCandidates(const QList<api::RdsDatabase>& databases);
    void showReport(const api::AddRdsDatabasesResponse& response);
    void markAudited(); // candidates this instance already audits: shown, not offered
    QString describe(const QString& id) const;

    QString m_instanceId;
    models::AddRdsDatabasesAction* m_action;
    models::DatabaseSlots* m_slots;
    QLabel* m_slotsLabel;
    QComboBox* m_typeFilter;
    QTableWidget* m_table;
    QLabel* m_report;
    QList<api::RdsDatabase> m_candidates;
};

} // namespace dbss::views
