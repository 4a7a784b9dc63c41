#include "views/DrsConnectionDialog.h"

#include "models/DrsConnectionAction.h"
#include "models/api/FormEnums.h"
#include "views/FieldValidators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dbss::views {

DrsConnectionDialog::DrsConnectionDialog(api::ApiClient* client, QWidget* parent)
    : SubmitDialog(parent)
    , m_action(new models::DrsConnectionAction(client, this))
    , m_dbType(enumCombo(QList<api::EnumOption>{{QStringLiteral("mysql"), QStringLiteral("MySQL")},
                                                {QStringLiteral("postgresql"), QStringLiteral("PostgreSQL")},
                                                {QStringLiteral("mongodb"), QStringLiteral("MongoDB")},
                                                {QStringLiteral("oracle"), QStringLiteral("Oracle")}}))
    , m_endpointName(enumCombo(api::enums::drsEndpointNames()))
    , m_ssl(new QCheckBox(tr("Use &SSL"))) {
    setWindowTitle(tr("Create DRS Connection"));
    edit(QStringLiteral("name"), tr("&Name:"), tr("4-50 letters, digits, - or _"));
    addField(QStringLiteral("db_type"), tr("Database &type:"), m_dbType);
    m_endpointName->setEditable(true);
    m_endpointName->setToolTip(tr("Scenario type: e.g. mysql (on-premises or other cloud), ecs_mysql "
                                  "(self-built on ECS), cloud_mysql (cloud DB instance)."));
    addField(QStringLiteral("endpoint_name"), tr("&Scenario:"), m_endpointName);
    edit(QStringLiteral("ip"), tr("&IP address:"), tr("IP; MongoDB: host:port,host:port"));
    edit(QStringLiteral("db_port"), tr("&Port:"), tr("1-65535"))->setValidator(new PortValidator(this));
    edit(QStringLiteral("db_user"), tr("&User:"));
    makePasswordField(edit(QStringLiteral("db_password"), tr("Pass&word:")));
    edit(QStringLiteral("db_name"), tr("Data&base:"), tr("Optional"));
    addField(QStringLiteral("ssl_link"), {}, m_ssl);
    edit(QStringLiteral("description"), tr("&Description:"), tr("Optional, at most 255 characters"));
    edit(QStringLiteral("instance_id"), tr("Cloud DB instance &id:"), tr("Optional"));
    edit(QStringLiteral("instance_name"), tr("Cloud DB instance na&me:"), tr("Optional"));

    auto* network = new QGroupBox(tr("Network and project (optional)"));
    auto* networkForm = new QFormLayout(network);
    mainLayout()->insertWidget(1, network);
    auto netEdit = [&](const QString& field, const QString& label) {
        auto* e = new QLineEdit;
        m_edits.insert(field, e);
        addField(field, label, e, networkForm);
    };
    netEdit(QStringLiteral("vpc_id"), tr("&VPC id:"));
    netEdit(QStringLiteral("subnet_id"), tr("Su&bnet id:"));
    netEdit(QStringLiteral("security_group_id"), tr("Securit&y group id:"));
    netEdit(QStringLiteral("region"), tr("&Region:"));
    netEdit(QStringLiteral("project_id"), tr("Pro&ject id:"));
    netEdit(QStringLiteral("enterprise_project_id"), tr("&Enterprise project id:"));

    // The scenario follows the type unless the user picked another one.
    connect(m_dbType, &QComboBox::currentIndexChanged, this, [this] {
        const int index = m_endpointName->findData(comboValue(m_dbType));
        if (index >= 0)
            m_endpointName->setCurrentIndex(index);
    });
    bindAction(m_action);
    connect(m_action, &models::DrsConnectionAction::succeeded, this, [this](const api::DrsConnection& c) {
        m_edits.value(QStringLiteral("db_password"))->clear();
        Q_EMIT submitted(c);
        accept();
    });
}

DrsConnectionDialog::~DrsConnectionDialog() {
    m_edits.value(QStringLiteral("db_password"))->clear();
}

QLineEdit* DrsConnectionDialog::edit(const QString& field, const QString& label, const QString& placeholder) {
    auto* e = new QLineEdit;
    e->setPlaceholderText(placeholder);
    m_edits.insert(field, e);
    addField(field, label, e);
    return e;
}

api::DrsConnectionRequest DrsConnectionDialog::request() const {
    auto text = [this](const char* field) {
        return m_edits.value(QLatin1String(field))->text().trimmed();
    };
    api::DrsConnectionRequest r;
    r.name = text("name");
    r.dbType = comboValue(m_dbType);
    r.description = text("description");
    r.endpointName = comboValue(m_endpointName);
    r.ip = text("ip");
    r.dbPort = text("db_port");
    r.dbUser = text("db_user");
    r.dbPassword = m_edits.value(QStringLiteral("db_password"))->text(); // spaces may be part of it
    r.instanceId = text("instance_id");
    r.instanceName = text("instance_name");
    r.dbName = text("db_name");
    r.sslLink = m_ssl->isChecked();
    r.vpcId = text("vpc_id");
    r.subnetId = text("subnet_id");
    r.securityGroupId = text("security_group_id");
    r.region = text("region");
    r.projectId = text("project_id");
    r.enterpriseProjectId = text("enterprise_project_id");
    return r;
}

void DrsConnectionDialog::submit() {
    m_action->submit(request());
}

} // namespace dbss::views
