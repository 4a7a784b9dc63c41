#include "views/FleetNavigatorDock.h"

#include "models/api/ApiClient.h"
#include "models/api/EndpointTable.h"
#include "models/fleet/FleetModel.h"
#include "models/tables/CellFormat.h"
#include "models/tables/InstancesModel.h"
#include "views/ReadableColors.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace dbss::views {

using fleet::FleetModel;

namespace {

// What the tree shows beyond the model's texts: the error icon and colour on a failed node, a
// status colour on instances, instance statuses in words ("Running"), and tool tips that explain.
class NodeLook : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override {
        const QString error = QIdentityProxyModel::data(index, FleetModel::ErrorRole).toString();
        const auto kind =
            FleetModel::NodeKind(QIdentityProxyModel::data(index, FleetModel::NodeKindRole).toInt());
        const bool instance = kind == FleetModel::NodeKind::Instance;
        const QString status = QIdentityProxyModel::data(index, FleetModel::InstanceStatusRole).toString();
        switch (role) {
        case Qt::DisplayRole:
            if (instance && index.column() == FleetModel::StatusColumn)
                return models::InstancesModel::statusText(status);
            if (kind == FleetModel::NodeKind::Region && index.column() == FleetModel::NameColumn)
                return api::EndpointTable::regionLabel(
                    QIdentityProxyModel::data(index, FleetModel::RegionRole).toString());
            // A profile whose regions are still listing is not "0 running": say it is loading.
            if (!instance && error.isEmpty() && index.column() == FleetModel::StatusColumn &&
                QIdentityProxyModel::data(index, FleetModel::LoadingRole).toBool()) {
                if (QIdentityProxyModel::data(index, FleetModel::TotalCountRole).toInt() == 0)
                    return FleetNavigatorDock::tr("Loading…");
                return FleetNavigatorDock::tr("%1 (loading…)")
                    .arg(QIdentityProxyModel::data(index, role).toString());
            }
            break;
        case Qt::DecorationRole:
            if (index.column() != FleetModel::NameColumn)
                break;
            if (!error.isEmpty())
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            if (instance)
                return statusColor(status);
            break;
        case Qt::ForegroundRole: // made readable on the row's background by ReadableColorDelegate
            if (!error.isEmpty() && index.column() == FleetModel::StatusColumn)
                return QColor(Qt::red);
            break;
        case Qt::ToolTipRole:
            if (!error.isEmpty())
                return kind == FleetModel::NodeKind::Profile
                           ? FleetNavigatorDock::tr("This account could not be loaded: %1").arg(error)
                           : FleetNavigatorDock::tr("This region could not be loaded: %1").arg(error);
            if (instance)
                return FleetNavigatorDock::tr("%1 (%2): %3")
                    .arg(QIdentityProxyModel::data(index.siblingAtColumn(0), Qt::DisplayRole).toString(),
                         QIdentityProxyModel::data(index, FleetModel::InstanceIdRole).toString(),
                         models::InstancesModel::statusText(status));
            break;
        default:
            break;
        }
        return QIdentityProxyModel::data(index, role);
    }

    static QColor statusColor(const QString& status) {
        switch (fleet::classifyStatus(status)) {
        case fleet::StatusClass::Running:
            return models::cell::onOffColor(true);
        case fleet::StatusClass::Error:
            return models::cell::onOffColor(false);
        default:
            return QColor(0x88, 0x88, 0x88);
        }
    }
};

} // namespace

FleetNavigatorDock::FleetNavigatorDock(FleetModel* fleet, QWidget* parent)
    : QDockWidget(tr("Fleet"), parent)
    , m_fleet(fleet)
    , m_decorations(new NodeLook(this))
    , m_view(new QTreeView)
    , m_progress(new QLabel)
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_stop(new QPushButton(tr("Stop"))) {
    setObjectName(QStringLiteral("FleetNavigatorDock"));
    setFeatures(DockWidgetClosable | DockWidgetMovable | DockWidgetFloatable);
    m_decorations->setSourceModel(fleet);
    m_view->setObjectName(QStringLiteral("fleetTree"));
    m_view->setModel(m_decorations);
    m_view->setItemDelegate(new ReadableColorDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(FleetModel::NameColumn, QHeaderView::ResizeToContents);
    m_progress->setObjectName(QStringLiteral("fleetProgress"));
    m_refresh->setObjectName(QStringLiteral("fleetRefresh"));
    m_stop->setObjectName(QStringLiteral("fleetStop"));
    m_refresh->setToolTip(tr("Load every account and region again"));
    m_stop->setToolTip(tr("Stop loading; what has loaded stays"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_progress, 1);
    row->addWidget(m_stop);
    row->addWidget(m_refresh);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    content->setFocusProxy(m_view);
    setWidget(content);

    connect(m_refresh, &QPushButton::clicked, this, &FleetNavigatorDock::refreshRequested);
    connect(m_stop, &QPushButton::clicked, fleet, &FleetModel::stop);
    connect(fleet, &FleetModel::progressChanged, this, &FleetNavigatorDock::updateProgress);
    connect(fleet, &FleetModel::loadingChanged, this, &FleetNavigatorDock::updateProgress);
    connect(fleet, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateProgress();
    });
    // Regions arrive one by one: show their instances as they come.
    connect(fleet, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& parent) { m_view->expand(m_decorations->mapFromSource(parent)); });
    connect(fleet, &FleetModel::regionLoaded, this, [this](const QString& profile, const QString& region) {
        m_view->expand(m_decorations->mapFromSource(m_fleet->profileIndex(profile)));
        m_view->expand(m_decorations->mapFromSource(m_fleet->regionIndex(profile, region)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex index = currentFleetIndex();
        if (m_fleet->kind(index) == FleetModel::NodeKind::Instance)
            Q_EMIT instanceActivated(index);
    });
    m_view->expandAll();
    updateProgress();
}

QString FleetNavigatorDock::progressText() const {
    return m_progress->text();
}

QModelIndex FleetNavigatorDock::currentFleetIndex() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_decorations->mapToSource(current.siblingAtColumn(0)) : QModelIndex();
}

void FleetNavigatorDock::selectFleetIndex(const QModelIndex& fleetIndex) {
    const QModelIndex index = m_decorations->mapFromSource(fleetIndex);
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
}

void FleetNavigatorDock::updateProgress() {
    const fleet::StatusSummary all = m_fleet->summary({});
    const bool loading = m_fleet->isLoading();
    m_stop->setVisible(loading);
    QString text;
    if (loading)
        text = tr("Loading %1 of %2 regions…").arg(m_fleet->regionsDone()).arg(m_fleet->regionsTotal());
    else if (m_fleet->rowCount() == 0)
        text = tr("No profiles. Add one under File ▸ Profiles.");
    else
        text = tr("%n instance(s)", "", all.total());
    if (all.failedNodes > 0)
        text += tr(", %n could not be loaded", "", all.failedNodes);
    m_progress->setText(text);
}

} // namespace dbss::views
