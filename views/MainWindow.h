#pragma once

#include <QByteArray>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace dbss::api {
class ApiClient;
struct RequestLogEntry;
} // namespace dbss::api
namespace dbss::models {
class ChangeHistoryModel;
class InstanceControl;
class InstancesModel;
class RequestLogModel;
} // namespace dbss::models

namespace dbss::views {

class DetailsPane;
class ExportController;
class SubmitDialog;
class InstanceDocks;
class ReachActions;
class PaneNavigator;
class PolicyActions;
class TableDock;

// The console's main window: the instance navigator on the left, the selected instance's
// resources and rules as tabbed docks, the selected row's details, the request log; menus and
// toolbar for refresh, export and every add form; a status bar with the connection and the last
// request's result. Layout and table headers are saved in QSettings and can be reset.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(api::ApiClient* client, const QString& profileName, QWidget* parent = nullptr);
    ~MainWindow() override;

    models::InstancesModel* instancesModel() const { return m_instances; }
    TableDock* instancesDock() const { return m_instancesDock; }
    TableDock* requestLogDock() const { return m_requestLogDock; }
    models::RequestLogModel* requestLog() const { return m_requestLog; }
    // A dock made after the window (the fleet's): in View, in F6's order, and shown by its action.
    void addPane(QDockWidget* dock);
    TableDock* changeHistoryDock() const { return m_historyDock; }
    models::ChangeHistoryModel* changeHistory() const { return m_history; }
    PaneNavigator* panes() const { return m_panes; }
    InstanceDocks* instanceDocks() const { return m_instanceDocks; }
    ExportController* exporter() const { return m_exporter; }
    ReachActions* reach() const { return m_reach; }
    PolicyActions* policy() const { return m_policy; }
    DetailsPane* detailsPane() const { return m_details; }
    QString lastRequestText() const;
    QString currentInstanceId() const;
    QList<TableDock*> tableDocks() const;
    TableDock* activeTableDock() const; // the instance tab on screen, else the table with focus

    // Profile names offered under File > Switch Profile (the current one is checked).
    void setProfileNames(const QStringList& names);
    // Offers File > Reset Sandbox (only when the embedded sandbox runs).
    void setSandboxResettable(bool on);

public Q_SLOTS:
    void refreshAll();
    void resetLayout();
    void exportActiveTable();
    void addDatabase();
    void addRdsDatabases();
    void addAuditScope();
    void createDrsConnection();
    void createDasConnection();
    void buyInstance();
    void editTags(const QString& resourceId, const QString& instanceName);
    void editSecurityGroups(const QString& instanceId, const QString& current); // the list's id

Q_SIGNALS:
    void manageProfilesRequested();
    void switchProfileRequested(const QString& name);
    void resetSandboxRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void childEvent(QChildEvent* event) override;

private:
    void showWholeTabTitles();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar(const QString& profileName);
    void restoreLayout();
    void saveLayout() const;
    void onInstanceSelected();
    void showRowDetails(TableDock* dock);
    void onRequestLogged(const api::RequestLogEntry& entry);
    void showMessage(const QString& text);
    bool requireInstance();
    void labelInstance(SubmitDialog* dialog) const; // "name (id)" instead of a bare id
    void showAbout();
    void showInstanceMenu(const QPoint& pos);
    void followFocus(QWidget* now);
    void showShortcuts();
    void showUserGuide();
    void fitScreen();
    QString instanceNameOf(const QString& url) const;
    TableDock* switchTarget() const; // the focused table if it has switches, else the instance tab

    api::ApiClient* m_client;
    QString m_profileName;
    QString m_instanceName;
    models::InstancesModel* m_instances;
    TableDock* m_instancesDock;
    InstanceDocks* m_instanceDocks;
    models::RequestLogModel* m_requestLog;
    TableDock* m_requestLogDock;
    models::ChangeHistoryModel* m_history;
    TableDock* m_historyDock;
    PaneNavigator* m_panes = nullptr;
    DetailsPane* m_details;
    QDockWidget* m_detailsDock;
    ExportController* m_exporter;
    models::InstanceControl* m_instanceControl;
    ReachActions* m_reach = nullptr;
    PolicyActions* m_policy = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_afterPanes = nullptr; // the View menu's separator after the panes
    QMenu* m_profilesMenu = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportRulesAction = nullptr;
    QAction* m_addDatabaseAction = nullptr;
    QAction* m_addRdsAction = nullptr;
    QAction* m_addScopeAction = nullptr;
    QAction* m_drsAction = nullptr;
    QAction* m_dasAction = nullptr;
    QAction* m_buyAction = nullptr;
    QAction* m_profilesAction = nullptr;
    QAction* m_switchOnAction = nullptr;
    QAction* m_switchOffAction = nullptr;
    QAction* m_resetSandboxAction = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_lastRequestLabel = nullptr;
    QByteArray m_defaultState;
};

} // namespace dbss::views
