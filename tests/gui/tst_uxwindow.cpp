// The main window as an operator uses it, on the in-process sandbox: details that follow the table
// being worked in and stay current, the change history, pending switches, keyboard navigation,
// Export Table… on the tab on screen, forms focused on their first field, a window that fits.
#include "models/api/ApiClient.h"
#include "models/tables/ChangeHistoryModel.h"
#include "models/tables/RiskRulesModel.h"
#include "sandbox/SandboxServer.h"
#include "views/AddDatabaseDialog.h"
#include "views/DetailsPane.h"
#include "views/ExportController.h"
#include "views/InstanceDocks.h"
#include "views/MainWindow.h"
#include "views/PaneNavigator.h"
#include "views/ShortcutsDialog.h"
#include "views/TableDock.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dbss;

class TestUxWindow : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<api::ApiClient> m_client;

    static api::ClientConfig configFor(const sandbox::SandboxServer& server) {
        api::ClientConfig config;
        config.region = server.options().region;
        config.projectId = server.options().projectId;
        config.ak = server.options().ak;
        config.sk = server.options().sk;
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            config.endpointOverrides.insert(s, server.baseUrl());
        return config;
    }

    // The risk rules dock of a shown window, loaded, its first row current and focused.
    static views::TableDock* focusRiskRules(views::MainWindow& window) {
        views::TableDock* risk = window.instanceDocks()->riskRulesDock();
        risk->raise();
        if (!QTest::qWaitFor([&] { return risk->view()->model()->rowCount() > 0; }, 10000))
            return nullptr;
        risk->view()->setFocus();
        risk->view()->setCurrentIndex(risk->view()->model()->index(0, 0));
        return risk;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_client = std::make_unique<api::ApiClient>(configFor(*m_server));
    }

    void detailsFollowTheFocusedTableAndStayCurrent() {
        views::MainWindow window(m_client.get(), QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.currentInstanceId().isEmpty(), 10000);
        views::TableDock* risk = focusRiskRules(window);
        QVERIFY(risk);
        views::DetailsPane* details = window.detailsPane();
        QTRY_COMPARE(details->followed(), risk);
        const QString name = risk->view()->model()->index(0, 0).data().toString();
        QVERIFY2(details->title().contains(name), qPrintable(details->title()));
        QCOMPARE(details->groups().first(), QStringLiteral("Overview"));
        // Labelled human values, the ones the table shows; not raw keys.
        const QString enabled = details->value(QStringLiteral("Overview"), QStringLiteral("Enabled"));
        QVERIFY2(enabled == QLatin1String("On") || enabled == QLatin1String("Off"), qPrintable(enabled));
        // The rule's full definition is fetched (ShowAuditRuleRisk).
        QTRY_COMPARE_WITH_TIMEOUT(
            details->value(QStringLiteral("Rule definition"), QStringLiteral("Rule name")), name, 10000);

        // A switch updates the pane: pending, then the new state.
        const QModelIndex cell =
            risk->view()->model()->index(0, int(models::RiskRulesModel::Column::Enabled));
        const bool wasOn = cell.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        QSignalSpy finished(window.instanceDocks()->riskRules(), &models::RemoteTableModel::toggleFinished);
        QVERIFY(
            risk->view()->model()->setData(cell, wasOn ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(details->value(QStringLiteral("Overview"), QStringLiteral("Enabled")),
                 QStringLiteral("Switching…"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(details->value(QStringLiteral("Overview"), QStringLiteral("Enabled")),
                 wasOn ? QStringLiteral("Off") : QStringLiteral("On"));

        // The change history has it: what, which instance, result, request id; and it exports.
        models::ChangeHistoryModel* history = window.changeHistory();
        QTRY_COMPARE(history->rowCount(), 1);
        using C = models::ChangeHistoryModel::Column;
        const QString change = history->index(0, int(C::Change)).data().toString();
        QVERIFY2(change.startsWith(QLatin1String("Switch risk rules")), qPrintable(change));
        QVERIFY(change.contains(wasOn ? QLatin1String(" off") : QLatin1String(" on")));
        QCOMPARE(history->index(0, int(C::Instance)).data().toString(),
                 window.instancesDock()->view()->currentIndex().siblingAtColumn(0).data().toString());
        QCOMPARE(history->index(0, int(C::Result)).data().toString(), QStringLiteral("Done"));
        QVERIFY(!history->index(0, int(C::RequestId)).data().toString().isEmpty());
        QTemporaryDir dir;
        QSignalSpy exported(window.exporter(), &views::ExportController::finished);
        window.exporter()->exportTo(window.changeHistoryDock(), dir.filePath(QStringLiteral("h.csv")), false);
        QVERIFY(exported.wait(10000));
        QFile file(dir.filePath(QStringLiteral("h.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("Time,Change,Instance,Result,Request ID"));

        // Focus moves to another table: the pane follows it.
        window.instancesDock()->view()->setFocus();
        QTRY_COMPARE(details->followed(), window.instancesDock());
    }

    void aSwitchInFlightLooksPending() {
        sandbox::SandboxOptions slow;
        slow.latencyMs = 600;
        sandbox::SandboxServer server(slow);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        api::ApiClient client(configFor(server));
        views::MainWindow window(&client, QStringLiteral("Slow"));
        window.show();
        views::TableDock* risk = window.instanceDocks()->riskRulesDock();
        QTRY_VERIFY_WITH_TIMEOUT(risk->view()->model()->rowCount() > 0, 20000);
        const QModelIndex cell =
            risk->view()->model()->index(0, int(models::RiskRulesModel::Column::Enabled));
        const bool wasOn = cell.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        QSignalSpy finished(window.instanceDocks()->riskRules(), &models::RemoteTableModel::toggleFinished);
        QVERIFY(
            risk->view()->model()->setData(cell, wasOn ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(risk->shownCheckState(cell), Qt::PartiallyChecked); // not "On" before the service said so
        QVERIFY(finished.wait(20000));
        QCOMPARE(risk->shownCheckState(cell), wasOn ? Qt::Unchecked : Qt::Checked);
    }

    void keyboardReachesEveryPane() {
        views::MainWindow window(m_client.get(), QStringLiteral("Sandbox"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        views::PaneNavigator* panes = window.panes();
        QVERIFY(panes->dockActions().size() >= 9);
        QCOMPARE(panes->dockActions().at(2)->shortcut(), QKeySequence(Qt::ALT | Qt::Key_3));
        // Alt+4: the Agents tab comes to the front with focus in its table.
        views::TableDock* agents = window.instanceDocks()->agentsDock();
        QTest::keyClick(&window, Qt::Key_4, Qt::AltModifier);
        QTRY_VERIFY(agents->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(!agents->visibleRegion().isEmpty());
        // View ▸ a dock that is open raises it; it never closes it.
        panes->dockActions().at(0)->trigger();
        panes->dockActions().at(0)->trigger();
        QVERIFY(window.instancesDock()->isVisible());
        QVERIFY(window.instancesDock()->isAncestorOf(QApplication::focusWidget()));
        // F6 moves to the next pane on screen, Shift+F6 back.
        QTest::keyClick(&window, Qt::Key_F6);
        QTRY_VERIFY(!window.instancesDock()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(&window, Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(window.instancesDock()->isAncestorOf(QApplication::focusWidget()));

        // Export Table… names the tab on screen, not the table with focus.
        agents->raise();
        window.requestLogDock()->view()->setFocus();
        QCOMPARE(window.activeTableDock(), agents);

        // Keyboard Shortcuts lists the menu commands with their keys.
        views::ShortcutsDialog shortcuts(window.menuBar(), {});
        QStringList rows;
        for (int r = 0; r < shortcuts.table()->rowCount(); ++r)
            rows << shortcuts.table()->item(r, 1)->text() + QLatin1Char('=') +
                        shortcuts.table()->item(r, 2)->text();
        QVERIFY2(
            rows.contains(QStringLiteral("Switch Selected On=") +
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O).toString(QKeySequence::NativeText)),
            qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.filter(QStringLiteral("Buy Instance")).size() == 1);
        QVERIFY(rows.filter(QStringLiteral("Add RDS Databases")).size() == 1);
    }

    void formsOpenWithFocusInTheFirstField() {
        views::MainWindow window(m_client.get(), QStringLiteral("Sandbox"));
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.currentInstanceId().isEmpty(), 10000);
        window.addDatabase();
        auto* dialog = window.findChild<views::AddDatabaseDialog*>();
        QVERIFY(dialog);
        QWidget* focus = dialog->focusWidget();
        QVERIFY(focus);
        QVERIFY2(!focus->inherits("QAbstractButton"), focus->metaObject()->className());
        QVERIFY(!focus->objectName().isEmpty()); // an editor named by its field
        dialog->close();
    }

    void theWindowFitsTheScreenAndTitleIsPlain() {
        views::MainWindow window(m_client.get(), QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect free = window.screen()->availableGeometry();
        QVERIFY2(window.width() <= free.width() && window.height() <= free.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(free.width())
                                .arg(free.height())));
        QVERIFY(!window.windowTitle().contains(QLatin1String("DBSS Console")));
        // Columns are sized to their content on the first load: no instance name is cut.
        QTableView* view = window.instancesDock()->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 3, 10000);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QVERIFY2(view->columnWidth(0) >= view->sizeHintForIndex(view->model()->index(r, 0)).width(),
                     qPrintable(QStringLiteral("%1 < %2 for %3")
                                    .arg(view->columnWidth(0))
                                    .arg(view->sizeHintForIndex(view->model()->index(r, 0)).width())
                                    .arg(view->model()->index(r, 0).data().toString())));
    }
};

QTEST_MAIN(TestUxWindow)
#include "tst_uxwindow.moc"
