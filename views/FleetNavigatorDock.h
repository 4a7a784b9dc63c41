#pragma once

#include <QDockWidget>

class QIdentityProxyModel;
class QLabel;
class QPushButton;
class QTreeView;

namespace dbss::fleet {
class FleetModel;
}

namespace dbss::views {

// The fleet as a tree: profile › region › instance, each profile and region with its status
// counts ("3 running, 1 stopped"), an instance with its status. A profile or region that could not
// be loaded says why on its own node: a warning icon, the message as its status text (in a red
// kept readable on the palette) and as its tool tip; the other nodes load on. Selecting an
// instance emits instanceActivated with its tree index (the window's docks follow it).
class FleetNavigatorDock : public QDockWidget {
    Q_OBJECT
public:
    explicit FleetNavigatorDock(fleet::FleetModel* fleet, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QString progressText() const;
    // The tree's index (of the fleet model) of the current row, or invalid.
    QModelIndex currentFleetIndex() const;
    // Selects an instance node (by the fleet model's index).
    void selectFleetIndex(const QModelIndex& fleetIndex);

Q_SIGNALS:
    void instanceActivated(const QModelIndex& fleetIndex);
    void refreshRequested();

private:
    void updateProgress();

    fleet::FleetModel* m_fleet;
    QIdentityProxyModel* m_decorations;
    QTreeView* m_view;
    QLabel* m_progress;
    QPushButton* m_refresh;
    QPushButton* m_stop;
};

} // namespace dbss::views
