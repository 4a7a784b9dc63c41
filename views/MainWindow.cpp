#include "views/MainWindow.h"

#include "models/OperationNames.h"
#include "models/actions/InstanceControl.h"
#include "models/api/ApiClient.h"
#include "models/api/EndpointTable.h"
#include "models/tables/ChangeHistoryModel.h"
#include "models/tables/InstancesModel.h"
#include "models/tables/RequestLogModel.h"
#include "models/tables/RiskRulesModel.h"
#include "views/AddDatabaseDialog.h"
#include "views/AddRdsDatabasesDialog.h"
#include "views/AuditScopeDialog.h"
#include "views/BuyInstanceWizard.h"
#include "views/Confirm.h"
#include "views/DasConnectionDialog.h"
#include "views/DetailsPane.h"
#include "views/DrsConnectionDialog.h"
#include "views/ExportController.h"
#include "views/InstanceDocks.h"
#include "views/Notifier.h"
#include "views/PaneNavigator.h"
#include "views/PolicyActions.h"
#include "views/ReachActions.h"
#include "views/ReadableColors.h"
#include "views/SecurityGroupsDialog.h"
#include "views/Shortcuts.h"
#include "views/ShortcutsDialog.h"
#include "views/SubmitDialog.h"
#include "views/TableDock.h"
#include "views/TagsDialog.h"
#include "views/UserGuideDialog.h"

#include <DbssVersion.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace dbss::views {

namespace {
constexpr int kLayoutVersion = 2; // bump when docks change so an old saved state is not applied
const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");
} // namespace

MainWindow::MainWindow(api::ApiClient* client, const QString& profileName, QWidget* parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_profileName(profileName)
    , m_instances(new models::InstancesModel(client, this))
    , m_instancesDock(new TableDock(tr("Instances"), QStringLiteral("InstancesDock"), m_instances, this))
    , m_instanceDocks(new InstanceDocks(client, this))
    , m_requestLog(new models::RequestLogModel(client, this))
    , m_requestLogDock(new TableDock(tr("Request Log"), QStringLiteral("RequestLogDock"), m_requestLog, this))
    , m_history(new models::ChangeHistoryModel(client, this))
    , m_historyDock(new TableDock(tr("Change History"), QStringLiteral("ChangeHistoryDock"), m_history, this))
    , m_details(new DetailsPane(this))
    , m_detailsDock(new QDockWidget(tr("Details"), this))
    , m_exporter(new ExportController(client, this))
    , m_instanceControl(new models::InstanceControl(client, this)) {
    setWindowTitle(profileName); // the application's name is added by the platform
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    // Every pane is a dock (movable, closable, restorable); the central widget only holds space.
    auto* central = new QWidget(this);
    central->hide();
    setCentralWidget(central);

    m_instancesDock->setEmptyText(tr("No audit instances in this project."));
    addDockWidget(Qt::LeftDockWidgetArea, m_instancesDock);
    QTableView* view = m_instancesDock->view();
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->resizeSection(int(models::InstancesModel::Column::Name), 160);
    view->horizontalHeader()->resizeSection(int(models::InstancesModel::Column::Status), 95);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onInstanceSelected);
    // The navigator has its own menu: instance actions instead of the generic table menu.
    disconnect(view, &QWidget::customContextMenuRequested, nullptr, nullptr);
    connect(view, &QWidget::customContextMenuRequested, this, &MainWindow::showInstanceMenu);
    connect(m_instanceControl, &models::InstanceControl::finished, this,
            [this](bool ok, const QString& message) {
                showMessage(message);
                Notifier::of(this)->notifyIfInactive(tr("Instance"), message);
                if (!ok)
                    QMessageBox::warning(this, tr("Instance"), message);
                m_instances->refresh();
            });
    connect(m_instances, &models::InstancesModel::refreshed, this, [this, view] {
        if (view->currentIndex().isValid() || view->model()->rowCount() == 0)
            return;
        int row = 0; // the first running instance, else the first one
        for (int r = view->model()->rowCount() - 1; r >= 0; --r)
            if (view->model()->index(r, 0).data(models::InstancesModel::StatusRole) ==
                QLatin1String("ACTIVE"))
                row = r;
        view->selectRow(row);
    });

    // Details of the selected row under the navigator; the instance's tabs fill the right.
    m_details->clear(tr("Select a row to see its details"));
    m_details->setRiskRules(m_instanceDocks->riskRulesDock(), m_instanceDocks->riskRules());
    m_detailsDock->setObjectName(QStringLiteral("DetailsDock"));
    m_detailsDock->setWidget(m_details);
    splitDockWidget(m_instancesDock, m_detailsDock, Qt::Vertical);

    m_requestLogDock->setEmptyText(tr("No requests yet."));
    m_requestLogDock->view()->sortByColumn(int(models::RequestLogModel::Column::Time), Qt::DescendingOrder);
    m_requestLogDock->view()->horizontalHeader()->resizeSection(int(models::RequestLogModel::Column::Url),
                                                                420);
    addDockWidget(Qt::BottomDockWidgetArea, m_requestLogDock);
    // What this window changed, beside the request log (the same source, only the changes, named).
    m_history->setInstanceNamer([this](const QString& url) { return instanceNameOf(url); });
    m_historyDock->setEmptyText(tr("No changes made in this window yet."));
    m_historyDock->view()->sortByColumn(int(models::ChangeHistoryModel::Column::Time), Qt::DescendingOrder);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_requestLogDock, m_historyDock);
    m_requestLogDock->raise();

    for (TableDock* dock : tableDocks()) {
        connect(dock->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this, dock] { showRowDetails(dock); });
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (visible && dock->isAncestorOf(QApplication::focusWidget()))
                m_details->follow(dock);
        });
        connect(dock, &TableDock::exportRequested, this,
                [this, dock](bool selectionOnly) { m_exporter->exportDock(dock, selectionOnly); });
    }
    connect(m_exporter, &ExportController::finished, this,
            [this](bool, const QString& m) { showMessage(m); });

    m_reach = new ReachActions(client, this); // jobs, follower, tag filter, created history
    m_policy = new PolicyActions(client, this);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { followFocus(now); });

    QList<QDockWidget*> panes{m_instancesDock, m_detailsDock};
    for (TableDock* dock : m_instanceDocks->docks())
        panes << dock;
    panes << m_reach->jobsDock() << m_requestLogDock << m_historyDock;
    m_panes = new PaneNavigator(this, panes);
    m_panes->dockActions().last()->setShortcut(keys::changeHistory());

    createActions();
    createMenus();
    createToolBar();
    createStatusBar(profileName);
    connect(m_client, &api::ApiClient::requestLogged, this, &MainWindow::onRequestLogged);

    resize(1440, 900);
    restoreLayout();
    fitScreen();
    // Quitting without closing the window (a signal, the session ending) still keeps the layout.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveLayout);
    m_instances->refresh();
}

MainWindow::~MainWindow() {
    // Children (models) cancel their requests as they are deleted; the client must not report
    // those to this half-destroyed window.
    disconnect(m_client, nullptr, this, nullptr);
}

QList<TableDock*> MainWindow::tableDocks() const {
    QList<TableDock*> docks{m_instancesDock};
    docks += m_instanceDocks->docks();
    docks << m_requestLogDock << m_historyDock;
    if (m_policy && m_policy->existingCompareDock()) // Export Table… from the comparison too
        docks << m_policy->existingCompareDock();
    return docks;
}

TableDock* MainWindow::activeTableDock() const {
    // The table on screen: the instance tab in front (what Export Table… names), wherever focus is.
    for (TableDock* dock : m_instanceDocks->docks())
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            return dock;
    for (TableDock* dock : tableDocks())
        if (dock->isAncestorOf(QApplication::focusWidget()))
            return dock;
    return m_instancesDock;
}

QString MainWindow::currentInstanceId() const {
    return m_instanceDocks->instanceId();
}

void MainWindow::createActions() {
    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshAll);

    m_exportAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export Table…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export the active table to CSV (its filter and sort apply)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportActiveTable);

    m_exportRulesAction = new QAction(tr("Export &Rule Lists…"), this);
    connect(m_exportRulesAction, &QAction::triggered, this,
            [this] { m_exporter->exportRuleLists(currentInstanceId()); });

    m_addDatabaseAction =
        new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Add &Database…"), this);
    m_addDatabaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_addDatabaseAction, &QAction::triggered, this, &MainWindow::addDatabase);
    m_addRdsAction = new QAction(tr("Add &RDS Databases…"), this);
    m_addRdsAction->setShortcut(keys::addRds());
    connect(m_addRdsAction, &QAction::triggered, this, &MainWindow::addRdsDatabases);
    m_addScopeAction =
        new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Add Audit &Scope…"), this);
    m_addScopeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_addScopeAction, &QAction::triggered, this, &MainWindow::addAuditScope);
    m_drsAction = new QAction(tr("New D&RS Connection…"), this);
    connect(m_drsAction, &QAction::triggered, this, &MainWindow::createDrsConnection);
    m_dasAction = new QAction(tr("New D&AS Connection…"), this);
    connect(m_dasAction, &QAction::triggered, this, &MainWindow::createDasConnection);

    m_buyAction = new QAction(tr("&Buy Instance…"), this);
    m_buyAction->setToolTip(tr("Order a yearly/monthly audit instance"));
    m_buyAction->setShortcut(keys::buyInstance());
    connect(m_buyAction, &QAction::triggered, this, &MainWindow::buyInstance);

    m_profilesAction = new QAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Profiles…"), this);
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::manageProfilesRequested);

    m_switchOnAction = new QAction(tr("Switch Selected &On"), this);
    m_switchOnAction->setShortcut(keys::switchOn());
    connect(m_switchOnAction, &QAction::triggered, this,
            [this] { switchTarget()->confirmAndSwitchSelected(true); });
    m_switchOffAction = new QAction(tr("Switch Selected O&ff…"), this);
    m_switchOffAction->setShortcut(keys::switchOff());
    connect(m_switchOffAction, &QAction::triggered, this,
            [this] { switchTarget()->confirmAndSwitchSelected(false); });

    m_resetSandboxAction = new QAction(tr("Reset &Sandbox…"), this);
    m_resetSandboxAction->setToolTip(tr("Throw away every change made in the sandbox and start again"));
    m_resetSandboxAction->setVisible(false);
    connect(m_resetSandboxAction, &QAction::triggered, this, &MainWindow::resetSandboxRequested);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_profilesAction);
    m_profilesMenu = file->addMenu(tr("S&witch Profile"));
    setProfileNames({m_profileName});
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_exportRulesAction);
    file->addAction(tr("Export &Change History…"), this,
                    [this] { m_exporter->exportDock(m_historyDock, false); });
    QAction* bom = file->addAction(tr("Add BOM to CSV (for spreadsheets)"));
    bom->setCheckable(true);
    bom->setChecked(m_exporter->bom());
    connect(bom, &QAction::toggled, m_exporter, &ExportController::setBom);
    m_policy->addToMenus(file, nullptr);
    file->addSeparator();
    file->addAction(m_resetSandboxAction);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* audit = menuBar()->addMenu(tr("&Audit"));
    audit->addAction(m_buyAction);
    audit->addSeparator();
    audit->addAction(m_addDatabaseAction);
    audit->addAction(m_addRdsAction);
    audit->addAction(m_addScopeAction);
    audit->addSeparator();
    audit->addAction(m_switchOnAction);
    audit->addAction(m_switchOffAction);
    m_policy->addToMenus(nullptr, audit);

    QMenu* connections = menuBar()->addMenu(tr("&Connections"));
    connections->addAction(m_drsAction);
    connections->addAction(m_dasAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    // Choosing a pane shows, raises and focuses it (a dock's own toggle would hide an open one).
    m_viewMenu->addActions(m_panes->dockActions());
    m_afterPanes = m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_panes->navigationActions());
    m_reach->addToMenus(connections, nullptr); // the jobs pane is among the panes above
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("Reset &Layout"), this, &MainWindow::resetLayout);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this, &MainWindow::showUserGuide);
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this,
                    &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(tr("&About DBSS Console"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setProfileNames(const QStringList& names) {
    m_profilesMenu->clear();
    auto* group = new QActionGroup(m_profilesMenu);
    for (const QString& name : names) {
        QAction* a = m_profilesMenu->addAction(name);
        a->setCheckable(true);
        a->setChecked(name == m_profileName);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] {
            if (name != m_profileName)
                Q_EMIT switchProfileRequested(name);
        });
    }
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_refreshAction);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(m_addDatabaseAction);
    bar->addAction(m_addScopeAction);
    bar->addSeparator();
    bar->addAction(m_profilesAction);
}

void MainWindow::createStatusBar(const QString& profileName) {
    const QString project = m_client->projectId().isEmpty() ? tr("(from region)") : m_client->projectId();
    const auto region = api::EndpointTable::region(m_client->config().region);
    const QString regionText = region ? region->label() : m_client->config().region;
    // Short enough for a 1024-pixel screen next to the last request; the rest in its tooltip.
    m_connectionLabel = new QLabel(tr("%1 · %2").arg(profileName, regionText));
    m_connectionLabel->setToolTip(
        tr("Profile: %1\nRegion: %2\nProject: %3\nEndpoint: %4")
            .arg(profileName, regionText, project, m_client->endpoint(api::Service::Dbss).toString()));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_lastRequestLabel = new QLabel(tr("No request yet"));
    m_lastRequestLabel->setObjectName(QStringLiteral("lastRequestLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_lastRequestLabel);
}

QString MainWindow::lastRequestText() const {
    return m_lastRequestLabel->text();
}

void MainWindow::onRequestLogged(const api::RequestLogEntry& entry) {
    const bool ok = entry.httpStatus >= 200 && entry.httpStatus < 300;
    QString text = tr("%1: %2 in %3 ms")
                       .arg(models::operationTitle(entry.operation),
                            entry.httpStatus ? QString::number(entry.httpStatus) : tr("no answer"))
                       .arg(entry.durationMs);
    if (!entry.errorCode.isEmpty())
        text += QLatin1Char(' ') + entry.errorCode;
    m_lastRequestLabel->setText(text);
    setErrorText(m_lastRequestLabel, !ok);
}

void MainWindow::showMessage(const QString& text) {
    statusBar()->showMessage(text, 8000);
}

void MainWindow::onInstanceSelected() {
    const QModelIndex current = m_instancesDock->view()->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_instancesDock->proxy()->mapToSource(current);
    const QString id = m_instances->data(source, models::RemoteTableModel::IdRole).toString();
    const QString name = m_instances->data(source.siblingAtColumn(0)).toString();
    m_instanceName = name;
    m_instanceDocks->setInstance(id, name);
    setWindowTitle(tr("%1 — %2").arg(m_profileName, name));
    showRowDetails(m_instancesDock);
}

void MainWindow::showRowDetails(TableDock* dock) {
    // The details follow the table being worked in: the one with focus, or this one when focus is
    // in none (a selection made by the program, e.g. the first instance at start).
    TableDock* focused = nullptr;
    for (TableDock* d : tableDocks())
        if (d->isAncestorOf(QApplication::focusWidget()))
            focused = d;
    if (!focused || focused == dock)
        m_details->follow(dock);
}

void MainWindow::followFocus(QWidget* now) {
    for (TableDock* dock : tableDocks())
        if (dock->isAncestorOf(now) && dock->view()->currentIndex().isValid()) {
            m_details->follow(dock);
            return;
        }
}

TableDock* MainWindow::switchTarget() const {
    for (TableDock* dock : tableDocks())
        if (dock->canSwitch() && dock->isAncestorOf(QApplication::focusWidget()))
            return dock;
    return activeTableDock();
}

QString MainWindow::instanceNameOf(const QString& url) const {
    // Instance ids appear as a path segment of every instance-scoped request.
    for (int r = 0; r < m_instances->rowCount(); ++r) {
        const QModelIndex index = m_instances->index(r, 0);
        const QString id = index.data(models::RemoteTableModel::IdRole).toString();
        if (!id.isEmpty() && url.contains(QLatin1Char('/') + id))
            return index.data().toString();
    }
    return {};
}

void MainWindow::setSandboxResettable(bool on) {
    m_resetSandboxAction->setVisible(on);
}

void MainWindow::fitScreen() {
    // Never larger than the screen's free area (a saved or default size may come from a bigger one).
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect free = screen->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size(); // title bar and borders
    const QSize fits(std::min(width(), free.width() - frame.width()),
                     std::min(height(), free.height() - frame.height()));
    if (fits != size())
        resize(fits);
    if (!free.contains(frameGeometry()))
        move(free.topLeft() + QPoint((free.width() - frameGeometry().width()) / 2,
                                     (free.height() - frameGeometry().height()) / 2));
}

void MainWindow::showShortcuts() {
    auto* dialog = new ShortcutsDialog(menuBar(), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showUserGuide() {
    auto* dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showInstanceMenu(const QPoint& pos) {
    QTableView* view = m_instancesDock->view();
    const QModelIndex at = view->indexAt(pos);
    QMenu menu(this);
    menu.addAction(m_refreshAction);
    if (at.isValid()) {
        const QString id = at.data(models::RemoteTableModel::IdRole).toString();
        const QString status = at.data(models::InstancesModel::StatusRole).toString();
        const QString name = at.siblingAtColumn(0).data().toString();
        menu.addSeparator();
        for (api::InstanceAction action :
             {api::InstanceAction::Start, api::InstanceAction::Stop, api::InstanceAction::Reboot}) {
            QAction* a =
                menu.addAction(models::InstanceControl::actionName(action), this, [this, action, id, name] {
                    if (action != api::InstanceAction::Start &&
                        !confirmStopAuditing(this, tr("Instance"),
                                             tr("%1 %2? Auditing pauses while it is not running.")
                                                 .arg(models::InstanceControl::actionName(action), name),
                                             models::InstanceControl::actionName(action)))
                        return;
                    m_instanceControl->run(action, id, name);
                });
            a->setEnabled(models::InstanceControl::allowed(action, status));
        }
        const api::AuditInstance* instance =
            m_instances->instance(m_instancesDock->proxy()->mapToSource(at).row());
        const QString resourceId = instance ? instance->resourceId : QString();
        const QString group = instance ? instance->securityGroupId : QString();
        menu.addSeparator();
        menu.addAction(tr("Tags…"), this, [this, resourceId, name] { editTags(resourceId, name); })
            ->setEnabled(!resourceId.isEmpty());
        menu.addAction(tr("Security Groups…"), this, [this, id, group] { editSecurityGroups(id, group); })
            ->setEnabled(!id.isEmpty());
        menu.addSeparator();
        menu.addAction(tr("Copy ID"), this, [id] { QApplication::clipboard()->setText(id); });
        menu.addAction(tr("Copy Name"), this, [name] { QApplication::clipboard()->setText(name); });
    }
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void MainWindow::labelInstance(SubmitDialog* dialog) const {
    if (auto* label = qobject_cast<QLabel*>(dialog->fieldEditor(QStringLiteral("instance_id"))))
        label->setText(tr("%1 (%2)").arg(m_instanceName, currentInstanceId()));
}

bool MainWindow::requireInstance() {
    if (!currentInstanceId().isEmpty())
        return true;
    QMessageBox::information(this, windowTitle(), tr("Select an audit instance first."));
    return false;
}

void MainWindow::addDatabase() {
    if (!requireInstance())
        return;
    auto* dialog = new AddDatabaseDialog(m_instanceDocks->client(), currentInstanceId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    labelInstance(dialog);
    connect(dialog, &AddDatabaseDialog::submitted, this, [this] {
        showMessage(tr("Database added."));
        m_instanceDocks->refreshAll();
    });
    dialog->open();
}

void MainWindow::addRdsDatabases() {
    if (!requireInstance())
        return;
    auto* dialog = new AddRdsDatabasesDialog(m_instanceDocks->client(), currentInstanceId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddRdsDatabasesDialog::submitted, this, [this] { m_instanceDocks->refreshAll(); });
    dialog->open();
}

void MainWindow::addAuditScope() {
    if (!requireInstance())
        return;
    auto* dialog = new AuditScopeDialog(m_instanceDocks->client(), currentInstanceId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    labelInstance(dialog);
    connect(dialog, &AuditScopeDialog::submitted, this, [this] {
        showMessage(tr("Audit scope added."));
        m_instanceDocks->refreshAll();
    });
    dialog->open();
}

void MainWindow::createDrsConnection() {
    auto* dialog = new DrsConnectionDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrsConnectionDialog::submitted, m_reach, &ReachActions::drsCreated);
    dialog->open();
}

void MainWindow::createDasConnection() {
    auto* dialog = new DasConnectionDialog(m_client, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DasConnectionDialog::submitted, m_reach, &ReachActions::dasCreated);
    dialog->open();
}

void MainWindow::buyInstance() {
    auto* wizard = new BuyInstanceWizard(m_client, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &BuyInstanceWizard::submitted, this,
            [this](const api::PeriodOrderResponse& response, const QString& name) {
                m_reach->orderPlaced(response, name); // result dialog, history, follows the instance
                m_instances->refresh();
            });
    wizard->open();
}

void MainWindow::editTags(const QString& resourceId, const QString& instanceName) {
    auto* dialog = new TagsDialog(m_client, resourceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Tags of %1").arg(instanceName));
    dialog->open();
}

void MainWindow::editSecurityGroups(const QString& instanceId, const QString& current) {
    auto* dialog = new SecurityGroupsDialog(m_client, instanceId, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SecurityGroupsDialog::submitted, this, [this] {
        showMessage(tr("Security group changed."));
        m_instances->refresh();
    });
    dialog->open();
}

void MainWindow::exportActiveTable() {
    m_exporter->exportDock(activeTableDock(), false);
}

void MainWindow::refreshAll() {
    m_instances->refresh();
    m_instanceDocks->refreshAll();
}

void MainWindow::resetLayout() {
    if (!m_defaultState.isEmpty())
        restoreState(m_defaultState, kLayoutVersion);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (!m_defaultState.isEmpty())
        return;
    // Dock sizes apply only once the window has its size: set the default proportions at the first
    // show, remember them for "Reset Layout", then apply what the user saved last time.
    resizeDocks({m_instancesDock}, {width() * 36 / 100}, Qt::Horizontal);
    resizeDocks({m_instancesDock, m_detailsDock}, {height() * 30 / 100, height() * 40 / 100}, Qt::Vertical);
    resizeDocks({m_requestLogDock}, {height() * 16 / 100}, Qt::Vertical);
    m_defaultState = saveState(kLayoutVersion);
    restoreState(QSettings().value(kStateKey).toByteArray(), kLayoutVersion);
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    for (TableDock* dock : tableDocks())
        dock->restoreHeaderState();
}

void MainWindow::saveLayout() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
    for (const TableDock* dock : tableDocks())
        dock->saveHeaderState();
}

void MainWindow::addPane(QDockWidget* dock) {
    m_viewMenu->insertAction(m_afterPanes, m_panes->addPane(dock));
}

void MainWindow::childEvent(QChildEvent* event) {
    QMainWindow::childEvent(event);
    if (event->added()) // a tab bar is still being made now: look once it is done
        QTimer::singleShot(0, this, &MainWindow::showWholeTabTitles);
}

// The tabs of tabified docks show whole titles and scroll when they do not fit: at 1024 pixels
// Qt's default ("Ag…", "Risk R…") leaves an operator guessing. Qt makes these tab bars, as
// children of the window, whenever docks are tabified.
void MainWindow::showWholeTabTitles() {
    for (QTabBar* bar : findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    event->accept();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About DBSS Console"),
                       tr("<h3>DBSS Console %1</h3><p>A desktop console for Huawei Cloud Database Security "
                          "Service (database audit), DRS and DAS connections.</p>")
                               .arg(QStringLiteral(DBSS_VERSION)) +
                           tr("<p>Qt %1 (built with %2) · QtKeychain %3</p><p>License: GNU GPL version 3 or "
                              "later.</p>")
                               .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                                    QStringLiteral(DBSS_QTKEYCHAIN_VERSION)));
}

} // namespace dbss::views
