#include "views/DrsConnectionDialog.h"

#include "models/actions/DrsConnectionAction.h"
#include "models/api/FormEnums.h"
#include "views/FieldValidators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
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
    edit(QStringLiteral("ip"), tr("&Address:"), tr("IP or host name; MongoDB: host:port,host:port"));
    edit(QStringLiteral("db_port"), tr("&Port:"), tr("1-65535"))->setValidator(new PortValidator(this));
    edit(QStringLiteral("db_user"), tr("&User:"));
    makePasswordField(edit(QStringLiteral("db_password"), tr("Pass&word:")));
    edit(QStringLiteral("db_name"), tr("Data&base:"), tr("Optional"));
    edit(QStringLiteral("description"), tr("&Description:"), tr("Optional, at most 255 characters"));
    edit(QStringLiteral("instance_id"), tr("Cloud DB instance &id:"), tr("Optional"));
    edit(QStringLiteral("instance_name"), tr("Cloud DB instance na&me:"), tr("Optional"));

    // Right of the main fields: SSL, network/project and the rarely needed endpoint details, so the
    // form is wide rather than tall and error lines under the fields have room.
    auto group = [this](const QString& title) {
        auto* box = new QGroupBox(title);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        return std::pair{box, form};
    };
    auto [sslBox, sslForm] = group(tr("SSL"));
    auto [network, networkForm] = group(tr("Network and project (optional)"));
    auto [advanced, advancedForm] = group(tr("Endpoint details (optional)"));
    auto into = [this](QFormLayout* form, const QString& field, const QString& label,
                       const QString& placeholder = {}) {
        auto* e = new QLineEdit;
        e->setPlaceholderText(placeholder);
        m_edits.insert(field, e);
        addField(field, label, e, form);
        return e;
    };
    addField(QStringLiteral("ssl_link"), {}, m_ssl, sslForm);
    into(sslForm, QStringLiteral("ssl_cert_name"), tr("Certificate &file name:"),
         tr("e.g. ca.pem, client.p12"));
    auto* key = into(sslForm, QStringLiteral("ssl_cert_key"), tr("Certificate (&Base64):"));
    into(sslForm, QStringLiteral("ssl_cert_check_sum"), tr("Certificate &checksum:"),
         tr("Required with SSL"));
    makePasswordField(into(sslForm, QStringLiteral("ssl_cert_password"), tr("Certificate pass&word:"),
                           tr("Required for a .p12 certificate")));
    auto* load = new QPushButton(tr("&Load Certificate File…"));
    load->setObjectName(QStringLiteral("loadCertificate"));
    sslForm->addRow(QString(), load);
    connect(load, &QPushButton::clicked, this, [this, key] {
        const QString path = QFileDialog::getOpenFileName(this, tr("SSL Certificate"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return;
        key->setText(QString::fromLatin1(file.readAll().toBase64()));
        m_edits.value(QStringLiteral("ssl_cert_name"))->setText(QFileInfo(path).fileName());
    });
    auto enableSsl = [this] {
        for (const char* f : {"ssl_cert_name", "ssl_cert_key", "ssl_cert_check_sum", "ssl_cert_password"})
            m_edits.value(QLatin1String(f))->setEnabled(m_ssl->isChecked());
    };
    connect(m_ssl, &QCheckBox::toggled, this, enableSsl);
    enableSsl();

    into(networkForm, QStringLiteral("vpc_id"), tr("&VPC id:"));
    into(networkForm, QStringLiteral("subnet_id"), tr("Su&bnet id:"));
    into(networkForm, QStringLiteral("security_group_id"), tr("Securit&y group id:"));
    into(networkForm, QStringLiteral("region"), tr("&Region:"));
    into(networkForm, QStringLiteral("project_id"), tr("Pro&ject id:"));
    into(networkForm, QStringLiteral("az_code"), tr("A&Z:"), tr("Optional, with region and project"));
    into(networkForm, QStringLiteral("enterprise_project_id"), tr("&Enterprise project id:"));

    into(advancedForm, QStringLiteral("id"), tr("Endpoint i&d:"), tr("Database information id"));
    into(advancedForm, QStringLiteral("driver_name"), tr("Dri&ver name:"), tr("Connection configuration"));
    into(advancedForm, QStringLiteral("source_sharding"), tr("Source s&hards:"),
         tr("host:port, separated by commas (same account)"));

    // Two columns: the form SubmitDialog made on the left, the groups on the right.
    QLayout* formLayout = mainLayout()->takeAt(0)->layout(); // the item is the form layout itself
    formLayout->setParent(nullptr);
    auto* columns = new QHBoxLayout;
    columns->addLayout(formLayout, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(sslBox);
    right->addWidget(network);
    right->addWidget(advanced);
    right->addStretch();
    columns->addLayout(right, 1);
    mainLayout()->insertLayout(0, columns);
    setMinimumWidth(900);

    // The scenario follows the type unless the user picked another one.
    connect(m_dbType, &QComboBox::currentIndexChanged, this, [this] {
        const int index = m_endpointName->findData(comboValue(m_dbType));
        if (index >= 0)
            m_endpointName->setCurrentIndex(index);
    });
    bindAction(m_action);
    // Error lines wrap under their fields: once they are shown, give the form the height they
    // need (a shown dialog does not grow for a word-wrapped label by itself).
    auto fitErrors = [this] {
        QTimer::singleShot(0, this, [this] {
            layout()->activate();
            const int needed = layout()->totalHeightForWidth(width());
            if (needed > height())
                resize(width(), needed);
        });
    };
    connect(m_action, &models::SubmitAction::invalid, this, fitErrors);
    connect(m_action, &models::SubmitAction::failed, this, fitErrors);
    connect(m_action, &models::DrsConnectionAction::succeeded, this, [this](const api::DrsConnection& c) {
        m_edits.value(QStringLiteral("db_password"))->clear();
        m_edits.value(QStringLiteral("ssl_cert_password"))->clear();
        Q_EMIT submitted(c);
        accept();
    });
}

DrsConnectionDialog::~DrsConnectionDialog() {
    m_edits.value(QStringLiteral("db_password"))->clear();
    m_edits.value(QStringLiteral("ssl_cert_password"))->clear();
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
    r.endpointId = text("id");
    r.sourceShards = api::splitList(text("source_sharding"));
    r.sslLink = m_ssl->isChecked();
    r.sslCertName = text("ssl_cert_name");
    r.sslCertKey = text("ssl_cert_key");
    r.sslCertCheckSum = text("ssl_cert_check_sum");
    r.sslCertPassword = m_edits.value(QStringLiteral("ssl_cert_password"))->text();
    r.driverName = text("driver_name");
    r.vpcId = text("vpc_id");
    r.subnetId = text("subnet_id");
    r.securityGroupId = text("security_group_id");
    r.region = text("region");
    r.projectId = text("project_id");
    r.azCode = text("az_code");
    r.enterpriseProjectId = text("enterprise_project_id");
    return r;
}

void DrsConnectionDialog::submit() {
    m_action->submit(request());
}

} // namespace dbss::views
