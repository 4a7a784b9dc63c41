// Issue 13 in the main window, on the in-process sandbox: the navigator's tag filter, the jobs
// dock, database deletion, the agents of one database, the operation log's custom range and
// "N of M rows" with Load all, the SQL-injection level filter, and created results kept locally.
#include "models/CreatedHistory.h"
#include "models/actions/DatabaseDeletion.h"
#include "models/api/Connections.h"
#include "models/api/Databases.h"
#include "models/api/Tags.h"
#include "models/tables/AgentsModel.h"
#include "models/tables/DatabasesModel.h"
#include "models/tables/InstanceJobsModel.h"
#include "models/tables/InstancesModel.h"
#include "models/tables/OperationLogModel.h"
#include "views/CreatedResultDialog.h"
#include "views/DrsConnectionDialog.h"
#include "views/InstanceDocks.h"
#include "views/InstanceTagFilter.h"
#include "views/MainWindow.h"
#include "views/ReachActions.h"
#include "views/TableDock.h"

#include "tst_dialogfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>

using namespace dbss;

class TestReach : public QObject {
    Q_OBJECT
    test::DialogFixture m_fx;
    test::DialogFixture m_big; // --seed 600: an operation log longer than one page

    static int rowOf(views::TableDock* dock, const QString& id) {
        const QAbstractItemModel* m = dock->view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(models::RemoteTableModel::IdRole).toString() == id)
                return r;
        return -1;
    }

    std::unique_ptr<views::MainWindow> openWindow() {
        auto window = std::make_unique<views::MainWindow>(m_fx.client(), QStringLiteral("Sandbox"));
        window->show();
        if (!QTest::qWaitFor([&] { return window->instancesModel()->rowCount() >= 3; }, 10000))
            return nullptr;
        return window;
    }

    // Points the instance docks at `id` through the navigator, as a click does.
    static bool selectInstance(views::MainWindow* window, const QString& id) {
        const int row = rowOf(window->instancesDock(), id);
        if (row < 0)
            return false;
        window->instancesDock()->view()->selectRow(row);
        return window->currentInstanceId() == id;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFile::remove(models::CreatedHistory().path());
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        sandbox::SandboxOptions big;
        big.seed = 5000;
        QVERIFY2(m_big.start(&error, big), qPrintable(error));
    }

    void tagFilterShowsMatchingInstancesWithTheCount() {
        bool ok = false;
        const auto list = m_fx.read<api::ListAuditInstancesResponse>(api::listAuditInstances(0, 100), &ok);
        QVERIFY(ok && list.servers.size() >= 3);
        const api::AuditInstance tagged = list.servers.at(1);
        api::ApiReply* add = m_fx.client()->send(
            api::addResourceTags(tagged.resourceId, {{QStringLiteral("reach"), QStringLiteral("gui-test")}}));
        QSignalSpy added(add, &api::ApiReply::finished);
        QVERIFY(added.wait(10000));
        QCOMPARE(add->httpStatus(), 204);

        auto window = openWindow();
        QVERIFY(window);
        views::InstanceTagFilter* filter = window->reach()->tagFilter();
        QVERIFY(filter->isVisibleTo(window->instancesDock()));
        QComboBox* combo = filter->combo();
        QTRY_VERIFY_WITH_TIMEOUT(combo->findText(QStringLiteral("reach=gui-test")) > 0, 10000);
        QVERIFY(combo->findText(QStringLiteral("Without tags")) > 0);

        QSignalSpy applied(filter, &views::InstanceTagFilter::applied);
        combo->setCurrentIndex(combo->findText(QStringLiteral("reach=gui-test")));
        Q_EMIT combo->activated(combo->currentIndex());
        QVERIFY(applied.wait(10000));
        QCOMPARE(applied.first().at(0).toInt(), 1);
        QCOMPARE(filter->countLabel()->text(), QStringLiteral("1 instance(s)"));
        QTableView* view = window->instancesDock()->view();
        QStringList shown;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (!view->isRowHidden(r))
                shown << view->model()->index(r, 0).data(models::RemoteTableModel::IdRole).toString();
        QCOMPARE(shown, QStringList{tagged.id});
        // Sorting keeps the filter.
        view->sortByColumn(0, Qt::DescendingOrder);
        int visible = 0;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            visible += view->isRowHidden(r) ? 0 : 1;
        QCOMPARE(visible, 1);

        // "All tags" shows every instance again.
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QVERIFY(!view->isRowHidden(r));
    }

    void jobsDockShowsTheSelectedInstancesJobs() {
        auto window = openWindow();
        QVERIFY(window);
        QString building;
        for (int r = 0; r < window->instancesModel()->rowCount(); ++r)
            if (window->instancesModel()->instance(r)->status == QLatin1String("BUILD"))
                building = window->instancesModel()->instance(r)->id;
        QVERIFY2(!building.isEmpty(), "the demo data has an instance being created");
        QVERIFY(selectInstance(window.get(), building));
        models::InstanceJobsModel* jobs = window->reach()->jobs();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->rowCount() >= 1, 10000);
        QVERIFY(!window->reach()->jobsDock()->windowTitle().isEmpty());
        QVERIFY(!window->findChild<QLabel*>(QStringLiteral("jobsSummary"))->text().isEmpty());
        // The navigator's follower has seen the instance in BUILD and says so in the status bar.
        QTRY_VERIFY_WITH_TIMEOUT(window->reach()->followLabel()->text().contains(QLatin1String("Following")),
                                 10000);
    }

    void deleteSelectedDatabasesRemovesThem() {
        auto window = openWindow();
        QVERIFY(window);
        const QString instance = m_fx.activeInstanceId();
        QVERIFY(selectInstance(window.get(), instance));
        views::InstanceDocks* docks = window->instanceDocks();
        QTRY_VERIFY_WITH_TIMEOUT(!docks->databases()->isLoading() && docks->databases()->rowCount() > 0,
                                 10000);
        auto* button = docks->databasesDock()->findChild<QPushButton*>(QStringLiteral("deleteDatabases"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // nothing selected
        QVERIFY(!docks->deleteSelectedDatabases(false));
        docks->databasesDock()->view()->selectRow(0);
        QVERIFY(button->isEnabled());
        const QString id = docks->databasesDock()->selectedIds().value(0);
        QSignalSpy finished(docks->databaseDeletion(), &models::DatabaseDeletion::finished);
        QVERIFY(docks->deleteSelectedDatabases(false));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toStringList(), QStringList{id});
        bool ok = false;
        const auto after =
            m_fx.read<api::ListAuditDatabasesResponse>(api::listAuditDatabases(instance, {}, 0, 100), &ok);
        QVERIFY(ok);
        for (const api::AuditDatabase& db : after.databases)
            QVERIFY(db.id != id);
        QTRY_VERIFY_WITH_TIMEOUT(docks->databases()->rowOfId(id) < 0, 10000);
    }

    void agentsOfOneDatabase() {
        auto window = openWindow();
        QVERIFY(window);
        views::InstanceDocks* docks = window->instanceDocks();
        // An instance with a self-built database (those have agents).
        QString instance, dbId, dbName;
        bool ok = false;
        const auto list = m_fx.read<api::ListAuditInstancesResponse>(api::listAuditInstances(0, 100), &ok);
        for (const api::AuditInstance& i : list.servers) {
            const auto dbs =
                m_fx.read<api::ListAuditDatabasesResponse>(api::listAuditDatabases(i.id, {}, 0, 100), &ok);
            for (const api::AuditDatabase& db : dbs.databases)
                if (db.dbClassification == QLatin1String("ECS") && dbId.isEmpty()) {
                    instance = i.id;
                    dbId = db.id;
                    dbName = db.name;
                }
        }
        QVERIFY(!dbId.isEmpty());
        QVERIFY(selectInstance(window.get(), instance));
        auto* combo = docks->agentsDock()->findChild<QComboBox*>(QStringLiteral("agentDatabaseFilter"));
        QVERIFY(combo);
        QTRY_VERIFY_WITH_TIMEOUT(combo->findData(dbId) > 0, 10000);
        combo->setCurrentIndex(combo->findData(dbId));
        QCOMPARE(docks->agents()->databaseId(), dbId);
        QTRY_VERIFY_WITH_TIMEOUT(!docks->agents()->isLoading() && docks->agents()->rowCount() > 0, 10000);
        for (int r = 0; r < docks->agents()->rowCount(); ++r)
            QCOMPARE(docks->agents()->index(r, int(models::AgentsModel::Column::Database)).data().toString(),
                     dbName);
        combo->setCurrentIndex(0);
        QCOMPARE(docks->agents()->databaseId(), QString());
    }

    void operationLogCountLoadAllAndCustomRange() {
        auto window = std::make_unique<views::MainWindow>(m_big.client(), QStringLiteral("Big"));
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(window->instancesModel()->rowCount() > 0, 10000);
        views::InstanceDocks* docks = window->instanceDocks();
        models::OperationLogModel* log = docks->operationLog();
        log->setLoadAll(false);
        log->setPageSize(10);
        docks->operationLogDock()->hide(); // no view scrolling more pages in: only Load All does
        auto* presets = docks->operationLogDock()->findChild<QComboBox*>(QStringLiteral("operationLogRange"));
        presets->setCurrentIndex(presets->findData(QStringLiteral("MONTH")));
        QString instance;
        for (int r = 0; r < window->instancesModel()->rowCount() && instance.isEmpty(); ++r) {
            QVERIFY(selectInstance(window.get(), window->instancesModel()->instance(r)->id));
            QTRY_VERIFY_WITH_TIMEOUT(!log->isLoading(), 10000);
            if (log->totalCount() > log->rowCount())
                instance = window->currentInstanceId();
        }
        QVERIFY2(!instance.isEmpty(), "an instance with more log rows this week than one page");
        auto* count = docks->operationLogDock()->findChild<QLabel*>(QStringLiteral("operationLogCount"));
        auto* all = docks->operationLogDock()->findChild<QPushButton*>(QStringLiteral("operationLogLoadAll"));
        QVERIFY(count && all);
        const int total = log->totalCount();
        QCOMPARE(count->text(), QStringLiteral("%1 of %2 rows").arg(log->rowCount()).arg(total));
        QVERIFY(log->rowCount() < total);
        QVERIFY(all->isEnabled());
        QTest::mouseClick(all, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("%1 of %1 rows").arg(total), 15000);
        QVERIFY(!all->isEnabled());

        // Custom range: the last item of the presets shows the editors; Apply sends start and end.
        auto* range = docks->operationLogDock()->findChild<QComboBox*>(QStringLiteral("operationLogRange"));
        auto* box = docks->operationLogDock()->findChild<QWidget*>(QStringLiteral("operationLogCustomRange"));
        QVERIFY(range && box);
        QVERIFY(!box->isVisibleTo(docks->operationLogDock()));
        range->setCurrentIndex(range->count() - 1);
        QVERIFY(box->isVisibleTo(docks->operationLogDock()));
        auto* from = box->findChild<QDateTimeEdit*>(QStringLiteral("operationLogFrom"));
        auto* to = box->findChild<QDateTimeEdit*>(QStringLiteral("operationLogTo"));
        auto* apply = box->findChild<QPushButton*>(QStringLiteral("operationLogApplyRange"));
        from->setDateTime(to->dateTime().addSecs(60));
        QVERIFY(!apply->isEnabled()); // start after end
        from->setDateTime(to->dateTime().addDays(-30));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(log->query().timeRange.isEmpty());
        QVERIFY(!log->query().startTime.isEmpty() && !log->query().endTime.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!log->isLoading(), 10000);
        QVERIFY2(!log->lastError().isError(), qPrintable(log->lastError().userMessage()));
        QVERIFY(log->totalCount() >= total); // the last 30 days hold at least the last week

        // On a 1024x700 screen, with the custom range shown (the widest the tools get), every tool
        // of the dock is whole: none squeezed below its size or cut by the dock's edge.
        window->resize(1024, 700);
        docks->operationLogDock()->show();
        docks->operationLogDock()->raise();
        QTRY_VERIFY(all->isVisible());
        const QList<QWidget*> tools{count, all, range, from, to, apply};
        for (QWidget* w : tools) {
            QTRY_VERIFY2(w->width() >= w->sizeHint().width(), qPrintable(w->objectName()));
            const QRect inDock(w->mapTo(docks->operationLogDock(), QPoint(0, 0)), w->size());
            QVERIFY2(docks->operationLogDock()->rect().contains(inDock), qPrintable(w->objectName()));
        }
    }

    void sqlInjectionLevelsAreTheOnesTheApiTakes() {
        auto window = openWindow();
        QVERIFY(window);
        auto levelsOf = [](views::TableDock* dock) {
            QStringList values;
            for (QToolButton* b : dock->findChildren<QToolButton*>())
                if (b->menu())
                    for (QAction* a : b->menu()->actions())
                        values << a->data().toString();
            return values;
        };
        QCOMPARE(levelsOf(window->instanceDocks()->sqlInjectionDock()),
                 (QStringList{QStringLiteral("HIGH"), QStringLiteral("MEDIUM"), QStringLiteral("LOW")}));
        QVERIFY(levelsOf(window->instanceDocks()->riskRulesDock()).contains(QStringLiteral("NO_RISK")));
    }

    void createdConnectionIsShownAndKeptWithoutThePassword() {
        auto window = openWindow();
        QVERIFY(window);
        models::CreatedHistory* history = window->reach()->history();
        const int before = history->rowCount();
        window->createDrsConnection();
        views::DrsConnectionDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<views::DrsConnectionDialog*>()) != nullptr);
        const QString password = QStringLiteral("Hist0ry-S3cret");
        test::typeInto(dialog, QStringLiteral("name"), QStringLiteral("reach-history-1"));
        test::typeInto(dialog, QStringLiteral("ip"), QStringLiteral("db1.example.internal"));
        test::typeInto(dialog, QStringLiteral("db_port"), QStringLiteral("3306"));
        test::typeInto(dialog, QStringLiteral("db_user"), QStringLiteral("root"));
        test::typeInto(dialog, QStringLiteral("db_password"), password);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        views::CreatedResultDialog* result = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((result = window->findChild<views::CreatedResultDialog*>()) != nullptr,
                                 10000);
        QCOMPARE(history->rowCount(), before + 1);
        const QString id = history->entries().first().id;
        QCOMPARE(id.size(), 36);
        QCOMPARE(history->entries().first().kind, QStringLiteral("drs_connection"));
        QVERIFY(history->entries().first().details.contains(QLatin1String("db1.example.internal:3306")));
        // The id is there to read and copy.
        auto* field = result->findChild<QLineEdit*>(QStringLiteral("value_0"));
        QVERIFY(field);
        QCOMPARE(field->text(), id);
        QTest::mouseClick(result->findChild<QPushButton*>(QStringLiteral("copy_0")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), id);
        QVERIFY(result->allText().contains(id));
        // Kept on disk, never with the password.
        QFile file(history->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains(id.toUtf8()));
        QVERIFY(!saved.contains(password.toUtf8()));
        QCOMPARE(models::CreatedHistory(history->path()).rowCount(), before + 1);
    }
};

QTEST_MAIN(TestReach)
#include "tst_reach.moc"
