// The fleet docks in the main window, against a dbss-sandbox run as a fleet (two accounts, two
// regions each) over HTTP with latency: a profile whose credentials cannot be loaded shows its
// error on its own node (text, icon, tool tip) while the others are still loading; choosing an
// instance of the second account points the instance docks at it with that account's client (the
// Databases dock lists that tenant's databases); the overview lists every instance and choosing a
// row does the same.
#include "models/api/ApiClient.h"
#include "models/api/Databases.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetOverviewModel.h"
#include "models/tables/DatabasesModel.h"
#include "models/tables/RequestLogModel.h"
#include "tests/common/FleetSandbox.h"
#include "tests/models/ModelTestUtil.h"
#include "views/FleetDocks.h"
#include "views/FleetNavigatorDock.h"
#include "views/InstanceDocks.h"
#include "views/MainWindow.h"
#include "views/TableDock.h"

#include <QApplication>
#include <QIcon>
#include <QJsonArray>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace dbss;
using fleet::FleetModel;

class TestFleet : public QObject {
    Q_OBJECT
    test::FleetSandbox m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
    views::FleetDocks* m_fleet = nullptr;

    // The navigator's row of a fleet node, as the user sees it.
    QModelIndex shown(const QModelIndex& fleetIndex, int column) const {
        const QAbstractItemModel* model = m_fleet->navigator()->view()->model();
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(model);
        return proxy->mapFromSource(fleetIndex).siblingAtColumn(column);
    }

    static QStringList databaseIds(api::ClientConfig config, const QString& instanceId) {
        api::ApiClient client(std::move(config));
        QStringList ids;
        const QJsonObject page = test::callJson(client, api::listAuditDatabases(instanceId, {}, 0, 1000));
        for (const QJsonValue& v : page.value(QLatin1String("databases")).toArray())
            ids << v.toObject()
                       .value(QLatin1String("database"))
                       .toObject()
                       .value(QLatin1String("id"))
                       .toString();
        ids.sort();
        return ids;
    }

    QStringList dockDatabaseIds() const {
        QStringList ids;
        const QAbstractItemModel* model = m_window->instanceDocks()->databases();
        for (int r = 0; r < model->rowCount(); ++r)
            ids << model->index(r, 0).data(models::RemoteTableModel::IdRole).toString();
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        QVERIFY2(m_sandbox.start(&error, 1000, {QStringLiteral("--latency"), QStringLiteral("150")}),
                 qPrintable(error));
        m_client = std::make_unique<api::ApiClient>(m_sandbox.alpha());
        m_window = std::make_unique<views::MainWindow>(m_client.get(), QStringLiteral("alpha"));
        const QHash<QString, api::ClientConfig> configs{{QStringLiteral("alpha"), m_sandbox.alpha()},
                                                        {QStringLiteral("beta"), m_sandbox.beta()}};
        const QList<fleet::FleetProfile> profiles{
            {QStringLiteral("alpha"), {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3")}},
            {QStringLiteral("beta"), {QStringLiteral("cn-north-4"), QStringLiteral("cn-south-1")}},
            {QStringLiteral("locked"), {QStringLiteral("cn-north-4")}}};
        m_fleet = new views::FleetDocks(m_window.get(), test::FleetSandbox::loader(configs),
                                        [profiles] { return profiles; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void failingProfileShowsItsErrorWhileTheOthersLoad() {
        FleetModel* fleet = m_fleet->fleet();
        const QModelIndex locked = fleet->profileIndex(QStringLiteral("locked"));
        QVERIFY(locked.isValid());
        QTRY_COMPARE(shown(locked, FleetModel::StatusColumn).data().toString(),
                     QStringLiteral("The keychain is locked."));
        // The others have not answered yet (the sandbox takes 150 ms a request).
        QVERIFY(fleet->isLoading());
        QCOMPARE(
            shown(fleet->profileIndex(QStringLiteral("beta")), FleetModel::StatusColumn).data().toString(),
            QStringLiteral("Loading…"));
        QVERIFY(!shown(locked, FleetModel::NameColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(shown(locked, FleetModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("keychain is locked"));
        QVERIFY(m_fleet->navigator()->progressText().contains(QStringLiteral("could not be loaded")));

        QSignalSpy finished(fleet, &FleetModel::finished);
        QVERIFY(finished.wait(30000));
        // Loaded: the healthy accounts count their instances, the locked one still says why.
        const QModelIndex beta = fleet->profileIndex(QStringLiteral("beta"));
        QVERIFY(fleet->summary(beta).total() > 0);
        QVERIFY2(shown(beta, FleetModel::StatusColumn).data().toString().contains(QStringLiteral("running")),
                 qPrintable(shown(beta, FleetModel::StatusColumn).data().toString()));
        QCOMPARE(shown(locked, FleetModel::StatusColumn).data().toString(),
                 QStringLiteral("The keychain is locked."));
        // A region shows its translated name beside its code.
        const QString regionText = shown(fleet->regionIndex("beta", "cn-south-1"), 0).data().toString();
        QVERIFY2(regionText.startsWith(QStringLiteral("cn-south-1 — ")), qPrintable(regionText));
    }

    void choosingAnInstanceOfTheSecondAccountShowsItsDatabases() {
        FleetModel* fleet = m_fleet->fleet();
        const QModelIndex region = fleet->regionIndex(QStringLiteral("beta"), QStringLiteral("cn-north-4"));
        QVERIFY(fleet->rowCount(region) > 0);
        // An instance of beta's that has databases.
        QModelIndex instance;
        QStringList expected;
        for (int r = 0; r < fleet->rowCount(region) && expected.isEmpty(); ++r) {
            instance = fleet->index(r, 0, region);
            expected = databaseIds(m_sandbox.beta(), instance.data(FleetModel::InstanceIdRole).toString());
        }
        QVERIFY(!expected.isEmpty());
        const QString id = instance.data(FleetModel::InstanceIdRole).toString();

        m_fleet->navigator()->selectFleetIndex(instance);
        views::InstanceDocks* docks = m_window->instanceDocks();
        QCOMPARE(docks->instanceId(), id);
        QCOMPARE(docks->client(), fleet->instanceAt(instance).client.data());
        QVERIFY(docks->client() != m_client.get());
        QVERIFY(test::waitIdle(*docks->databases()));
        QCOMPARE(docks->databasesDock()->errorText(), QString());
        QCOMPARE(dockDatabaseIds(), expected);
        // The window's own account cannot see that instance: the dock did not use it.
        QVERIFY(databaseIds(m_sandbox.alpha(), id).isEmpty());
    }

    void overviewRowsDriveTheDocksToo() {
        fleet::FleetOverviewModel* overview = m_fleet->overview();
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isLoading() && overview->rowCount() > 0, 30000);
        QCOMPARE(overview->rowCount(), int(m_fleet->fleet()->instanceIndexes().size()));
        // An alpha instance in cn-east-3, chosen in the overview table.
        const QTableView* table = m_fleet->overviewDock()->view();
        int row = -1;
        for (int r = 0; r < overview->rowCount() && row < 0; ++r)
            if (overview->rowAt(r).profile == QLatin1String("alpha") &&
                overview->rowAt(r).region == "cn-east-3")
                row = r;
        QVERIFY(row >= 0);
        const QModelIndex cell = m_fleet->overviewDock()->proxy()->mapFromSource(overview->index(row, 0));
        table->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        views::InstanceDocks* docks = m_window->instanceDocks();
        QCOMPARE(docks->instanceId(), overview->rowAt(row).instanceId);
        QCOMPARE(docks->client(), m_fleet->fleet()->clientAt(overview->fleetIndex(row)));
        QCOMPARE(m_fleet->navigator()->currentFleetIndex(), overview->fleetIndex(row));
        QVERIFY(test::waitIdle(*docks->databases()));
        QCOMPARE(docks->databasesDock()->errorText(), QString());
    }

    // The fleet's docks are panes like the others: listed in View, and choosing one raises it
    // (the request log is raised over the overview first, as they share a tab group).
    void fleetDocksAreInTheViewMenu() {
        QMenu* view = nullptr;
        for (QAction* menu : m_window->menuBar()->actions())
            if (menu->menu() && menu->text().remove(QLatin1Char('&')) == QLatin1String("View"))
                view = menu->menu();
        QVERIFY(view);
        QAction* overviewAction = nullptr;
        QAction* navigatorAction = nullptr;
        for (QAction* a : view->actions()) {
            if (a->objectName() == QLatin1String("showFleetOverviewDock"))
                overviewAction = a;
            if (a->objectName() == QStringLiteral("show") + m_fleet->navigator()->objectName())
                navigatorAction = a;
        }
        QVERIFY(overviewAction && navigatorAction);
        QCOMPARE(overviewAction->text(), m_fleet->overviewDock()->windowTitle());
        m_window->requestLogDock()->raise();
        QTRY_VERIFY(m_fleet->overviewDock()->visibleRegion().isEmpty());
        overviewAction->trigger();
        QTRY_VERIFY(!m_fleet->overviewDock()->visibleRegion().isEmpty());
    }

    // The fleet's requests are in the window's request log with the window's own: beta's account
    // (not the window's) listed its instances there.
    void fleetRequestsAreInTheRequestLog() {
        const models::RequestLogModel* log = m_window->requestLog();
        const QString betaProject = m_sandbox.beta().projectId;
        QVERIFY(!betaProject.isEmpty() && betaProject != m_client->projectId());
        QStringList urls;
        for (int r = 0; r < log->rowCount(); ++r)
            urls << log->index(r, int(models::RequestLogModel::Column::Url)).data().toString();
        QVERIFY2(urls.filter(betaProject).size() > 0, qPrintable(urls.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase() {
        m_window.reset();
        m_client.reset();
    }
};

QTEST_MAIN(TestFleet)
#include "tst_fleet.moc"
