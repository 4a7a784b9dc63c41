#include "views/DasConnectionDialog.h"

#include "models/actions/AddRdsDatabasesAction.h"
#include "models/actions/DasConnectionAction.h"
#include "models/api/FormEnums.h"
#include "views/FieldValidators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace dbss::views {

DasConnectionDialog::DasConnectionDialog(api::ApiClient* client, const QString& dbInstanceId, QWidget* parent)
    : SubmitDialog(parent)
    , m_action(new models::DasConnectionAction(client, this))
    , m_candidates(new models::AddRdsDatabasesAction(client, this))
    , m_instance(new QComboBox)
    , m_engine(enumCombo(QList<api::EnumOption>{{QStringLiteral("mysql"), QStringLiteral("MySQL")},
                                                {QStringLiteral("sqlserver"), QStringLiteral("SQL Server")},
                                                {QStringLiteral("postgresql"), QStringLiteral("PostgreSQL")},
                                                {QStringLiteral("taurus"), QStringLiteral("TaurusDB")},
                                                {QStringLiteral("gaussdbv5"), QStringLiteral("GaussDB")},
                                                {QStringLiteral("mongodb"), QStringLiteral("MongoDB")},
                                                {QStringLiteral("ddm"), QStringLiteral("DDM")}}))
    , m_network(enumCombo(QList<api::EnumOption>{{QStringLiteral("rds"), QStringLiteral("RDS")},
                                                 {QStringLiteral("gaussdb"), QStringLiteral("GaussDB")},
                                                 {QStringLiteral("dds"), QStringLiteral("DDS")},
                                                 {QStringLiteral("ddm"), QStringLiteral("DDM")}}))
    , m_savePassword(new QCheckBox(tr("Save the password on the DAS service")))
    , m_sqlRecord(new QCheckBox(tr("Record &SQL statements"))) {
    setWindowTitle(tr("Create DAS Connection"));
    // The RDS instances the service knows (the RDS candidates of DBSS), or any id typed in.
    m_instance->setEditable(true);
    m_instance->setInsertPolicy(QComboBox::NoInsert);
    m_instance->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_instance->setMinimumContentsLength(36);
    m_instance->lineEdit()->setPlaceholderText(tr("Pick a known RDS instance or type its id"));
    m_instance->setEditText(dbInstanceId);
    addField(QStringLiteral("instance_id"), tr("DB &instance:"), m_instance);
    connect(m_candidates, &models::AddRdsDatabasesAction::candidatesLoaded, this,
            &DasConnectionDialog::showInstances);
    connect(m_candidates, &models::AddRdsDatabasesAction::candidatesFailed, this, [this] {
        m_instance->setToolTip(tr("The list of RDS instances could not be read; type the id."));
        Q_EMIT instancesLoaded();
    });
    if (dbInstanceId.isEmpty())
        m_candidates->loadCandidates({});
    addField(QStringLiteral("engine_type"), tr("&Engine:"), m_engine);
    addField(QStringLiteral("network_type"), tr("&Source:"), m_network);
    edit(QStringLiteral("username"), tr("&User:"));
    makePasswordField(edit(QStringLiteral("password"), tr("Pass&word:")));
    m_savePassword->setChecked(false); // never remembered unless the user asks
    addField(QStringLiteral("is_save_password"), {}, m_savePassword);
    edit(QStringLiteral("port"), tr("&Port:"), tr("Optional, 1-65535"))
        ->setValidator(new PortValidator(this));
    edit(QStringLiteral("database_name"), tr("Data&base:"), tr("Optional"));
    edit(QStringLiteral("node_ids"), tr("&Node ids:"), tr("Optional; separate ids with commas"));
    edit(QStringLiteral("remarks"), tr("&Remarks:"), tr("Optional"));
    addField(QStringLiteral("sql_record_flag"), {}, m_sqlRecord);
    // A picked instance sets the engine too.
    connect(m_instance, &QComboBox::activated, this, [this](int index) {
        const int engine = m_engine->findData(m_instance->itemData(index, Qt::UserRole + 1));
        if (engine >= 0)
            m_engine->setCurrentIndex(engine);
    });
    bindAction(m_action);
    connect(m_action, &models::DasConnectionAction::succeeded, this, [this](const api::DasConnection& c) {
        const QString instanceId = comboValue(m_instance);
        m_edits.value(QStringLiteral("password"))->clear();
        Q_EMIT submitted(instanceId, c);
        accept();
    });
}

DasConnectionDialog::~DasConnectionDialog() {
    m_edits.value(QStringLiteral("password"))->clear();
}

QLineEdit* DasConnectionDialog::edit(const QString& field, const QString& label, const QString& placeholder) {
    auto* e = new QLineEdit;
    e->setPlaceholderText(placeholder);
    m_edits.insert(field, e);
    addField(field, label, e);
    return e;
}

api::DasConnectionRequest DasConnectionDialog::request() const {
    auto text = [this](const char* field) {
        return m_edits.value(QLatin1String(field))->text().trimmed();
    };
    api::DasConnectionRequest r;
    r.instanceId = comboValue(m_instance);
    r.engineType = comboValue(m_engine);
    r.networkType = comboValue(m_network);
    r.username = text("username");
    r.password = m_edits.value(QStringLiteral("password"))->text();
    r.savePassword = m_savePassword->isChecked();
    r.nodeIds = api::splitList(text("node_ids"));
    r.remarks = text("remarks");
    const QString port = text("port");
    bool ok = true;
    r.port = port.isEmpty() ? 0 : port.toInt(&ok);
    if (!ok || (!port.isEmpty() && r.port == 0))
        r.port = -1; // not a port: the check flags it
    r.databaseName = text("database_name");
    r.sqlRecord = m_sqlRecord->isChecked();
    r.sqlRecordSet = true;
    return r;
}

void DasConnectionDialog::showInstances(const QList<api::RdsDatabase>& candidates) {
    const QString typed = m_instance->currentText();
    QStringList seen;
    for (const api::RdsDatabase& db : candidates) {
        if (db.id.isEmpty() || seen.contains(db.id))
            continue;
        seen << db.id;
        const QString name = db.instanceName.isEmpty() ? db.id : db.instanceName;
        m_instance->addItem(tr("%1 — %2 %3:%4 (%5)").arg(name, db.type, db.ip, db.port, db.id), db.id);
        m_instance->setItemData(m_instance->count() - 1, db.type.toLower(), Qt::UserRole + 1);
    }
    m_instance->setEditText(typed);
    Q_EMIT instancesLoaded();
}

void DasConnectionDialog::submit() {
    m_action->submit(request());
}

} // namespace dbss::views
