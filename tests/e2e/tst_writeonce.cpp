// A mutation whose answer is lost is applied exactly once: the sandbox applies the write and then
// drops the connection (--lost-write-rate 1); the client must not send it again (Qt's network
// stack would, silently, if the body could be re-read) and must report the failure as such.
#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "models/api/OperationLogs.h"
#include "models/api/ParseReply.h"
#include "models/api/Rules.h"
#include "models/tables/RiskRulesModel.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dbss;

class TestWriteOnce : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    QString m_instance;

    template <class T> bool call(const api::ApiRequest& request, T* out, api::ApiError* error) {
        api::ApiReply* reply = m_client->send(request);
        QSignalSpy done(reply, &api::ApiReply::finished);
        if (!done.wait(15000))
            return false;
        reply->deleteLater();
        return api::parseReply(*reply, out, error);
    }

    int operationLogRows() {
        api::OperationLogQuery query;
        query.timeRange = QStringLiteral("DAY");
        query.size = 1;
        api::ListOperationLogsResponse logs;
        api::ApiError error;
        if (!call(api::listOperationLogs(m_instance, query), &logs, &error))
            return -1;
        return logs.totalNum;
    }

private Q_SLOTS:
    void initTestCase() {
        m_sandbox = std::make_unique<test::SandboxProcess>(
            QStringList{QStringLiteral("--lost-write-rate"), QStringLiteral("1")});
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_client = std::make_unique<api::ApiClient>(test::clientConfigFor(*m_sandbox));
        api::ListAuditInstancesResponse instances;
        api::ApiError apiError;
        QVERIFY(call(api::listAuditInstances(0, 100), &instances, &apiError));
        for (const api::AuditInstance& i : instances.servers)
            if (i.status == QLatin1String("ACTIVE"))
                m_instance = i.id;
        QVERIFY(!m_instance.isEmpty());
    }

    void lostAnswerIsNotResent() {
        api::ListRiskRulesResponse rules;
        api::ApiError error;
        QVERIFY(call(api::listRiskRules(m_instance, {}, {}), &rules, &error));
        QVERIFY(!rules.rules.isEmpty());
        const api::RiskRule rule = rules.rules.first();
        const bool target = rule.status != QLatin1String("ON");
        const int before = operationLogRows();
        QVERIFY(before >= 0);

        QList<api::RequestLogEntry> log;
        const QMetaObject::Connection logging = connect(m_client.get(), &api::ApiClient::requestLogged, this,
                                                        [&log](const api::RequestLogEntry& e) { log << e; });
        api::ApiReply* reply = m_client->send(api::switchRiskRules(m_instance, {rule.id}, target));
        QSignalSpy done(reply, &api::ApiReply::finished);
        QVERIFY(done.wait(15000));
        disconnect(logging);
        QVERIFY(!reply->ok()); // the answer never came
        QCOMPARE(reply->error().kind, api::ApiError::Kind::Network);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().attempt, 1);

        // The server applied the switch once: one operation-log row, and the rule switched.
        QCOMPARE(operationLogRows(), before + 1);
        api::ListRiskRulesResponse after;
        QVERIFY(call(api::listRiskRules(m_instance, {}, {}), &after, &error));
        for (const api::RiskRule& r : after.rules)
            if (r.id == rule.id)
                QCOMPARE(r.status, target ? QStringLiteral("ON") : QStringLiteral("OFF"));
    }

    void modelReReadsAndKeepsWhatHappened() {
        // The model's toggle: optimistic, then after the ambiguous failure it re-reads and shows
        // the state the server really has (switched), applied once.
        models::RiskRulesModel model(m_client.get());
        model.setInstance(m_instance);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, 15000);
        const QModelIndex check = model.index(0, int(models::RiskRulesModel::Column::Enabled));
        const bool wasOn = check.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        const int before = operationLogRows();
        QSignalSpy finished(&model, &models::RemoteTableModel::toggleFinished);
        QVERIFY(model.setData(check, wasOn ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(2).toBool(), true); // applied, as the re-read showed
        QCOMPARE(
            model.index(0, int(models::RiskRulesModel::Column::Enabled)).data(Qt::CheckStateRole).toInt(),
            int(wasOn ? Qt::Unchecked : Qt::Checked));
        QCOMPARE(operationLogRows(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestWriteOnce)
#include "tst_writeonce.moc"
