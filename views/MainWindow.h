#pragma once

#include <QByteArray>
#include <QMainWindow>

class QLabel;
class QMenu;

namespace dbss::api {
class ApiClient;
struct RequestLogEntry;
} // namespace dbss::api
namespace dbss::models {
class InstancesModel;
class RequestLogModel;
} // namespace dbss::models

namespace dbss::views {

class DetailsPane;
class TableDock;

// The console's main window: docks around a details pane, menus, status bar with the connection
// and the last request's result. Layout is saved with saveState/restoreState in QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(api::ApiClient* client, const QString& profileName, QWidget* parent = nullptr);
    ~MainWindow() override;

    models::InstancesModel* instancesModel() const { return m_instances; }
    TableDock* instancesDock() const { return m_instancesDock; }
    TableDock* requestLogDock() const { return m_requestLogDock; }
    DetailsPane* detailsPane() const { return m_details; }
    QString lastRequestText() const;

public Q_SLOTS:
    void refreshAll();
    void resetLayout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createToolBar();
    void createStatusBar(const QString& profileName);
    void restoreLayout();
    void saveLayout() const;
    void onInstanceSelected();
    void onRequestLogged(const api::RequestLogEntry& entry);
    void showAbout();

    api::ApiClient* m_client;
    models::InstancesModel* m_instances;
    TableDock* m_instancesDock;
    models::RequestLogModel* m_requestLog;
    TableDock* m_requestLogDock;
    DetailsPane* m_details;
    QMenu* m_viewMenu = nullptr;
    QAction* m_refreshAction = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_lastRequestLabel = nullptr;
    QByteArray m_defaultState;
};

} // namespace dbss::views
