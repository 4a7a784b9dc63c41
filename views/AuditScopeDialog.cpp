#include "views/AuditScopeDialog.h"

#include "models/actions/AuditScopeAction.h"
#include "models/api/FormEnums.h"
#include "views/FieldValidators.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

namespace dbss::views {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;

QStringList checkedData(const QListWidget* list, int role) {
    QStringList out;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        if (item->checkState() == Qt::Checked)
            out << item->data(role).toString();
    }
    return out;
}
} // namespace

AuditScopeDialog::AuditScopeDialog(api::ApiClient* client, const QString& instanceId, QWidget* parent)
    : SubmitDialog(parent)
    , m_instanceId(instanceId)
    , m_action(new models::AuditScopeAction(client, this))
    , m_name(new QLineEdit)
    , m_allDatabases(new QCheckBox(tr("&All databases")))
    , m_databases(new QListWidget)
    , m_users(new QLineEdit)
    , m_sourceIps(new QLineEdit)
    , m_sourcePorts(new QLineEdit)
    , m_exceptionIps(new QLineEdit)
    , m_actions(new QListWidget) {
    setWindowTitle(tr("Add Audit Scope"));
    auto* instance = new QLabel(instanceId.isEmpty() ? tr("(no instance selected)") : instanceId);
    instance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addField(QStringLiteral("instance_id"), tr("Audit instance:"), instance);
    addField(QStringLiteral("rule_name"), tr("&Name:"), m_name);
    addField(QStringLiteral("all_databases"), {}, m_allDatabases);
    m_databases->setMinimumHeight(90);
    addField(QStringLiteral("db_ids"), tr("&Databases:"), m_databases);
    m_users->setPlaceholderText(tr("Optional; separate accounts with commas"));
    addField(QStringLiteral("db_users"), tr("Database &users:"), m_users);
    m_sourceIps->setValidator(new IpListValidator(m_sourceIps));
    m_sourceIps->setPlaceholderText(tr("Optional; e.g. 192.168.0.10, fd00::1"));
    addField(QStringLiteral("source_ips"), tr("&Source IPs:"), m_sourceIps);
    m_sourcePorts->setValidator(new PortListValidator(m_sourcePorts));
    m_sourcePorts->setPlaceholderText(tr("Optional; e.g. 3306, 5432"));
    addField(QStringLiteral("source_ports"), tr("Source &ports:"), m_sourcePorts);
    m_exceptionIps->setValidator(new IpListValidator(m_exceptionIps));
    m_exceptionIps->setPlaceholderText(tr("Optional; addresses never audited"));
    addField(QStringLiteral("exception_ips"), tr("E&xception IPs:"), m_exceptionIps);
    for (const QString& op : api::enums::scopeActions()) {
        auto* item = new QListWidgetItem(op, m_actions);
        item->setData(Qt::UserRole, op);
        item->setCheckState(Qt::Unchecked);
    }
    m_actions->setToolTip(tr("The operations audited; none checked: every operation."));
    addField(QStringLiteral("action"), tr("Ope&rations:"), m_actions);

    connect(m_allDatabases, &QCheckBox::toggled, m_databases, &QWidget::setDisabled);
    bindAction(m_action);
    connect(m_action, &models::AuditScopeAction::succeeded, this, [this] {
        Q_EMIT submitted(m_instanceId, scope());
        accept();
    });
    connect(m_action, &models::AuditScopeAction::databasesLoaded, this, &AuditScopeDialog::showDatabases);
    connect(m_action, &models::AuditScopeAction::databasesFailed, this, [this](const api::ApiError& error) {
        showApiError(error, {});
        Q_EMIT databasesLoaded();
    });
    if (!instanceId.isEmpty())
        m_action->loadDatabases(instanceId);
}

void AuditScopeDialog::showDatabases(const QList<api::AuditDatabase>& databases) {
    m_databases->clear();
    for (const api::AuditDatabase& db : databases) {
        const QString text = QStringLiteral("%1 (%2, %3:%4)").arg(db.name, db.type, db.ip, db.port);
        auto* item = new QListWidgetItem(text, m_databases);
        item->setData(Qt::UserRole, db.id);
        item->setData(kNameRole, db.name);
        item->setCheckState(Qt::Unchecked);
    }
    Q_EMIT databasesLoaded();
}

api::NewAuditScope AuditScopeDialog::scope() const {
    api::NewAuditScope s;
    s.ruleName = m_name->text().trimmed();
    if (m_allDatabases->isChecked()) {
        s.dbIds = QStringList{api::enums::kAllDbIds};
        s.dbNames = QStringList{api::enums::kAllDbNames};
    } else {
        s.dbIds = checkedData(m_databases, Qt::UserRole);
        s.dbNames = checkedData(m_databases, kNameRole);
    }
    s.dbUsers = api::splitList(m_users->text());
    s.sourceIps = api::splitList(m_sourceIps->text());
    s.sourcePorts = api::splitList(m_sourcePorts->text());
    s.exceptionIps = api::splitList(m_exceptionIps->text());
    s.actions = checkedData(m_actions, Qt::UserRole);
    return s;
}

void AuditScopeDialog::submit() {
    m_action->submit(m_instanceId, scope());
}

} // namespace dbss::views
