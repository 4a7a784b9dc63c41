#pragma once

#include "models/api/Databases.h"
#include "views/SubmitDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace dbss::api {
class ApiClient;
}
namespace dbss::models {
class AddDatabaseAction;
class DatabaseSlots;
} // namespace dbss::models

namespace dbss::views {

// Adds a self-built (ECS) or RDS database to an audit instance by description: every field of
// document 000 (v2), enums as combos, IP and port validated. Closes (accept) only on success.
class AddDatabaseDialog : public SubmitDialog {
    Q_OBJECT
public:
    AddDatabaseDialog(api::ApiClient* client, const QString& instanceId, QWidget* parent = nullptr);

    api::NewDatabase database() const; // the values as typed
    models::AddDatabaseAction* action() const { return m_action; }
    models::DatabaseSlots* databaseSlots() const { return m_slots; }
    QLabel* slotsLabel() const { return m_slotsLabel; }
    QLabel* duplicateWarning() const { return m_duplicate; }

Q_SIGNALS:
    // The service accepted the database; `id` is its record id.
    void submitted(const QString& instanceId, const QString& id, const dbss::api::NewDatabase& database);

protected:
    void submit() override;

private:
    void checkDuplicate();

    QString m_instanceId;
    models::DatabaseSlots* m_slots;
    QLabel* m_slotsLabel;
    QLabel* m_duplicate;
    models::AddDatabaseAction* m_action;
    QComboBox* m_classification;
    QLineEdit* m_name;
    QComboBox* m_type;
    QLineEdit* m_version;
    QComboBox* m_charset;
    QLineEdit* m_ip;
    QLineEdit* m_port;
    QComboBox* m_os;
    QLineEdit* m_instanceName;
};

} // namespace dbss::views
