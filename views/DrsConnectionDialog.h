#pragma once

#include "models/api/Connections.h"
#include "views/SubmitDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace dbss::api {
class ApiClient;
}
namespace dbss::models {
class DrsConnectionAction;
}

namespace dbss::views {

// Creates a DRS connection (document 002): every field of the request, the password masked and
// never stored (it lives in the line edit until the dialog closes, and in no setting).
class DrsConnectionDialog : public SubmitDialog {
    Q_OBJECT
public:
    explicit DrsConnectionDialog(api::ApiClient* client, QWidget* parent = nullptr);
    ~DrsConnectionDialog() override;

    api::DrsConnectionRequest request() const; // includes the password: do not keep it
    models::DrsConnectionAction* action() const { return m_action; }

Q_SIGNALS:
    void submitted(const dbss::api::DrsConnection& connection);

protected:
    void submit() override;

private:
    QLineEdit* edit(const QString& field, const QString& label, const QString& placeholder = {});

    models::DrsConnectionAction* m_action;
    QComboBox* m_dbType;
    QComboBox* m_endpointName;
    QCheckBox* m_ssl;
    QHash<QString, QLineEdit*> m_edits;
};

} // namespace dbss::views
