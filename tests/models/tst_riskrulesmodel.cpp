// RiskRulesModel against a live dbss-sandbox under QAbstractItemModelTester: loading, the
// service-side filter, the check-state switch (single, batch in one request, double-toggle
// guard, refresh during a switch), rollback on failure, and re-reading after a lost answer.
#include "models/api/Rules.h"
#include "models/tables/RiskRulesModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"
#include "tests/models/ModelTestUtil.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>

#include <memory>

using namespace dbss;
using models::RiskRulesModel;
using Column = RiskRulesModel::Column;

namespace {

// One sandbox (with the given flags), a client, a model and its tester, alive together.
struct Fixture {
    std::unique_ptr<test::SandboxProcess> sandbox;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<RiskRulesModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QString instanceId;
    QStringList operations; // every request the client sent, by operation name

    bool start(const QStringList& flags, QString* error) {
        if (!test::startSandbox(sandbox, client, flags, error, [](api::ClientConfig& config) {
                config.maxRetries = 8; // reads survive --fail-rate 0.3; mutations are never retried
                config.retryBaseDelayMs = 10;
            }))
            return false;
        QObject::connect(client.get(), &api::ApiClient::requestLogged, client.get(),
                         [this](const api::RequestLogEntry& e) { operations << e.operation; });
        instanceId = test::instanceWithDatabases(*client, 1);
        test::newTestedModel(model, tester, client.get());
        if (instanceId.isEmpty()) {
            *error = QStringLiteral("no instance with databases in the sandbox");
            return false;
        }
        model->setInstance(instanceId);
        return test::waitIdle(*model);
    }

    // rule id -> status as the service has it now
    QHash<QString, QString> serverStates() {
        QHash<QString, QString> states;
        const QJsonObject page = test::callJson(*client, api::listRiskRules(instanceId, {}, {}));
        for (const QJsonValue& v : page.value(QLatin1String("rules")).toArray())
            states.insert(v[QLatin1String("id")].toString(), v[QLatin1String("status")].toString());
        return states;
    }

    QModelIndex checkIndex(int row) const { return model->index(row, int(Column::Enabled)); }
    bool shownOn(int row) const { return checkIndex(row).data(Qt::CheckStateRole).toInt() == Qt::Checked; }
    int count(const QString& operation) const { return int(operations.count(operation)); }
};

struct Toggle {
    QStringList ids;
    bool on = false;
    bool applied = false;
    api::ApiError error;
};

QList<Toggle>* recordToggles(RiskRulesModel* model, QObject* context) {
    auto* list = new QList<Toggle>;
    QObject::connect(model, &RiskRulesModel::toggleFinished, context,
                     [list](const QStringList& ids, bool on, bool applied, const api::ApiError& error) {
                         list->append(Toggle{ids, on, applied, error});
                     });
    QObject::connect(context, &QObject::destroyed, [list] { delete list; });
    return list;
}

} // namespace

class TestRiskRulesModel : public QObject {
    Q_OBJECT
    Fixture m_f; // the plain demo sandbox

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_f.start({}, &error), qPrintable(error));
    }

    void loadsEveryRule() {
        RiskRulesModel& model = *m_f.model;
        QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().userMessage()));
        const QHash<QString, QString> server = m_f.serverStates();
        QVERIFY2(server.size() >= 4, "the demo instance has built-in risk rules");
        QCOMPARE(model.rowCount(), server.size());
        QVERIFY(model.isComplete());
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString id = model.index(r, 0).data(RiskRulesModel::IdRole).toString();
            QVERIFY(server.contains(id));
            QCOMPARE(m_f.shownOn(r), server.value(id) == QLatin1String("ON"));
            QVERIFY(model.flags(m_f.checkIndex(r)).testFlag(Qt::ItemIsUserCheckable));
            QVERIFY(!model.flags(model.index(r, int(Column::Name))).testFlag(Qt::ItemIsUserCheckable));
        }
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        // Risk sorts by rank: HIGH above LOW, whatever the translation says.
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString level = model.index(r, 0).data(RiskRulesModel::RiskLevelRole).toString();
            const int rank = model.index(r, int(Column::RiskLevel)).data(RiskRulesModel::SortRole).toInt();
            QCOMPARE(rank, level == QLatin1String("HIGH")     ? 3
                           : level == QLatin1String("MEDIUM") ? 2
                           : level == QLatin1String("LOW")    ? 1
                                                              : 0);
        }
    }

    void filterMergesWithoutReset() {
        RiskRulesModel& model = *m_f.model;
        const int all = model.rowCount();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QJsonObject high =
            test::callJson(*m_f.client, api::listRiskRules(m_f.instanceId, {}, {"HIGH"}));
        const int highCount = int(high.value(QLatin1String("rules")).toArray().size());
        QVERIFY(highCount > 0 && highCount < all);

        model.setFilter({}, {QStringLiteral("HIGH")});
        QVERIFY(model.isLoading());
        QVERIFY(test::waitIdle(model));
        QCOMPARE(model.rowCount(), highCount);
        for (const QString& level : test::columnValues(model, 0, RiskRulesModel::RiskLevelRole))
            QCOMPARE(level, QStringLiteral("HIGH"));

        const QString someName = model.index(0, 0).data().toString();
        const QString part = someName.mid(1, 5);
        model.setFilter(part, {QStringLiteral("HIGH")});
        QVERIFY(test::waitIdle(model));
        QVERIFY(model.rowCount() >= 1);
        for (const QString& name : test::columnValues(model, int(Column::Name)))
            QVERIFY2(name.contains(part, Qt::CaseInsensitive), qPrintable(name));

        model.setFilter({}, {});
        QVERIFY(test::waitIdle(model));
        QCOMPARE(model.rowCount(), all);
        QCOMPARE(reset.count(), 0); // a filter is a diff, not a reset
    }

    void refreshKeepsSelectionIds() {
        RiskRulesModel& model = *m_f.model;
        QList<QPersistentModelIndex> selected;
        QStringList ids;
        for (int r : {0, model.rowCount() / 2, model.rowCount() - 1}) {
            selected << QPersistentModelIndex(model.index(r, 0));
            ids << model.index(r, 0).data(RiskRulesModel::IdRole).toString();
        }
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy refreshed(&model, &RiskRulesModel::refreshed);
        model.refresh();
        QVERIFY(test::waitIdle(model));
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(reset.count() + removed.count() + inserted.count(), 0);
        for (int i = 0; i < selected.size(); ++i) {
            QVERIFY(selected[i].isValid());
            QCOMPARE(selected[i].data(RiskRulesModel::IdRole).toString(), ids[i]);
        }
    }

    void singleToggleIsOptimisticAndGuarded() {
        RiskRulesModel& model = *m_f.model;
        QList<Toggle>* toggles = recordToggles(&model, this);
        const int row = 0;
        const QString id = model.index(row, 0).data(RiskRulesModel::IdRole).toString();
        const bool was = m_f.shownOn(row);
        const int before = m_f.count(QStringLiteral("SwitchRiskRule"));
        const qsizetype seen = toggles->size();

        QVERIFY(model.setData(m_f.checkIndex(row), was ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_f.shownOn(row), !was); // shown at once
        QVERIFY(model.isSwitching(id));
        // A second click while the first is in flight is refused and sends nothing.
        QVERIFY(!model.setData(m_f.checkIndex(row), was ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.switchRules({id}, was));
        QCOMPARE(m_f.shownOn(row), !was);

        QVERIFY(QTest::qWaitFor([&] { return toggles->size() > seen; }, 10000));
        const Toggle t = toggles->last();
        QCOMPARE(t.ids, QStringList{id});
        QCOMPARE(t.on, !was);
        QVERIFY(t.applied);
        QVERIFY(!t.error.isError());
        QVERIFY(!model.isSwitching(id));
        QCOMPARE(m_f.count(QStringLiteral("SwitchRiskRule")), before + 1);
        QCOMPARE(m_f.serverStates().value(id), was ? QStringLiteral("OFF") : QStringLiteral("ON"));

        // Switch it back so later tests see the demo state.
        QVERIFY(model.switchRules({id}, was));
        QVERIFY(QTest::qWaitFor([&] { return !model.isSwitching(id); }, 10000));
        QCOMPARE(m_f.shownOn(row), was);
    }

    void batchSendsOneRequest() {
        RiskRulesModel& model = *m_f.model;
        QList<Toggle>* toggles = recordToggles(&model, this);
        QStringList ids;
        for (int r = 0; r < 4; ++r)
            ids << model.index(r, 0).data(RiskRulesModel::IdRole).toString();
        const QHash<QString, QString> original = m_f.serverStates();
        const int before = m_f.count(QStringLiteral("SwitchRiskRule"));

        QVERIFY(model.switchRules(ids, false));
        for (int r = 0; r < 4; ++r)
            QVERIFY(!m_f.shownOn(r));
        QVERIFY(QTest::qWaitFor([&] { return !toggles->isEmpty(); }, 10000));
        QCOMPARE(toggles->size(), 1);
        QCOMPARE(toggles->first().ids, ids);
        QVERIFY(toggles->first().applied);
        QCOMPARE(m_f.count(QStringLiteral("SwitchRiskRule")), before + 1); // ONE request for all
        const QHash<QString, QString> now = m_f.serverStates();
        for (const QString& id : ids)
            QCOMPARE(now.value(id), QStringLiteral("OFF"));

        // Restore: those that were on, in one request again.
        QStringList wereOn;
        for (const QString& id : ids)
            if (original.value(id) == QLatin1String("ON"))
                wereOn << id;
        if (!wereOn.isEmpty()) {
            QVERIFY(model.switchRules(wereOn, true));
            QVERIFY(QTest::qWaitFor([&] { return toggles->size() == 2; }, 10000));
        }
        QCOMPARE(m_f.serverStates(), original);
    }

    void setInstanceResetsOnlyOnChange() {
        RiskRulesModel& model = *m_f.model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setInstance(m_f.instanceId);
        QCOMPARE(reset.count(), 0);
        QVERIFY(!model.isLoading());
        const QStringList others = test::instanceIds(*m_f.client);
        QVERIFY(others.size() >= 2);
        const QString other = others.first() == m_f.instanceId ? others[1] : others.first();
        model.setInstance(other);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        model.setInstance(m_f.instanceId); // the first load is dropped, not merged into this one
        QCOMPARE(reset.count(), 2);
        QVERIFY(test::waitIdle(model));
        QCOMPARE(model.rowCount(), m_f.serverStates().size());
        QCOMPARE(model.instanceId(), m_f.instanceId);
    }

    void detailOnDemand() {
        RiskRulesModel& model = *m_f.model;
        const QString id = model.index(0, 0).data(RiskRulesModel::IdRole).toString();
        QObject context; // the lambdas below capture locals: disconnected when this test ends
        QString gotId;
        api::RiskRuleDetail detail;
        connect(&model, &RiskRulesModel::detailReady, &context,
                [&](const QString& ruleId, const api::RiskRuleDetail& d) {
                    gotId = ruleId;
                    detail = d;
                });
        model.requestDetail(id);
        QVERIFY(QTest::qWaitFor([&] { return !gotId.isEmpty(); }, 10000));
        QCOMPARE(gotId, id);
        QCOMPARE(detail.ruleName, model.index(0, int(Column::Name)).data().toString());

        bool failed = false;
        connect(&model, &RiskRulesModel::detailFailed, &context, [&](const QString&, const api::ApiError& e) {
            failed = e.httpStatus == 404 || e.httpStatus == 400;
        });
        model.requestDetail(QStringLiteral("no-such-rule"));
        QVERIFY(QTest::qWaitFor([&] { return failed; }, 10000));
    }

    // With 150 ms of latency the refresh answers while the switch is in flight: the row must
    // never show the old state again.
    void refreshDuringToggleKeepsIt() {
        Fixture f;
        QString error;
        QVERIFY2(f.start({QStringLiteral("--latency"), QStringLiteral("150")}, &error), qPrintable(error));
        const int row = 1;
        const QString id = f.model->index(row, 0).data(RiskRulesModel::IdRole).toString();
        const bool was = f.shownOn(row);
        QList<bool> shown;
        connect(f.model.get(), &QAbstractItemModel::dataChanged, this, [&] { shown << f.shownOn(row); });
        QVERIFY(f.model->switchRules({id}, !was));
        f.model->refresh(); // reads while the switch is on its way
        QVERIFY(QTest::qWaitFor([&] { return !f.model->isSwitching(id) && !f.model->isLoading(); }, 10000));
        for (bool s : std::as_const(shown))
            QCOMPARE(s, !was);
        QCOMPARE(f.shownOn(row), !was);
        f.model->refresh();
        QVERIFY(test::waitIdle(*f.model));
        QCOMPARE(f.shownOn(row), !was);
        QCOMPARE(f.serverStates().value(id), was ? QStringLiteral("OFF") : QStringLiteral("ON"));
    }

    // 30 % of requests answer 503: reads are retried, switches are not; a failed switch is rolled
    // back with the error exposed, and what the row shows always matches the service.
    void failuresRollBack() {
        Fixture f;
        QString error;
        QVERIFY2(
            f.start({QStringLiteral("--fail-rate"), QStringLiteral("0.3"), QStringLiteral("--fail-status"),
                     QStringLiteral("503"), QStringLiteral("--fault-seed"), QStringLiteral("7")},
                    &error),
            qPrintable(error));
        QVERIFY2(!f.model->lastError().isError(), qPrintable(f.model->lastError().userMessage()));
        QList<Toggle>* toggles = recordToggles(f.model.get(), this);
        QSignalSpy errors(f.model.get(), &RiskRulesModel::errorChanged);
        int failures = 0;
        for (int i = 0; i < 16; ++i) {
            const int row = i % f.model->rowCount();
            const QString id = f.model->index(row, 0).data(RiskRulesModel::IdRole).toString();
            const bool was = f.shownOn(row);
            const qsizetype seen = toggles->size();
            QVERIFY(f.model->switchRules({id}, !was));
            QVERIFY(QTest::qWaitFor([&] { return toggles->size() > seen; }, 15000));
            const Toggle t = toggles->last();
            if (t.applied) {
                QCOMPARE(f.shownOn(row), !was);
            } else {
                ++failures;
                QCOMPARE(t.error.httpStatus, 503);
                QCOMPARE(f.model->lastError().httpStatus, 503);
                QCOMPARE(f.shownOn(row), was); // rolled back
            }
            QCOMPARE(f.serverStates().value(id) == QLatin1String("ON"), f.shownOn(row));
        }
        QVERIFY2(failures > 0, "with --fail-rate 0.3 some of 16 switches fail");
        QVERIFY2(failures < 16, "and some succeed");
        QVERIFY(errors.count() >= failures);
    }

    // Every answer to a mutation is lost after the change is applied: the model does not send the
    // switch again, re-reads the rules and reports that the change happened.
    void lostAnswerIsVerifiedNotRepeated() {
        Fixture f;
        QString error;
        QVERIFY2(f.start({QStringLiteral("--lost-write-rate"), QStringLiteral("1")}, &error),
                 qPrintable(error));
        QList<Toggle>* toggles = recordToggles(f.model.get(), this);
        const QString id = f.model->index(2, 0).data(RiskRulesModel::IdRole).toString();
        const bool was = f.shownOn(2);
        QSignalSpy refreshed(f.model.get(), &RiskRulesModel::refreshed);
        QVERIFY(f.model->switchRules({id}, !was));
        QVERIFY(QTest::qWaitFor([&] { return !toggles->isEmpty(); }, 20000));
        const Toggle t = toggles->first();
        QVERIFY(t.error.isError()); // the answer was lost...
        QVERIFY(models::isAmbiguousFailure(t.error));
        QVERIFY(t.applied); // ...but re-reading found the change
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(f.count(QStringLiteral("SwitchRiskRule")), 1); // no blind repeat
        QCOMPARE(f.shownOn(2), !was);
        QCOMPARE(f.serverStates().value(id), was ? QStringLiteral("OFF") : QStringLiteral("ON"));
    }

    // The instance changes while a switch is on its way: the answer is still reported, but it
    // touches nothing in the new list.
    void switchThenInstanceChange() {
        Fixture f;
        QString error;
        QVERIFY2(f.start({QStringLiteral("--latency"), QStringLiteral("100")}, &error), qPrintable(error));
        QList<Toggle>* toggles = recordToggles(f.model.get(), this);
        const QString id = f.model->index(0, 0).data(RiskRulesModel::IdRole).toString();
        const bool was = f.shownOn(0);
        QVERIFY(f.model->switchRules({id}, !was));
        const QStringList instances = test::instanceIds(*f.client);
        const QString other = instances.first() == f.instanceId ? instances[1] : instances.first();
        f.model->setInstance(other);
        QVERIFY(!f.model->isSwitching(id));
        QVERIFY(QTest::qWaitFor([&] { return !toggles->isEmpty() && !f.model->isLoading(); }, 10000));
        QCOMPARE(toggles->first().ids, QStringList{id});
        QVERIFY(toggles->first().applied);
        QVERIFY(!f.model->lastError().isError());
        QCOMPARE(f.model->instanceId(), other);
        QCOMPARE(f.serverStates().value(id), was ? QStringLiteral("OFF") : QStringLiteral("ON"));
    }

    void destroyedWhileSwitchingIsSafe() {
        Fixture f;
        QString error;
        QVERIFY2(f.start({QStringLiteral("--latency"), QStringLiteral("100")}, &error), qPrintable(error));
        QVERIFY(f.model->switchRules({f.model->index(0, 0).data(RiskRulesModel::IdRole).toString()}, true));
        f.model->refresh();
        const auto inFlight = test::repliesInFlight(*f.client); // the switch, and the re-read
        QVERIFY(!inFlight.isEmpty());
        f.tester.reset();
        f.model.reset();
        QVERIFY(test::allCancelled(inFlight));
        QVERIFY(test::noTransferRunning(*f.client));
        QTRY_VERIFY(test::allGone(inFlight));
    }
};

QTEST_GUILESS_MAIN(TestRiskRulesModel)
#include "tst_riskrulesmodel.moc"
