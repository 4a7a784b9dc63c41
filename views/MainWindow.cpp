#include "views/MainWindow.h"

#include "models/InstancesModel.h"
#include "models/RequestLogModel.h"
#include "models/api/ApiClient.h"
#include "views/DetailsPane.h"
#include "views/TableDock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

namespace dbss::views {

namespace {
constexpr int kLayoutVersion = 1; // bump when docks change so an old saved state is not applied
const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");
} // namespace

MainWindow::MainWindow(api::ApiClient* client, const QString& profileName, QWidget* parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_instances(new models::InstancesModel(client, this))
    , m_instancesDock(new TableDock(tr("Instances"), QStringLiteral("InstancesDock"), m_instances, this))
    , m_requestLog(new models::RequestLogModel(client, this))
    , m_requestLogDock(new TableDock(tr("Request Log"), QStringLiteral("RequestLogDock"), m_requestLog, this))
    , m_details(new DetailsPane(this))
{
    setWindowTitle(tr("DBSS Console — %1").arg(profileName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    m_details->clear(tr("Select an instance to see its details"));
    setCentralWidget(m_details);

    m_instancesDock->setEmptyText(tr("No audit instances in this project."));
    addDockWidget(Qt::LeftDockWidgetArea, m_instancesDock);
    QTableView* view = m_instancesDock->view();
    view->horizontalHeader()->resizeSection(int(models::InstancesModel::Column::Name), 170);
    view->horizontalHeader()->resizeSection(int(models::InstancesModel::Column::Status), 90);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onInstanceSelected);
    connect(m_instances, &QAbstractItemModel::dataChanged, this, &MainWindow::onInstanceSelected);
    connect(m_instances, &models::InstancesModel::refreshed, this, [this, view] {
        if (!view->currentIndex().isValid() && m_instances->rowCount() > 0)
            view->selectRow(0);
    });

    m_requestLogDock->setEmptyText(tr("No requests yet."));
    m_requestLogDock->view()->sortByColumn(int(models::RequestLogModel::Column::Time), Qt::DescendingOrder);
    m_requestLogDock->view()->horizontalHeader()->resizeSection(int(models::RequestLogModel::Column::Url), 420);
    addDockWidget(Qt::BottomDockWidgetArea, m_requestLogDock);

    createMenus();
    createToolBar();
    createStatusBar(profileName);
    connect(m_client, &api::ApiClient::requestLogged, this, &MainWindow::onRequestLogged);

    resize(1280, 800);
    resizeDocks({m_instancesDock}, {470}, Qt::Horizontal);
    resizeDocks({m_requestLogDock}, {180}, Qt::Vertical);
    m_defaultState = saveState(kLayoutVersion);
    restoreLayout();
    // Quitting without closing the window (a signal, the session ending) still keeps the layout.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveLayout);
    m_instances->refresh();
}

MainWindow::~MainWindow()
{
    // Children (models) cancel their requests as they are deleted; the client must not report
    // those to this half-destroyed window.
    disconnect(m_client, nullptr, this, nullptr);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_refreshAction = m_viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refreshAll);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_viewMenu->addSeparator();
    for (QDockWidget* dock : {static_cast<QDockWidget*>(m_instancesDock), static_cast<QDockWidget*>(m_requestLogDock)})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("Reset &layout"), this, &MainWindow::resetLayout);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DBSS Console"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_refreshAction);
}

void MainWindow::createStatusBar(const QString& profileName)
{
    const QString project = m_client->projectId().isEmpty() ? tr("(from region)") : m_client->projectId();
    m_connectionLabel = new QLabel(tr("Profile: %1 · Region: %2 · Project: %3 · %4")
                                       .arg(profileName, m_client->config().region, project,
                                            m_client->endpoint(api::Service::Dbss).toString()));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_lastRequestLabel = new QLabel(tr("No request yet"));
    m_lastRequestLabel->setObjectName(QStringLiteral("lastRequestLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_lastRequestLabel);
}

QString MainWindow::lastRequestText() const { return m_lastRequestLabel->text(); }

void MainWindow::onRequestLogged(const api::RequestLogEntry& entry)
{
    const bool ok = entry.httpStatus >= 200 && entry.httpStatus < 300;
    QString text = tr("%1: %2 in %3 ms")
                       .arg(entry.operation,
                            entry.httpStatus ? QString::number(entry.httpStatus) : tr("no answer"))
                       .arg(entry.durationMs);
    if (!entry.errorCode.isEmpty())
        text += QLatin1Char(' ') + entry.errorCode;
    m_lastRequestLabel->setText(text);
    m_lastRequestLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
}

void MainWindow::onInstanceSelected()
{
    const QModelIndex current = m_instancesDock->view()->currentIndex();
    if (!current.isValid()) {
        m_details->clear(tr("Select an instance to see its details"));
        return;
    }
    const QModelIndex source = m_instancesDock->proxy()->mapToSource(current);
    const QJsonObject raw = m_instances->data(source, models::RemoteTableModel::RawRole).toJsonObject();
    const QString name = m_instances->data(source.siblingAtColumn(0)).toString();
    m_details->showObject(tr("Instance %1").arg(name), raw);
}

void MainWindow::refreshAll() { m_instances->refresh(); }

void MainWindow::resetLayout() { restoreState(m_defaultState, kLayoutVersion); }

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
    for (TableDock* dock : findChildren<TableDock*>())
        dock->restoreHeaderState();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
    for (const TableDock* dock : findChildren<TableDock*>())
        dock->saveHeaderState();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About DBSS Console"),
                       tr("<h3>DBSS Console %1</h3><p>A desktop console for Huawei Cloud Database Security "
                          "Service (database audit), DRS and DAS connections.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace dbss::views
