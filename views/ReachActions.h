#pragma once

#include <QObject>

class QLabel;
class QMenu;

namespace dbss::api {
class ApiClient;
struct DasConnection;
struct DrsConnection;
struct PeriodOrderResponse;
} // namespace dbss::api
namespace dbss::models {
class CreatedHistory;
class InstanceFollower;
class InstanceJobsModel;
} // namespace dbss::models

namespace dbss::views {

class InstanceTagFilter;
class MainWindow;
class TableDock;

// What the main window adds so every operation and its result stays within reach: the instance
// follower (polls transitional instances and a just-ordered one, shown in the status bar), the
// selected instance's creation jobs as a dock, the navigator's tag filter, and the results of
// forms (ids with copy) kept in the local "created by this console" history.
class ReachActions : public QObject {
    Q_OBJECT
public:
    ReachActions(api::ApiClient* client, MainWindow* window);

    // Adds the history action to Connections and the jobs dock's toggle to View.
    void addToMenus(QMenu* connections, QMenu* view);

    models::InstanceFollower* follower() const { return m_follower; }
    models::InstanceJobsModel* jobs() const { return m_jobs; }
    models::CreatedHistory* history() const { return m_history; }
    TableDock* jobsDock() const { return m_jobsDock; }
    InstanceTagFilter* tagFilter() const { return m_tagFilter; }
    QLabel* followLabel() const { return m_followLabel; }

public Q_SLOTS:
    void orderPlaced(const dbss::api::PeriodOrderResponse& response, const QString& name);
    void drsCreated(const dbss::api::DrsConnection& connection);
    void dasCreated(const QString& dbInstanceId, const dbss::api::DasConnection& connection);
    void showHistory();

private:
    void onInstanceSelected();
    void remember(const QString& kind, const QString& id, const QString& name, const QString& details);

    MainWindow* m_window;
    models::InstanceFollower* m_follower;
    models::InstanceJobsModel* m_jobs;
    models::CreatedHistory* m_history;
    TableDock* m_jobsDock;
    QLabel* m_jobsSummary;
    InstanceTagFilter* m_tagFilter;
    QLabel* m_followLabel;
};

} // namespace dbss::views
