// Comparing policies in the console: two running instances of the sandbox made to differ through
// the API; the comparison dock must show exactly the differences the list operations show, the
// "only differences" filter must keep exactly those rows, the table exports like every table, and
// the align preview must list exactly the planned changes without sending anything.
#include "models/policy/PolicyCompareFilter.h"
#include "models/policy/PolicyCompareModel.h"
#include "models/policy/PolicyPlan.h"
#include "models/tables/InstancesModel.h"
#include "tests/gui/tst_policyfixture.h"
#include "views/ExportController.h"
#include "views/MainWindow.h"
#include "views/PolicyActions.h"
#include "views/PolicyCompareDock.h"
#include "views/PolicyPreviewDialog.h"
#include "views/ReadableColors.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss;

class TestPolicyCompare : public QObject {
    Q_OBJECT
    test::PolicySandbox m_sandbox;
    QString m_a;
    QString m_b;
    QStringList m_switchedOff; // risk rules switched off on B (on on A)

    // The main window with the instances loaded and the comparison of A and B shown.
    static bool compared(views::MainWindow& window, const QStringList& ids) {
        if (!QTest::qWaitFor([&] { return window.instancesModel()->rowCount() >= 2; }, 10000))
            return false;
        views::PolicyCompareDock* dock = window.policy()->compareDock();
        QSignalSpy done(dock, &views::PolicyCompareDock::readFinished);
        dock->compare(ids);
        return done.wait(15000) && done.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        const QStringList active = m_sandbox.activeInstances();
        QVERIFY2(active.size() >= 2, "the demo data has two running instances");
        m_a = active.at(0);
        m_b = active.at(1);
        // B: two risk rules that are on everywhere switched off; A: one more audit scope.
        QStringList ids;
        for (const api::RiskRule& r : m_sandbox.riskRules(m_b))
            if (r.status == QLatin1String("ON") && ids.size() < 2) {
                ids << r.id;
                m_switchedOff << r.name;
            }
        QCOMPARE(ids.size(), 2);
        QVERIFY(m_sandbox.switchRisk(m_b, ids, false));
        QVERIFY(m_sandbox.addScope(m_a, QStringLiteral("policy-compare-scope")));
    }

    void showsExactlyTheRealDifferences() {
        const QStringList expected =
            test::PolicySandbox::differences(m_sandbox.state(m_a), m_sandbox.state(m_b));
        QCOMPARE(expected.size(), 3); // what initTestCase changed, nothing else differs in the demo data

        views::MainWindow window(m_sandbox.client(), QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(compared(window, {m_a, m_b}));
        views::PolicyCompareDock* dock = window.policy()->compareDock();
        models::PolicyCompareModel* model = dock->compareModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList shown = model->differingKeys();
        shown.sort();
        QCOMPARE(shown, expected);
        QCOMPARE(model->columnCount(), models::PolicyCompareModel::FirstInstanceColumn + 2);

        // Every row of the union is there, and B's cells are marked exactly where B differs.
        const QMap<QString, QString> a = m_sandbox.state(m_a);
        const QMap<QString, QString> b = m_sandbox.state(m_b);
        QSet<QString> all(a.keyBegin(), a.keyEnd());
        all.unite(QSet<QString>(b.keyBegin(), b.keyEnd()));
        QCOMPARE(model->rowCount(), all.size());
        const int bColumn = models::PolicyCompareModel::FirstInstanceColumn + 1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex cell = model->index(r, bColumn);
            const QString key = cell.data(models::PolicyCompareModel::KeyRole).toString();
            QCOMPARE(cell.data(models::PolicyCompareModel::CellDiffersRole).toBool(), expected.contains(key));
            QCOMPARE(cell.data(Qt::ForegroundRole).isValid(), expected.contains(key));
        }
        for (const QString& name : m_switchedOff) {
            const auto rows = model->match(model->index(0, models::PolicyCompareModel::NameColumn),
                                           Qt::DisplayRole, name, 1, Qt::MatchExactly);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().siblingAtColumn(bColumn).data().toString(), QStringLiteral("Off"));
        }
        QVERIFY(dock->summaryLabel()->text().contains(QLatin1String("3")));
    }

    void differencesReadOnLightAndDarkPalettes() {
        views::MainWindow window(m_sandbox.client(), QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(compared(window, {m_a, m_b}));
        views::PolicyCompareDock* dock = window.policy()->compareDock();
        QTableView* view = dock->view();
        auto* delegate = qobject_cast<views::ReadableColorDelegate*>(view->itemDelegate());
        QVERIFY(delegate);
        QModelIndex marked;
        for (int r = 0; r < view->model()->rowCount() && !marked.isValid(); ++r) {
            const QModelIndex cell =
                view->model()->index(r, models::PolicyCompareModel::FirstInstanceColumn + 1);
            if (cell.data(models::PolicyCompareModel::CellDiffersRole).toBool())
                marked = cell;
        }
        QVERIFY(marked.isValid());
        for (const bool dark : {false, true}) {
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.decorationSize = QSize(16, 16); // what the view passes when it paints
            option.palette.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : Qt::white);
            option.palette.setColor(QPalette::AlternateBase,
                                    dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(0xf4, 0xf4, 0xf4));
            option.palette.setColor(QPalette::Text, dark ? Qt::white : Qt::black);
            const QColor text = delegate->textColor(option, marked);
            QVERIFY2(views::contrastRatio(text, option.palette.color(QPalette::Base)) >= 4.5,
                     dark ? "dark palette" : "light palette");
            QVERIFY(views::contrastRatio(text, option.palette.color(QPalette::AlternateBase)) >= 4.5);
            QVERIFY(delegate->swatchColor(option, marked).isValid()); // not colour of the text alone
        }
    }

    void onlyDifferencesFilterAndExport() {
        views::MainWindow window(m_sandbox.client(), QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(compared(window, {m_a, m_b}));
        views::PolicyCompareDock* dock = window.policy()->compareDock();
        const int all = dock->view()->model()->rowCount();
        const int differing = dock->compareModel()->differenceCount();
        QVERIFY(differing > 0 && differing < all);

        dock->onlyDifferencesBox()->setChecked(true);
        QCOMPARE(dock->view()->model()->rowCount(), differing);
        for (int r = 0; r < differing; ++r)
            QVERIFY(
                dock->view()->model()->index(r, 0).data(models::PolicyCompareModel::DiffersRole).toBool());

        // Export goes the way of every table: what is shown (the filter applies), header first.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compare.csv"));
        QSignalSpy exported(window.exporter(), &views::ExportController::finished);
        window.exporter()->exportTo(dock, path, false);
        QVERIFY(exported.wait(10000));
        QVERIFY(exported.first().first().toBool());
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), differing + 1);
        QVERIFY(lines.first().contains("(reference)"));
        for (const QString& name : m_switchedOff)
            QVERIFY(std::any_of(lines.begin(), lines.end(),
                                [&](const QByteArray& l) { return l.contains(name.toUtf8()); }));

        dock->onlyDifferencesBox()->setChecked(false);
        QCOMPARE(dock->view()->model()->rowCount(), all);

        // File ▸ Export Table… takes the comparison when it is in front with the focus.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        dock->raise();
        dock->view()->setFocus();
        QTRY_COMPARE(window.activeTableDock(), static_cast<views::TableDock*>(dock));
    }

    void alignPreviewListsExactlyThePlannedChanges() {
        views::MainWindow window(m_sandbox.client(), QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(compared(window, {m_a, m_b}));
        test::DispatchCounter sent(m_sandbox.client());
        views::PolicyPreviewDialog* preview = window.policy()->compareDock()->alignTo(m_b);
        QVERIFY(preview);
        preview->open();
        const models::PolicyPlan& plan = preview->plan();
        QTableWidget* table = preview->changesTable();
        QCOMPARE(table->rowCount(), plan.changes.size());
        // The rows are the plan's changes, in order, each with its name and wanted state.
        QStringList names;
        for (int r = 0; r < table->rowCount(); ++r) {
            const models::PolicyChange& change = plan.changes.at(r);
            QVERIFY(table->item(r, views::PolicyPreviewDialog::NameColumn)->text().startsWith(change.name));
            QCOMPARE(table->item(r, views::PolicyPreviewDialog::ChangeColumn)->text(),
                     views::PolicyPreviewDialog::changeText(change.kind));
            names << change.name;
        }
        // And the changes are exactly the real differences: two rules to switch on, one scope to add.
        names.sort();
        QStringList expected = m_switchedOff;
        expected << QStringLiteral("policy-compare-scope");
        expected.sort();
        QCOMPARE(names, expected);
        int switchOn = 0;
        for (const models::PolicyChange& c : plan.changes) {
            QVERIFY(c.possible);
            switchOn += c.kind == models::PolicyChange::Kind::SwitchRiskRule;
        }
        QCOMPARE(switchOn, 2);
        QCOMPARE(plan.requests.size(), 2); // one switch-on request for both rules, one scope added
        QVERIFY(preview->applyButton()->isEnabled());
        QCOMPARE(sent.count(), 0); // planning and the preview send nothing
        preview->reject();
    }
};

QTEST_MAIN(TestPolicyCompare)
#include "tst_policycompare.moc"
