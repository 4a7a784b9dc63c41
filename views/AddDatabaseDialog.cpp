#include "views/AddDatabaseDialog.h"

#include "models/actions/AddDatabaseAction.h"
#include "models/actions/DatabaseSlots.h"
#include "models/api/FormEnums.h"
#include "views/FieldValidators.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dbss::views {

AddDatabaseDialog::AddDatabaseDialog(api::ApiClient* client, const QString& instanceId, QWidget* parent)
    : SubmitDialog(parent)
    , m_instanceId(instanceId)
    , m_slots(new models::DatabaseSlots(client, this))
    , m_slotsLabel(new QLabel)
    , m_duplicate(new QLabel)
    , m_action(new models::AddDatabaseAction(client, this))
    , m_classification(enumCombo(QList<api::EnumOption>{{QStringLiteral("ECS"), tr("Self-built (ECS)")},
                                                        {QStringLiteral("RDS"), tr("RDS")}}))
    , m_name(new QLineEdit)
    , m_type(enumCombo(api::enums::databaseTypes()))
    , m_version(new QLineEdit)
    , m_charset(enumCombo(api::enums::charsets()))
    , m_ip(new QLineEdit)
    , m_port(new QLineEdit)
    , m_os(enumCombo(QList<api::EnumOption>{{QStringLiteral("LINUX64"), tr("Linux (64-bit)")},
                                            {QStringLiteral("WINDOWS64"), tr("Windows (64-bit)")},
                                            {QStringLiteral("UNIX"), tr("Unix")}}))
    , m_instanceName(new QLineEdit) {
    setWindowTitle(tr("Add Database"));
    auto* instance = new QLabel(instanceId.isEmpty() ? tr("(no instance selected)") : instanceId);
    instance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addField(QStringLiteral("instance_id"), tr("Audit instance:"), instance);
    addField(QStringLiteral("db_classification"), tr("&Classification:"), m_classification);
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("type"), tr("&Type:"), m_type);
    m_version->setPlaceholderText(tr("e.g. 8.0"));
    addField(QStringLiteral("version"), tr("&Version:"), m_version);
    addField(QStringLiteral("charset"), tr("C&haracter set:"), m_charset);
    m_ip->setValidator(new IpValidator(m_ip));
    m_ip->setPlaceholderText(tr("IPv4 or IPv6 address"));
    addField(QStringLiteral("ip"), tr("&IP address:"), m_ip);
    m_port->setValidator(new PortValidator(m_port));
    m_port->setPlaceholderText(tr("1-65535"));
    addField(QStringLiteral("port"), tr("&Port:"), m_port);
    addField(QStringLiteral("os"), tr("&Operating system:"), m_os);
    m_instanceName->setPlaceholderText(tr("Optional"));
    addField(QStringLiteral("instance_name"), tr("Database i&nstance name:"), m_instanceName);
    m_charset->setCurrentIndex(m_charset->findData(QStringLiteral("UTF8")));

    // Before submitting: how many databases the instance still takes, and whether this one is
    // already audited (same address, port and name) — a warning, the service decides.
    m_slotsLabel->setObjectName(QStringLiteral("slotsLabel"));
    m_slotsLabel->setWordWrap(true);
    mainLayout()->insertWidget(0, m_slotsLabel);
    m_duplicate->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicate->setWordWrap(true);
    m_duplicate->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_duplicate->hide();
    mainLayout()->insertWidget(2, m_duplicate);
    auto showSlots = [this] {
        m_slotsLabel->setText(m_slots->summary());
        m_slotsLabel->setStyleSheet(
            m_slots->isLoaded() && m_slots->left() == 0 ? QStringLiteral("color: #c0392b;") : QString());
        checkDuplicate();
    };
    connect(m_slots, &models::DatabaseSlots::loaded, this, showSlots);
    connect(m_slots, &models::DatabaseSlots::failed, this, showSlots);
    for (QLineEdit* e : {m_ip, m_port, m_name})
        connect(e, &QLineEdit::textChanged, this, &AddDatabaseDialog::checkDuplicate);
    m_slots->load(instanceId);
    showSlots();
    bindAction(m_action);
    connect(m_action, &models::AddDatabaseAction::succeeded, this, [this](const api::AddDatabaseResponse& r) {
        Q_EMIT submitted(m_instanceId, r.id, database());
        accept();
    });
}

api::NewDatabase AddDatabaseDialog::database() const {
    api::NewDatabase db;
    db.dbClassification = comboValue(m_classification);
    db.name = m_name->text().trimmed();
    db.type = comboValue(m_type);
    db.version = m_version->text().trimmed();
    db.charset = comboValue(m_charset);
    db.ip = m_ip->text().trimmed();
    db.port = m_port->text().trimmed();
    db.os = comboValue(m_os);
    db.instanceName = m_instanceName->text().trimmed();
    return db;
}

void AddDatabaseDialog::checkDuplicate() {
    const api::AuditDatabase* same =
        m_slots->sameAs(m_ip->text().trimmed(), m_port->text().trimmed(), m_name->text().trimmed());
    m_duplicate->setVisible(same != nullptr);
    if (same)
        m_duplicate->setText(tr("This instance already audits %1 at %2:%3 (id %4). Adding it again "
                                "audits the same database twice.")
                                 .arg(same->name, same->ip, same->port, same->id));
}

void AddDatabaseDialog::submit() {
    m_action->submit(m_instanceId, database());
}

} // namespace dbss::views
