// The console as the user sees it: the embedded sandbox in-process (as `dbss-console --sandbox`
// runs it), the main window on the offscreen platform, the instances the API lists in the dock.
#include "models/api/ApiClient.h"
#include "models/api/Rules.h"
#include "models/tables/InstancesModel.h"
#include "models/tables/RiskRulesModel.h"
#include "sandbox/SandboxServer.h"
#include "views/AddDatabaseDialog.h"
#include "views/DetailsPane.h"
#include "views/ExportController.h"
#include "views/InstanceDocks.h"
#include "views/MainWindow.h"
#include "views/TableDock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dbss;

class TestMainWindow : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<api::ApiClient> m_client;

    api::ClientConfig sandboxConfig() const {
        api::ClientConfig config;
        config.region = m_server->options().region;
        config.projectId = m_server->options().projectId;
        config.ak = m_server->options().ak;
        config.sk = m_server->options().sk;
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            config.endpointOverrides.insert(s, m_server->baseUrl());
        return config;
    }

    QStringList namesFromApi() {
        api::ApiReply* reply = m_client->send(api::listAuditInstances(0, 1000));
        QSignalSpy done(reply, &api::ApiReply::finished);
        if (!done.wait(10000))
            return {};
        QStringList names;
        for (const QJsonValue& v : reply->json().object().value(QLatin1String("servers")).toArray())
            names << v.toObject().value(QLatin1String("name")).toString();
        reply->deleteLater();
        return names;
    }

    static QStringList namesInView(const views::TableDock* dock) {
        QStringList names;
        const QAbstractItemModel* model = dock->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, int(models::InstancesModel::Column::Name)).data().toString();
        return names;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location
        QSettings().clear();
        m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_client = std::make_unique<api::ApiClient>(sandboxConfig());
    }

    void showsTheSandboxInstances() {
        const QStringList expected = namesFromApi();
        QVERIFY(expected.size() >= 3);
        views::MainWindow window(m_client.get(), QStringLiteral("Sandbox"));
        QAbstractItemModelTester tester(window.instancesModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        views::TableDock* dock = window.instancesDock();
        QTRY_COMPARE_WITH_TIMEOUT(dock->view()->model()->rowCount(), expected.size(), 10000);
        QStringList shown = namesInView(dock);
        shown.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(shown, sortedExpected);
        QVERIFY(dock->errorBanner()->isHidden());
        QVERIFY2(dock->statusText().startsWith(QStringLiteral("%1 row").arg(expected.size())),
                 qPrintable(dock->statusText()));

        // The first row gets selected and its fields show in the details pane, labelled and grouped.
        QTRY_VERIFY(window.detailsPane()->groups().contains(QStringLiteral("Overview")));
        QVERIFY(window.detailsPane()->groups().contains(QStringLiteral("All fields")));
        QVERIFY(!window.detailsPane()->value(QStringLiteral("Overview"), QStringLiteral("Name")).isEmpty());
        // The status bar names the connection and the last request's result.
        auto* connection = window.findChild<QLabel*>(QStringLiteral("connectionLabel"));
        QVERIFY(connection);
        QVERIFY(connection->text().contains(QLatin1String("Sandbox")));
        QVERIFY(connection->toolTip().contains(m_server->options().projectId));
        QVERIFY(connection->sizeHint().width() < 400); // fits a 1024-pixel screen with the rest
        QTRY_VERIFY(window.lastRequestText().contains(QLatin1String(": 200 in")));
        // The selected instance drives every instance dock.
        const QString selectedId =
            dock->view()->currentIndex().data(models::RemoteTableModel::IdRole).toString();
        QVERIFY(!selectedId.isEmpty());
        QCOMPARE(window.currentInstanceId(), selectedId);
        // The platform adds the application's name; the title itself does not repeat it.
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Sandbox — ")),
                 qPrintable(window.windowTitle()));
        QVERIFY(!window.menuBar()->actions().isEmpty());
        // The tabs of tabified docks show whole titles, scrolling when they do not fit.
        QTRY_VERIFY(!window.findChildren<QTabBar*>(Qt::FindDirectChildrenOnly).isEmpty());
        for (QTabBar* bar : window.findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
            QTRY_COMPARE(bar->elideMode(), Qt::ElideNone);
            QVERIFY(bar->usesScrollButtons());
        }
    }

    void filterNarrowsTheTable() {
        views::MainWindow window(m_client.get(), QStringLiteral("Sandbox"));
        window.show();
        views::TableDock* dock = window.instancesDock();
        QTRY_VERIFY_WITH_TIMEOUT(dock->view()->model()->rowCount() >= 3, 10000);
        const QString first = dock->view()->model()->index(0, 0).data().toString();
        dock->filterEdit()->setText(first);
        QVERIFY(dock->view()->model()->rowCount() >= 1);
        const QAbstractItemModel* shown = dock->view()->model();
        for (int row = 0; row < shown->rowCount(); ++row) { // the filter matches any column
            bool matches = false;
            for (int c = 0; c < shown->columnCount(); ++c)
                matches =
                    matches || shown->index(row, c).data().toString().contains(first, Qt::CaseInsensitive);
            QVERIFY(matches);
        }
        dock->filterEdit()->setText(QStringLiteral("no-such-instance-zzz"));
        QCOMPARE(dock->view()->model()->rowCount(), 0);
        QVERIFY2(dock->statusText().contains(QLatin1String("No row matches the filter")),
                 qPrintable(dock->statusText()));
    }

    void apiErrorShowsBannerNotEmptyTable() {
        api::ClientConfig config = sandboxConfig();
        config.sk = QStringLiteral("wrong-secret-key-0000000000000000000000");
        api::ApiClient bad(config);
        views::MainWindow window(&bad, QStringLiteral("Broken"));
        window.show();
        views::TableDock* dock = window.instancesDock();
        QTRY_VERIFY_WITH_TIMEOUT(!dock->errorBanner()->isHidden(), 10000);
        QVERIFY(dock->errorText().contains(QLatin1String("401")));
        QVERIFY(dock->errorText().contains(QLatin1String("ListAuditInstances")));
    }

    void exportThroughTheUiWritesTheFile() {
        views::MainWindow window(m_client.get(), QStringLiteral("Sandbox"));
        window.show();
        views::TableDock* dock = window.instancesDock();
        QTRY_VERIFY_WITH_TIMEOUT(dock->view()->model()->rowCount() >= 3, 10000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("instances.csv"));
        QSignalSpy done(window.exporter(), &views::ExportController::finished);
        window.exporter()->exportTo(dock, path, false);
        QVERIFY(done.wait(10000));
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QVERIFY(lines.first().startsWith("Name,Status"));
        QCOMPARE(lines.size(), dock->view()->model()->rowCount() + 1);
    }

    void toggleFromTheTableReachesTheService() {
        views::MainWindow window(m_client.get(), QStringLiteral("Sandbox"));
        window.show();
        views::TableDock* risk = window.instanceDocks()->riskRulesDock();
        QTRY_VERIFY_WITH_TIMEOUT(risk->view()->model()->rowCount() > 0, 10000);
        const QModelIndex cell =
            risk->view()->model()->index(0, int(models::RiskRulesModel::Column::Enabled));
        const QString id = cell.data(models::RemoteTableModel::IdRole).toString();
        const bool wasOn = cell.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        QSignalSpy finished(window.instanceDocks()->riskRules(), &models::RemoteTableModel::toggleFinished);
        // What the view's check box does: setData through the proxy.
        QVERIFY(
            risk->view()->model()->setData(cell, wasOn ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(2).toBool());
        // The service has it.
        api::ApiReply* reply = m_client->send(api::listRiskRules(window.currentInstanceId(), {}, {}));
        QSignalSpy listed(reply, &api::ApiReply::finished);
        QVERIFY(listed.wait(10000));
        bool found = false;
        for (const QJsonValue& v : reply->json().object().value(QLatin1String("rules")).toArray())
            if (v.toObject().value(QLatin1String("id")).toString() == id) {
                found = true;
                QCOMPARE(v.toObject().value(QLatin1String("status")).toString(),
                         wasOn ? QStringLiteral("OFF") : QStringLiteral("ON"));
            }
        QVERIFY(found);
        reply->deleteLater();
    }

    void addDatabaseOpensForTheSelectedInstance() {
        views::MainWindow window(m_client.get(), QStringLiteral("Sandbox"));
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.currentInstanceId().isEmpty(), 10000);
        window.addDatabase();
        auto* dialog = window.findChild<views::AddDatabaseDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto* label = qobject_cast<QLabel*>(dialog->fieldEditor(QStringLiteral("instance_id")));
        QVERIFY(label);
        const QString name =
            window.instancesDock()->view()->currentIndex().siblingAtColumn(0).data().toString();
        QVERIFY2(label->text().startsWith(name), qPrintable(label->text()));
        dialog->close();
    }

    void layoutIsSavedAndRestored() {
        {
            views::MainWindow window(m_client.get(), QStringLiteral("Sandbox"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.instancesDock()->hide();
            window.close(); // saves
        }
        QVERIFY(QSettings().contains(QStringLiteral("MainWindow/state")));
        views::MainWindow restored(m_client.get(), QStringLiteral("Sandbox"));
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QVERIFY(restored.instancesDock()->isHidden());
        restored.resetLayout();
        QVERIFY(!restored.instancesDock()->isHidden());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
