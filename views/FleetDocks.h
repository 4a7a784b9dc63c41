#pragma once

#include "models/fleet/FleetConfig.h"

#include <QObject>

#include <functional>

namespace dbss::fleet {
class FleetModel;
class FleetOverviewModel;
} // namespace dbss::fleet

namespace dbss::views {

class FleetNavigatorDock;
class MainWindow;
class TableDock;

// The fleet in the main window: the navigator (profile › region › instance, left, beside the
// instances) and the overview table (bottom, beside the request log), over one FleetModel loaded
// from every profile. Choosing an instance in either points every instance dock at it, with the
// client of its own account and region (InstanceDocks::setInstance); a client the fleet drops
// first takes the docks back to the window's own.
class FleetDocks : public QObject {
    Q_OBJECT
public:
    using ProfileList = std::function<QList<fleet::FleetProfile>()>;
    FleetDocks(MainWindow* window, fleet::FleetConfigLoader loader, ProfileList profiles);

    fleet::FleetModel* fleet() const { return m_fleet; }
    fleet::FleetOverviewModel* overview() const { return m_overview; }
    FleetNavigatorDock* navigator() const { return m_navigator; }
    TableDock* overviewDock() const { return m_overviewDock; }

    void reload(); // the profiles as they are now, every region again
    // What choosing an instance node does (navigator, overview, tests).
    void showInstance(const QModelIndex& fleetIndex);

private:
    MainWindow* m_window;
    fleet::FleetConfigLoader m_loader;
    ProfileList m_profiles;
    fleet::FleetModel* m_fleet;
    fleet::FleetOverviewModel* m_overview;
    FleetNavigatorDock* m_navigator;
    TableDock* m_overviewDock;
    bool m_sized = false;
};

} // namespace dbss::views
