// TableDock against a local RemoteTableModel: the loading/error/empty states a user sees, selection
// switching in one call, copying rows, the column chooser and saved header state; and against a slow
// in-process sandbox: what an empty table says while its first page is in flight.
#include "models/tables/InstancesModel.h"
#include "models/tables/RemoteTableModel.h"
#include "tests/gui/tst_dialogfixture.h"
#include "views/ErrorBanner.h"
#include "views/TableDock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace dbss;

// Three fixed rows; records what the dock asks of it.
class FakeModel : public models::RemoteTableModel {
    Q_OBJECT
public:
    QStringList names{QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("gamma")};
    QList<int> sizes{20, 3, 100};
    int refreshes = 0;
    int cancels = 0;
    QList<QPair<QStringList, bool>> switches;

    int rowCount(const QModelIndex& p = {}) const override { return p.isValid() ? 0 : int(names.size()); }
    int columnCount(const QModelIndex& p = {}) const override { return p.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& i, int role) const override {
        if (role == IdRole)
            return QStringLiteral("id-") + names.at(i.row());
        if (role == Qt::DisplayRole)
            return i.column() == 0 ? QVariant(names.at(i.row()))
                                   : QVariant(QString::number(sizes.at(i.row())));
        if (role == SortRole)
            return i.column() == 0 ? QVariant(names.at(i.row())) : QVariant(sizes.at(i.row()));
        return {};
    }
    QVariant headerData(int s, Qt::Orientation o, int role) const override {
        if (o == Qt::Horizontal && role == Qt::DisplayRole)
            return s == 0 ? QStringLiteral("Name") : QStringLiteral("Size");
        return {};
    }
    bool canSwitch() const override { return true; }
    bool switchIds(const QStringList& ids, bool on) override {
        switches.append({ids, on});
        return true;
    }
    void refresh() override { ++refreshes; }
    void cancel() override {
        ++cancels;
        setLoading(false);
    }
    void fail(const api::ApiError& e) { setError(e); }
    void startLoading() {
        setLoading(true);
        setProgress(1, 3);
    }
};

class TestTableDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void numericColumnsSortAsNumbers() {
        FakeModel model;
        views::TableDock dock(QStringLiteral("T"), QStringLiteral("FakeDock"), &model);
        dock.view()->sortByColumn(1, Qt::AscendingOrder);
        QCOMPARE(dock.proxy()->index(0, 1).data().toString(), QStringLiteral("3"));
        QCOMPARE(dock.proxy()->index(2, 1).data().toString(),
                 QStringLiteral("100")); // not "20" as text would
    }

    void switchesTheSelectionInOneCall() {
        FakeModel model;
        views::TableDock dock(QStringLiteral("T"), QStringLiteral("FakeDock"), &model);
        dock.view()->sortByColumn(0, Qt::AscendingOrder);
        dock.view()->selectRow(0);
        dock.view()->selectionModel()->select(dock.proxy()->index(2, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(dock.selectedIds(), QStringList({QStringLiteral("id-alpha"), QStringLiteral("id-gamma")}));
        QVERIFY(dock.switchSelected(false));
        QCOMPARE(model.switches.size(), 1);
        QCOMPARE(model.switches.first().first,
                 QStringList({QStringLiteral("id-alpha"), QStringLiteral("id-gamma")}));
        QCOMPARE(model.switches.first().second, false);
        QCOMPARE(dock.selectedRowsText(), QStringLiteral("alpha\t3\ngamma\t100"));
    }

    void errorBannerAndRetry() {
        FakeModel model;
        views::TableDock dock(QStringLiteral("T"), QStringLiteral("FakeDock"), &model);
        dock.show();
        QVERIFY(dock.errorBanner()->isHidden());
        model.startLoading();
        QCOMPARE(dock.statusText(), QStringLiteral("Loading 1 of 3…"));
        auto* stop = dock.findChild<QPushButton*>(QString(), Qt::FindChildrenRecursively);
        for (QPushButton* b : dock.findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Stop"))
                stop = b;
        QVERIFY(stop && stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(model.cancels, 1);
        QVERIFY(!stop->isVisible());
        model.startLoading();
        api::ApiError e = api::ApiError::fromHttpResponse(
            400, R"({"error":{"error_code":"DBSS.10000001","error_msg":"Enter a valid request message"}})",
            QStringLiteral("req-1"), QStringLiteral("ListThings"));
        model.fail(e);
        QVERIFY(!dock.errorBanner()->isHidden());
        QVERIFY(dock.errorText().contains(QLatin1String("DBSS.10000001")));
        QVERIFY(dock.errorText().contains(QLatin1String("req-1")));
        QPushButton* retry = dock.banner()->retryButton();
        QVERIFY(
            !dock.banner()->repeatButton()->isVisibleTo(dock.banner())); // a failed read: nothing to repeat
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(model.refreshes, 1);
        model.fail(api::ApiError{});
        QVERIFY(dock.errorBanner()->isHidden());
    }

    void filterAndHeaderStateSurvive() {
        QSettings().remove(QStringLiteral("FakeDock"));
        {
            FakeModel model;
            views::TableDock dock(QStringLiteral("T"), QStringLiteral("FakeDock"), &model);
            dock.filterEdit()->setText(QStringLiteral("AL"));
            QCOMPARE(dock.proxy()->rowCount(), 1);
            QCOMPARE(dock.statusText(), QStringLiteral("1 of 3 rows"));
            dock.view()->horizontalHeader()->setSectionHidden(1, true);
            dock.view()->sortByColumn(0, Qt::DescendingOrder);
            dock.saveHeaderState();
        }
        FakeModel model;
        views::TableDock dock(QStringLiteral("T"), QStringLiteral("FakeDock"), &model);
        dock.restoreHeaderState();
        QVERIFY(dock.view()->horizontalHeader()->isSectionHidden(1));
        QCOMPARE(dock.view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(dock.proxy()->index(0, 0).data().toString(), QStringLiteral("gamma"));
    }

    // A slow service (dbss-sandbox --latency): the table says it is loading, never that it has no
    // rows, and a filter that hides everything says so, while loading too.
    void emptyStatesWhileTheFirstPageIsInFlight() {
        sandbox::SandboxOptions options;
        options.latencyMs = 2000;
        test::DialogFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error, options), qPrintable(error));
        models::InstancesModel model(fixture.client());
        views::TableDock dock(QStringLiteral("Instances"), QStringLiteral("SlowDock"), &model);
        const QString none = QStringLiteral("No audit instances in this project.");
        dock.setEmptyText(none);
        dock.resize(640, 400);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QCOMPARE(dock.emptyStateText(), QString()); // nothing asked yet: no claim about the list

        model.refresh();
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(dock.statusText(), QStringLiteral("Loading…"));
        QCOMPARE(dock.emptyStateText(), QStringLiteral("Loading…"));
        dock.filterEdit()->setText(QStringLiteral("no-such-instance"));
        QCOMPARE(dock.emptyStateText(), QStringLiteral("Loading…")); // nothing loaded to filter yet
        QVERIFY(dock.emptyStateText() != none);

        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15000);
        const int all = model.rowCount();
        QVERIFY(all > 0);
        const QString filtered = QStringLiteral("No row matches the filter (%1 hidden)").arg(all);
        QCOMPARE(dock.statusText(), filtered);
        QCOMPARE(dock.emptyStateText(), filtered);

        model.refresh(); // reading again: rows loaded, all of them filtered out
        QVERIFY(model.isLoading());
        QCOMPARE(dock.emptyStateText(),
                 QStringLiteral("No row matches the filter (%1 hidden); loading more…").arg(all));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15000);
        QCOMPARE(dock.emptyStateText(), filtered);

        dock.filterEdit()->clear();
        QCOMPARE(dock.emptyStateText(), QString()); // rows shown: the table speaks for itself
        QVERIFY2(dock.statusText().startsWith(QString::number(all) + QLatin1Char(' ')),
                 qPrintable(dock.statusText()));
    }
};

QTEST_MAIN(TestTableDock)
#include "tst_tabledock.moc"
