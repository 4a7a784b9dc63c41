#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAbstractItemModel;
class QComboBox;
class QMainWindow;

namespace dbss::api {
class ApiClient;
}
namespace dbss::models {
class AgentsModel;
class TableProxy;
class AuditScopesModel;
class DatabaseDeletion;
class DatabasesModel;
class MaskingRulesModel;
class OperationLogModel;
class RiskRulesModel;
class SqlInjectionRulesModel;
} // namespace dbss::models

namespace dbss::views {

class TableDock;

// The docks that show one audit instance's resources: databases, agents, the four rule lists and
// the operation log, each with its own filters. Selecting an instance in the navigator points
// them all at it.
class InstanceDocks : public QObject {
    Q_OBJECT
public:
    InstanceDocks(api::ApiClient* client, QMainWindow* window);

    // client: the instance's account and region (a fleet node's); nullptr: the window's own.
    void setInstance(const QString& instanceId, const QString& instanceName,
                     api::ApiClient* client = nullptr);
    QString instanceId() const { return m_instanceId; }
    api::ApiClient* client() const { return m_client; } // the shown instance's
    QList<TableDock*> docks() const { return m_docks; }
    void refreshAll();

    TableDock* databasesDock() const { return m_databasesDock; }
    TableDock* agentsDock() const { return m_agentsDock; }
    TableDock* scopesDock() const { return m_scopesDock; }
    TableDock* sqlInjectionDock() const { return m_sqlDock; }
    TableDock* riskRulesDock() const { return m_riskDock; }
    TableDock* maskingDock() const { return m_maskingDock; }
    TableDock* operationLogDock() const { return m_oplogDock; }

    models::DatabasesModel* databases() const { return m_databases; }
    models::AgentsModel* agents() const { return m_agents; }
    models::AuditScopesModel* scopes() const { return m_scopes; }
    models::RiskRulesModel* riskRules() const { return m_risk; }
    models::OperationLogModel* operationLog() const { return m_oplog; }
    models::DatabaseDeletion* databaseDeletion() const { return m_deletion; }

    // Asks, then deletes the databases selected in the Databases dock (false: nothing selected
    // or the user said no). confirm=false skips the question (tests).
    bool deleteSelectedDatabases(bool confirm = true);

Q_SIGNALS:
    void message(const QString& text); // for the status bar

private:
    TableDock* addDock(const QString& title, const QString& objectName, QAbstractItemModel* model,
                       const QString& emptyText, models::TableProxy* proxy = nullptr);
    void addDatabaseFilters();
    void addRiskRuleFilters();
    void addSqlInjectionFilters();
    void addOperationLogFilters();
    // InstanceDocksTools.cpp: the agents' database scope, database deletion, the operation log's
    // custom range and its "N of M rows" with Load all.
    void addAgentDatabaseFilter();
    void addDatabaseDeletion();
    void addOperationLogRange(QComboBox* presets);
    void addOperationLogCount();

    QMainWindow* m_window;
    api::ApiClient* m_ownClient;
    api::ApiClient* m_client;
    QString m_instanceId;
    QList<TableDock*> m_docks;
    QList<std::function<void(const QString&, api::ApiClient*)>> m_setInstance;

    models::DatabasesModel* m_databases;
    models::AgentsModel* m_agents;
    models::AuditScopesModel* m_scopes;
    models::SqlInjectionRulesModel* m_sql;
    models::RiskRulesModel* m_risk;
    models::MaskingRulesModel* m_masking;
    models::OperationLogModel* m_oplog;
    models::DatabaseDeletion* m_deletion;
    QComboBox* m_agentDatabase = nullptr;
    TableDock* m_databasesDock = nullptr;
    TableDock* m_agentsDock = nullptr;
    TableDock* m_scopesDock = nullptr;
    TableDock* m_sqlDock = nullptr;
    TableDock* m_riskDock = nullptr;
    TableDock* m_maskingDock = nullptr;
    TableDock* m_oplogDock = nullptr;
};

} // namespace dbss::views
