// The safety rails of a table with switches (TableDock over a local RemoteTableModel): switching off
// asks first, everywhere; a switch in flight looks pending; the error banner never moves the rows; a
// failed switch can be repeated from the banner, and a later success clears it.
#include "models/tables/RemoteTableModel.h"
#include "views/ErrorBanner.h"
#include "views/TableDock.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace dbss;

// Three rows with a check box in column 1; switches stay in flight until finish() is called.
class SwitchModel : public models::RemoteTableModel {
    Q_OBJECT
public:
    QStringList ids{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QList<bool> on{true, true, false};
    QSet<QString> pending;
    QList<QPair<QStringList, bool>> sent;

    int rowCount(const QModelIndex& p = {}) const override { return p.isValid() ? 0 : int(ids.size()); }
    int columnCount(const QModelIndex& p = {}) const override { return p.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& i, int role) const override {
        if (role == IdRole)
            return ids.at(i.row());
        if (role == Qt::DisplayRole)
            return i.column() == 0 ? QVariant(ids.at(i.row())) : QVariant();
        if (role == Qt::CheckStateRole && i.column() == 1)
            return on.at(i.row()) ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    Qt::ItemFlags flags(const QModelIndex& i) const override {
        return RemoteTableModel::flags(i) | (i.column() == 1 ? Qt::ItemIsUserCheckable : Qt::NoItemFlags);
    }
    bool setData(const QModelIndex& i, const QVariant& v, int role) override {
        return role == Qt::CheckStateRole && switchIds({ids.at(i.row())}, v.toInt() == Qt::Checked);
    }
    bool canSwitch() const override { return true; }
    bool isSwitching(const QString& id) const override { return pending.contains(id); }
    bool switchIds(const QStringList& which, bool to) override {
        sent.append({which, to});
        for (const QString& id : which) {
            pending.insert(id);
            on[ids.indexOf(id)] = to; // optimistic, like RemoteRowsModel
            Q_EMIT dataChanged(index(ids.indexOf(id), 0), index(ids.indexOf(id), 1));
        }
        return true;
    }
    void finish(const QStringList& which, bool to, bool applied, const api::ApiError& error = {}) {
        for (const QString& id : which) {
            pending.remove(id);
            if (!applied)
                on[ids.indexOf(id)] = !to;
        }
        if (!applied)
            reportError(error);
        Q_EMIT toggleFinished(which, to, applied, error);
    }
    void refresh() override {}
    void cancel() override {}
    void failLoad(const api::ApiError& e) { setError(e); }
};

// Answers the next confirmation box: its action button (accept) or Cancel.
static void answerConfirmation(bool accept, bool* seen = nullptr) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, accept, seen, tries] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box && ++*tries < 250)
            return;
        timer->stop();
        timer->deleteLater();
        if (!box)
            return;
        if (seen)
            *seen = true;
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == (accept ? QMessageBox::DestructiveRole : QMessageBox::RejectRole))
                b->click();
    });
    timer->start();
}

static api::ApiError switchError() {
    api::ApiError e =
        api::ApiError::make(api::ApiError::Kind::Http, QStringLiteral("busy"), QStringLiteral("SwitchAgent"));
    e.httpStatus = 503;
    return e;
}

class TestSafeRails : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void switchingOffAsksFirstSwitchingOnDoesNot() {
        SwitchModel model;
        views::TableDock dock(QStringLiteral("Agents"), QStringLiteral("AgentsTestDock"), &model);
        dock.show();
        dock.view()->selectRow(0);
        bool asked = false;
        answerConfirmation(false, &asked);
        QVERIFY(!dock.confirmAndSwitchSelected(false)); // declined: nothing sent
        QVERIFY(asked);
        QVERIFY(model.sent.isEmpty());
        asked = false;
        answerConfirmation(true, &asked);
        QVERIFY(dock.confirmAndSwitchSelected(false));
        QVERIFY(asked);
        QCOMPARE(model.sent.size(), 1);
        QCOMPARE(model.sent.first().second, false);
        model.finish({QStringLiteral("a")}, false, true);
        // Switching on stops nothing: no question.
        dock.setConfirmOff([](int) {
            qFatal("switching on asked for confirmation");
            return false;
        });
        QVERIFY(dock.confirmAndSwitchSelected(true));
        QCOMPARE(model.sent.size(), 2);
    }

    void theCheckBoxAsksTooAndShowsPendingUntilAnswered() {
        SwitchModel model;
        views::TableDock dock(QStringLiteral("Agents"), QStringLiteral("AgentsTestDock2"), &model);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        const QModelIndex cell = dock.proxy()->index(1, 1); // "b", on
        dock.view()->setCurrentIndex(cell);
        int questions = 0;
        dock.setConfirmOff([&questions](int rows) {
            ++questions;
            return rows == 1 && questions > 1; // no the first time, yes the second
        });
        QTest::keyClick(dock.view(), Qt::Key_Space);
        QCOMPARE(questions, 1);
        QVERIFY(model.sent.isEmpty());
        QTest::keyClick(dock.view(), Qt::Key_Space);
        QCOMPARE(questions, 2);
        QCOMPARE(model.sent.size(), 1);
        // In flight: neither On nor Off, and a second click sends nothing.
        QCOMPARE(dock.shownCheckState(cell), Qt::PartiallyChecked);
        QTest::keyClick(dock.view(), Qt::Key_Space);
        QCOMPARE(model.sent.size(), 1);
        model.finish({QStringLiteral("b")}, false, true);
        QCOMPARE(dock.shownCheckState(cell), Qt::Unchecked);
    }

    void theBannerDoesNotMoveTheRows() {
        SwitchModel model;
        views::TableDock dock(QStringLiteral("Agents"), QStringLiteral("AgentsTestDock3"), &model);
        dock.resize(500, 400);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        const QRect before = dock.view()->geometry();
        const QPoint rowAt = dock.view()->visualRect(dock.proxy()->index(0, 0)).topLeft();
        model.failLoad(switchError());
        QTRY_VERIFY(dock.errorBanner()->isVisible());
        QCOMPARE(dock.view()->geometry(), before);
        QCOMPARE(dock.view()->visualRect(dock.proxy()->index(0, 0)).topLeft(), rowAt);
        // It lies over the table's bottom, inside it.
        QVERIFY(dock.view()->rect().contains(dock.errorBanner()->geometry()));
    }

    void aFailedSwitchCanBeRepeatedAndALaterSuccessClearsTheBanner() {
        SwitchModel model;
        views::TableDock dock(QStringLiteral("Agents"), QStringLiteral("AgentsTestDock4"), &model);
        dock.show();
        dock.setConfirmOff([](int) { return true; });
        dock.view()->selectRow(0);
        QVERIFY(dock.confirmAndSwitchSelected(false));
        model.finish({QStringLiteral("a")}, false, false, switchError());
        QVERIFY(dock.errorBanner()->isVisible());
        QVERIFY2(dock.errorText().contains(QLatin1String("off failed")), qPrintable(dock.errorText()));
        QPushButton* repeat = dock.banner()->repeatButton();
        QVERIFY(repeat->isVisibleTo(dock.banner()));
        repeat->click();
        QCOMPARE(model.sent.size(), 2);
        QCOMPARE(model.sent.last().first, QStringList{QStringLiteral("a")});
        QCOMPARE(model.sent.last().second, false); // the same switch, not a re-read
        model.finish({QStringLiteral("a")}, false, true);
        QVERIFY(dock.errorBanner()->isHidden());
    }

    void tabLeavesTheTable() {
        SwitchModel model;
        views::TableDock dock(QStringLiteral("Agents"), QStringLiteral("AgentsTestDock5"), &model);
        QVERIFY(!dock.view()->tabKeyNavigation());
    }
};

QTEST_MAIN(TestSafeRails)
#include "tst_saferails.moc"
