#include "views/InstanceDocks.h"

#include "models/actions/DatabaseDeletion.h"
#include "models/tables/AgentsModel.h"
#include "models/tables/AuditScopesModel.h"
#include "models/tables/DatabasesModel.h"
#include "models/tables/MaskingRulesModel.h"
#include "models/tables/OperationLogModel.h"
#include "models/tables/OperationLogProxy.h"
#include "models/tables/RiskRulesModel.h"
#include "models/tables/SqlInjectionRulesModel.h"
#include "views/ActivityChart.h"
#include "views/TableDock.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace dbss::views {

namespace {

// A drop-down of risk levels as checkable actions; `changed` gets the checked API values. The
// SQL-injection list takes HIGH, MEDIUM and LOW only (the service refuses NO_RISK with 400).
QToolButton* riskLevelButton(QWidget* parent, bool withNoRisk,
                             const std::function<void(const QStringList&)>& changed) {
    auto* button = new QToolButton(parent);
    button->setText(QObject::tr("Risk levels"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    QList<QPair<QString, QString>> levels{{QStringLiteral("HIGH"), QObject::tr("High")},
                                          {QStringLiteral("MEDIUM"), QObject::tr("Medium")},
                                          {QStringLiteral("LOW"), QObject::tr("Low")}};
    if (withNoRisk)
        levels << QPair<QString, QString>{QStringLiteral("NO_RISK"), QObject::tr("No risk")};
    for (const auto& [value, label] : levels) {
        QAction* a = menu->addAction(label);
        a->setCheckable(true);
        a->setData(value);
    }
    QObject::connect(menu, &QMenu::triggered, button, [menu, button, changed] {
        QStringList checked;
        QStringList labels;
        for (QAction* a : menu->actions())
            if (a->isChecked()) {
                checked << a->data().toString();
                labels << a->text();
            }
        // A count, not the list: the button keeps its width and is never cut (the list is the tip).
        button->setText(checked.isEmpty() ? QObject::tr("Risk levels")
                                          : QObject::tr("Risk levels (%1)").arg(checked.size()));
        button->setToolTip(labels.join(QStringLiteral(", ")));
        changed(checked);
    });
    button->setMenu(menu);
    button->setText(QObject::tr("Risk levels (%1)").arg(levels.size()));
    button->setMinimumWidth(button->sizeHint().width()); // the widest it ever gets
    button->setText(QObject::tr("Risk levels"));
    return button;
}

} // namespace

InstanceDocks::InstanceDocks(api::ApiClient* client, QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_ownClient(client)
    , m_client(client)
    , m_databases(new models::DatabasesModel(client, this))
    , m_agents(new models::AgentsModel(client, this))
    , m_scopes(new models::AuditScopesModel(client, this))
    , m_sql(new models::SqlInjectionRulesModel(client, this))
    , m_risk(new models::RiskRulesModel(client, this))
    , m_masking(new models::MaskingRulesModel(client, this))
    , m_oplog(new models::OperationLogModel(client, this))
    , m_deletion(new models::DatabaseDeletion(client, this)) {
    m_databasesDock = addDock(tr("Databases"), QStringLiteral("DatabasesDock"), m_databases,
                              tr("No databases in this instance. Add one with Add Database."));
    m_agentsDock =
        addDock(tr("Agents"), QStringLiteral("AgentsDock"), m_agents, tr("No agents in this instance."));
    m_scopesDock = addDock(tr("Audit Scopes"), QStringLiteral("AuditScopesDock"), m_scopes,
                           tr("No audit scopes. Add one with Add Audit Scope."));
    m_sqlDock = addDock(tr("SQL Injection Rules"), QStringLiteral("SqlInjectionDock"), m_sql,
                        tr("No SQL injection rules match."));
    m_riskDock =
        addDock(tr("Risk Rules"), QStringLiteral("RiskRulesDock"), m_risk, tr("No risk rules match."));
    m_maskingDock = addDock(tr("Masking Rules"), QStringLiteral("MaskingRulesDock"), m_masking,
                            tr("No privacy masking rules."));
    m_oplogDock = addDock(tr("Operation Log"), QStringLiteral("OperationLogDock"), m_oplog,
                          tr("No operations in this time range."),
                          new models::OperationLogProxy); // sorts and filters a million rows

    m_setInstance = {
        [this](const QString& id, api::ApiClient* c) { m_databases->setInstance(id, c); },
        [this](const QString& id, api::ApiClient* c) {
            m_agentDatabase->setCurrentIndex(0);             // another instance: all of its agents
            m_agents->InstanceRowsModel::setInstance(id, c); // the database filter was just reset
        },
        [this](const QString& id, api::ApiClient* c) { m_scopes->setInstance(id, c); },
        [this](const QString& id, api::ApiClient* c) { m_sql->setInstance(id, c); },
        [this](const QString& id, api::ApiClient* c) { m_risk->setInstance(id, c); },
        [this](const QString& id, api::ApiClient* c) { m_masking->setInstance(id, c); },
        [this](const QString& id, api::ApiClient* c) { m_oplog->setInstance(id, c); },
    };

    addDatabaseFilters();
    addRiskRuleFilters();
    addSqlInjectionFilters();
    addOperationLogFilters();
    addAgentDatabaseFilter();
    addDatabaseDeletion();
    addOperationLogCount();
    ActivityChart::addTo(m_oplogDock, m_oplog); // above the log's table

    // One tab group right of the navigator: the instance's resources, its rules and its log.
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_databasesDock);
    for (TableDock* dock : std::as_const(m_docks))
        if (dock != m_databasesDock)
            m_window->tabifyDockWidget(m_databasesDock, dock);
    m_databasesDock->raise();
}

TableDock* InstanceDocks::addDock(const QString& title, const QString& objectName, QAbstractItemModel* model,
                                  const QString& emptyText, models::TableProxy* proxy) {
    auto* dock = new TableDock(title, objectName, model, m_window, proxy);
    dock->setEmptyText(emptyText);
    m_docks.append(dock);
    return dock;
}

void InstanceDocks::setInstance(const QString& instanceId, const QString& instanceName,
                                api::ApiClient* client) {
    if (!client)
        client = m_ownClient;
    if (instanceId == m_instanceId && client == m_client)
        return;
    m_instanceId = instanceId;
    m_client = client;
    m_deletion->setClient(client);
    for (const auto& set : std::as_const(m_setInstance))
        set(instanceId, client);
    for (TableDock* dock : std::as_const(m_docks)) {
        const QString base = dock->property("baseTitle").toString().isEmpty()
                                 ? dock->windowTitle()
                                 : dock->property("baseTitle").toString();
        dock->setProperty("baseTitle", base);
        dock->setToolTip(instanceName.isEmpty() ? base : tr("%1 of %2").arg(base, instanceName));
    }
}

void InstanceDocks::refreshAll() {
    if (m_instanceId.isEmpty())
        return;
    m_databases->refresh();
    m_agents->refresh();
    m_scopes->refresh();
    m_sql->refresh();
    m_risk->refresh();
    m_masking->refresh();
    m_oplog->refresh();
}

void InstanceDocks::addDatabaseFilters() {
    auto* status = new QComboBox;
    status->setObjectName(QStringLiteral("databaseStatusFilter"));
    status->addItem(tr("Any audit status"), QString());
    status->addItem(tr("Audit on"), QStringLiteral("ON"));
    status->addItem(tr("Audit off"), QStringLiteral("OFF"));
    connect(status, &QComboBox::currentIndexChanged, this,
            [this, status] { m_databases->setStatusFilter(status->currentData().toString()); });
    m_databasesDock->addToolWidget(status);
}

void InstanceDocks::addRiskRuleFilters() {
    // The API filters by name and risk levels; the filter field above still filters what is loaded.
    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("riskRuleNameFilter"));
    name->setPlaceholderText(tr("Rule name (server)"));
    name->setClearButtonEnabled(true);
    name->setMinimumWidth(name->fontMetrics().horizontalAdvance(name->placeholderText()) +
                          40); // + clear button
    auto* levels = riskLevelButton(m_riskDock, true, [](const QStringList&) {});
    auto apply = [this, name, levels] {
        QStringList checked;
        for (QAction* a : levels->menu()->actions())
            if (a->isChecked())
                checked << a->data().toString();
        m_risk->setFilter(name->text().trimmed(), checked);
    };
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, apply);
    connect(name, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(levels->menu(), &QMenu::triggered, this, apply);
    m_riskDock->addToolWidget(name);
    m_riskDock->addToolWidget(levels);
}

void InstanceDocks::addSqlInjectionFilters() {
    m_sqlDock->addToolWidget(riskLevelButton(
        m_sqlDock, false, [this](const QStringList& levels) { m_sql->setRiskLevels(levels); }));
}

void InstanceDocks::addOperationLogFilters() {
    auto* range = new QComboBox;
    range->setObjectName(QStringLiteral("operationLogRange"));
    const QList<QPair<QString, QString>> presets{{QStringLiteral("HALF_HOUR"), tr("Last 30 minutes")},
                                                 {QStringLiteral("HOUR"), tr("Last hour")},
                                                 {QStringLiteral("THREE_HOUR"), tr("Last 3 hours")},
                                                 {QStringLiteral("TWELVE_HOUR"), tr("Last 12 hours")},
                                                 {QStringLiteral("DAY"), tr("Last day")},
                                                 {QStringLiteral("WEEK"), tr("Last week")},
                                                 {QStringLiteral("MONTH"), tr("Last month")}};
    for (const auto& [value, label] : presets)
        range->addItem(label, value);
    range->setCurrentIndex(range->findData(QStringLiteral("WEEK")));
    m_oplog->setTimeRange(QStringLiteral("WEEK"));
    connect(range, &QComboBox::currentIndexChanged, this, [this, range] {
        if (!range->currentData().toString().isEmpty()) // else the custom range row applies
            m_oplog->setTimeRange(range->currentData().toString());
    });

    auto* result = new QComboBox;
    result->setObjectName(QStringLiteral("operationLogResult"));
    result->addItem(tr("Any result"), QString());
    result->addItem(tr("Succeeded"), QStringLiteral("success"));
    result->addItem(tr("Failed"), QStringLiteral("fail"));
    connect(result, &QComboBox::currentIndexChanged, this,
            [this, result] { m_oplog->setResultFilter(result->currentData().toString()); });

    auto* user = new QLineEdit;
    user->setPlaceholderText(tr("User"));
    user->setClearButtonEnabled(true);
    user->setMaximumWidth(120);
    auto* operation = new QLineEdit;
    operation->setPlaceholderText(tr("Operation"));
    operation->setClearButtonEnabled(true);
    operation->setMaximumWidth(140);
    connect(user, &QLineEdit::editingFinished, this,
            [this, user] { m_oplog->setUserFilter(user->text().trimmed()); });
    connect(operation, &QLineEdit::editingFinished, this,
            [this, operation] { m_oplog->setOperationFilter(operation->text().trimmed()); });

    m_oplogDock->addToolWidget(range);
    addOperationLogRange(range);
    m_oplogDock->addToolWidget(user);
    m_oplogDock->addToolWidget(operation);
    m_oplogDock->addToolWidget(result);
}

} // namespace dbss::views
