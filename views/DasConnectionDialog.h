#pragma once

#include "models/api/Connections.h"
#include "models/api/Databases.h"
#include "views/SubmitDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace dbss::api {
class ApiClient;
}
namespace dbss::models {
class AddRdsDatabasesAction;
class DasConnectionAction;
} // namespace dbss::models

namespace dbss::views {

// Creates a DAS connection to a cloud DB instance (document 003). The password is masked and never
// stored by the console; "save password on the service" (is_save_password) is off unless checked.
class DasConnectionDialog : public SubmitDialog {
    Q_OBJECT
public:
    // dbInstanceId: the cloud DB instance (RDS, GaussDB, ...) to prefill; may be empty.
    explicit DasConnectionDialog(api::ApiClient* client, const QString& dbInstanceId = {},
                                 QWidget* parent = nullptr);
    ~DasConnectionDialog() override;

    api::DasConnectionRequest request() const; // includes the password: do not keep it
    models::DasConnectionAction* action() const { return m_action; }
    QComboBox* instanceCombo() const { return m_instance; }

Q_SIGNALS:
    void instancesLoaded(); // the known RDS instances are in the combo (or could not be read)

    void submitted(const QString& dbInstanceId, const dbss::api::DasConnection& connection);

protected:
    void submit() override;

private:
    QLineEdit* edit(const QString& field, const QString& label, const QString& placeholder = {});

    void showInstances(const QList<api::RdsDatabase>& candidates);

    models::DasConnectionAction* m_action;
    models::AddRdsDatabasesAction* m_candidates;
    QComboBox* m_instance;
    QComboBox* m_engine;
    QComboBox* m_network;
    QCheckBox* m_savePassword;
    QCheckBox* m_sqlRecord;
    QHash<QString, QLineEdit*> m_edits;
};

} // namespace dbss::views
