#include "views/ReachActions.h"

#include "models/CreatedHistory.h"
#include "models/InstanceFollower.h"
#include "models/api/Connections.h"
#include "models/api/InstanceJobs.h"
#include "models/tables/InstanceJobsModel.h"
#include "models/tables/InstancesModel.h"
#include "views/CreatedResultDialog.h"
#include "views/InstanceDocks.h"
#include "views/InstanceTagFilter.h"
#include "views/MainWindow.h"
#include "views/TableDock.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace dbss::views {

ReachActions::ReachActions(api::ApiClient* client, MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_follower(new models::InstanceFollower(window->instancesModel(), this))
    , m_jobs(new models::InstanceJobsModel(client, this))
    , m_history(new models::CreatedHistory({}, this))
    , m_jobsDock(new TableDock(tr("Jobs"), QStringLiteral("InstanceJobsDock"), m_jobs, window))
    , m_jobsSummary(new QLabel)
    , m_tagFilter(new InstanceTagFilter(client, window->instancesDock()))
    , m_followLabel(new QLabel) {
    // Jobs of the selected instance, a tab beside its databases and rules.
    m_jobsDock->setEmptyText(tr("No creation jobs for this instance."));
    m_jobsSummary->setObjectName(QStringLiteral("jobsSummary"));
    m_jobsDock->addToolWidget(m_jobsSummary);
    window->tabifyDockWidget(window->instanceDocks()->databasesDock(), m_jobsDock);
    window->instanceDocks()->databasesDock()->raise();
    auto updateSummary = [this] {
        m_jobsSummary->setText(m_jobs->summary());
    };
    connect(m_jobs, &models::RemoteTableModel::loadingChanged, this, updateSummary);
    connect(m_jobs, &models::InstanceJobsModel::followingChanged, this, updateSummary);
    // A job that settles changes the instance's state: show it.
    connect(m_jobs, &models::InstanceJobsModel::settled, window->instancesModel(),
            &models::InstancesModel::refresh);
    updateSummary();

    window->instancesDock()->addToolWidget(m_tagFilter);

    m_followLabel->setObjectName(QStringLiteral("followLabel"));
    window->statusBar()->addPermanentWidget(m_followLabel);
    connect(m_follower, &models::InstanceFollower::followingChanged, this,
            [this] { m_followLabel->setText(m_follower->statusText()); });
    connect(m_follower, &models::InstanceFollower::settled, this, [this](const QStringList& names) {
        m_window->statusBar()->showMessage(tr("%1: settled.").arg(names.join(QStringLiteral(", "))), 8000);
        if (!m_jobs->resourceId().isEmpty())
            m_jobs->refresh();
    });

    QTableView* view = window->instancesDock()->view();
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReachActions::onInstanceSelected);
}

void ReachActions::addToMenus(QMenu* connections, QMenu* view) {
    connections->addSeparator();
    connections->addAction(tr("Created by This &Console…"), this, &ReachActions::showHistory);
    if (view)
        view->addAction(m_jobsDock->toggleViewAction());
}

void ReachActions::onInstanceSelected() {
    const QModelIndex current = m_window->instancesDock()->view()->currentIndex();
    if (!current.isValid())
        return;
    const auto* dock = m_window->instancesDock();
    if (const api::AuditInstance* instance =
            m_window->instancesModel()->instance(dock->proxy()->mapToSource(current).row()))
        m_jobs->setResource(instance->resourceId);
}

void ReachActions::remember(const QString& kind, const QString& id, const QString& name,
                            const QString& details) {
    if (id.isEmpty())
        return;
    if (!m_history->add({QDateTime::currentDateTimeUtc(), kind, id, name, details}))
        m_window->statusBar()->showMessage(
            tr("Could not keep %1 in the local history: %2").arg(id, m_history->errorString()), 8000);
}

void ReachActions::orderPlaced(const api::PeriodOrderResponse& response, const QString& name) {
    remember(QStringLiteral("instance_order"), response.orderId, name, {});
    m_follower->expect(name);
    m_window->statusBar()->showMessage(
        tr("Order for %1 placed; the instance appears while it is being created.").arg(name), 8000);
    (new CreatedResultDialog(tr("Instance Ordered"),
                             tr("The order for %1 was placed. The console follows the new instance until "
                                "it is running; its creation job shows under Jobs.")
                                 .arg(name),
                             {{tr("Order ID:"), response.orderId}, {tr("Instance name:"), name}}, m_window))
        ->show();
}

void ReachActions::drsCreated(const api::DrsConnection& c) {
    const QString details =
        tr("%1 %2:%3 as %4").arg(c.dbType, c.endpointIp, c.endpointPort, c.endpointUser).trimmed();
    remember(QStringLiteral("drs_connection"), c.connectionId, c.name, details);
    m_window->statusBar()->showMessage(tr("DRS connection %1 created.").arg(c.connectionId), 8000);
    (new CreatedResultDialog(tr("DRS Connection Created"),
                             tr("DRS has no list of connections this console can read back: the id is kept "
                                "under Connections > Created by This Console."),
                             {{tr("Connection ID:"), c.connectionId}, {tr("Name:"), c.name}}, m_window))
        ->show();
}

void ReachActions::dasCreated(const QString& dbInstanceId, const api::DasConnection& c) {
    remember(QStringLiteral("das_connection"), c.connectionId, dbInstanceId, {});
    m_window->statusBar()->showMessage(tr("DAS connection %1 created.").arg(c.connectionId), 8000);
    (new CreatedResultDialog(
         tr("DAS Connection Created"), tr("The id is kept under Connections > Created by This Console."),
         {{tr("Connection ID:"), c.connectionId}, {tr("DB instance:"), dbInstanceId}}, m_window))
        ->show();
}

void ReachActions::showHistory() {
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("createdHistoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Created by This Console"));
    dialog->resize(760, 360);
    auto* layout = new QVBoxLayout(dialog);
    auto* note = new QLabel(tr("Connections and orders created from this computer (no passwords are kept). "
                               "Stored in %1.")
                                .arg(m_history->path()));
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(note);
    auto* table = new QTableView;
    table->setModel(m_history);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("&Copy ID"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, dialog, [table] {
        const QModelIndex i = table->currentIndex();
        if (i.isValid())
            QApplication::clipboard()->setText(i.data(Qt::UserRole).toString());
    });
    QPushButton* clear = buttons->addButton(tr("C&lear History"), QDialogButtonBox::DestructiveRole);
    connect(clear, &QPushButton::clicked, dialog, [this, dialog] {
        if (QMessageBox::question(dialog, dialog->windowTitle(),
                                  tr("Forget every entry? The connections and orders themselves stay.")) ==
            QMessageBox::Yes)
            m_history->clear();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->show();
}

} // namespace dbss::views
