#include "views/FleetDocks.h"

#include "models/api/ApiClient.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetOverviewModel.h"
#include "models/tables/InstancesModel.h"
#include "models/tables/RequestLogModel.h"
#include "views/ExportController.h"
#include "views/FleetNavigatorDock.h"
#include "views/InstanceDocks.h"
#include "views/MainWindow.h"
#include "views/ReadableColors.h"
#include "views/TableDock.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace dbss::views {

using fleet::FleetModel;
using fleet::FleetOverviewModel;

namespace {
// The overview's Status column in words ("Running"), as the Instances list shows it.
class StatusWords : public ReadableColorDelegate {
public:
    using ReadableColorDelegate::ReadableColorDelegate;
    QString displayText(const QVariant& value, const QLocale&) const override {
        return models::InstancesModel::statusText(value.toString());
    }
};
} // namespace

FleetDocks::FleetDocks(MainWindow* window, fleet::FleetConfigLoader loader, ProfileList profiles)
    : QObject(window)
    , m_window(window)
    , m_loader(std::move(loader))
    , m_profiles(std::move(profiles))
    , m_fleet(new FleetModel(this))
    , m_overview(new FleetOverviewModel(m_fleet, this))
    , m_navigator(new FleetNavigatorDock(m_fleet, window))
    , m_overviewDock(
          new TableDock(tr("Fleet Overview"), QStringLiteral("FleetOverviewDock"), m_overview, window)) {
    m_overviewDock->setEmptyText(tr("No instances in the fleet's accounts and regions."));
    QTableView* table = m_overviewDock->view();
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setItemDelegateForColumn(FleetOverviewModel::StatusColumn, new StatusWords(table));
    // Sized to the counts and headers once they are all in (not to the first rows' "-").
    connect(m_overview, &FleetOverviewModel::finished, this, [this, table] {
        if (std::exchange(m_sized, true))
            return;
        table->resizeColumnsToContents();
        table->horizontalHeader()->resizeSection(FleetOverviewModel::ErrorColumn, 320);
    });

    // Left beside the instances of the window's profile; the overview beside the request log.
    window->tabifyDockWidget(window->instancesDock(), m_navigator);
    window->tabifyDockWidget(window->requestLogDock(), m_overviewDock);
    window->addPane(m_navigator);
    window->addPane(m_overviewDock);
    window->instancesDock()->raise();
    window->requestLogDock()->raise();

    connect(m_navigator, &FleetNavigatorDock::instanceActivated, this, &FleetDocks::showInstance);
    connect(m_navigator, &FleetNavigatorDock::refreshRequested, this, &FleetDocks::reload);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const int row = m_overviewDock->proxy()->mapToSource(current).row();
                m_navigator->selectFleetIndex(m_overview->fleetIndex(row)); // emits instanceActivated
            });
    connect(m_overviewDock, &TableDock::exportRequested, this,
            [this](bool selectionOnly) { m_window->exporter()->exportDock(m_overviewDock, selectionOnly); });
    // Every request of the window is in its request log, the fleet's clients' too.
    connect(m_fleet, &FleetModel::clientCreated, window->requestLog(), &models::RequestLogModel::addClient);
    connect(m_fleet, &FleetModel::clientAboutToBeRemoved, this, [this](api::ApiClient* client) {
        InstanceDocks* docks = m_window->instanceDocks();
        if (docks->client() == client) // back to the window's own account, nothing shown
            docks->setInstance(QString(), QString());
    });
    reload();
}

void FleetDocks::reload() {
    m_fleet->load(m_profiles(), m_loader);
}

void FleetDocks::showInstance(const QModelIndex& fleetIndex) {
    const fleet::FleetInstanceRef ref = m_fleet->instanceAt(fleetIndex);
    if (!ref.isValid())
        return;
    m_window->instanceDocks()->setInstance(ref.instanceId, ref.instanceName, ref.client);
    m_window->setWindowTitle(tr("%1 — %2 (%3, %4)")
                                 .arg(m_window->windowTitle().section(QStringLiteral(" — "), 0, 0),
                                      ref.instanceName, ref.profile, ref.region));
}

} // namespace dbss::views
