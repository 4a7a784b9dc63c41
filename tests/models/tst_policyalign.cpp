// "Make B like A" through the model classes the console uses (PolicyReader, PolicyPlan,
// PolicyApplier) against a live sandbox: instances compared by rule name and type, the preview
// listing every change, the applier's per-request signals and report, and the verifying re-read.
#include "models/api/AuditScopes.h"
#include "models/api/RuleSwitches.h"
#include "models/api/Rules.h"
#include "models/policy/PolicyApplier.h"
#include "models/policy/PolicyReader.h"
#include "tests/models/ModelTestUtil.h"

using namespace dbss;
using namespace dbss::test;

class TestPolicyAlign : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    QString m_a;
    QString m_b;

    std::optional<models::Policy> read(const QString& instance) {
        models::PolicyReader reader(m_client.get());
        QSignalSpy done(&reader, &models::PolicyReader::finished);
        reader.read(instance);
        if (!done.wait(20000) || done.size() != 1)
            return std::nullopt;
        if (done.first().at(2).value<api::ApiError>().isError())
            return std::nullopt;
        return done.first().at(1).value<models::Policy>();
    }
    bool write(const api::ApiRequest& request) {
        int status = 0;
        callJson(*m_client, request, &status);
        return status == 200;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(startSandbox(m_sandbox, m_client, {}, &error), qPrintable(error));
        QStringList active;
        const QJsonObject page = callJson(*m_client, api::listAuditInstances(0, 1000));
        for (const QJsonValue& v : page.value(QLatin1String("servers")).toArray())
            if (v.toObject().value(QLatin1String("status")).toString() == QLatin1String("ACTIVE"))
                active << v.toObject().value(QLatin1String("id")).toString();
        QVERIFY(active.size() >= 2);
        m_a = active.at(0);
        m_b = active.at(1);
    }

    void alignBLikeA() {
        const auto a0 = read(m_a);
        QVERIFY(a0);
        QVERIFY(!a0->riskRules.isEmpty() && !a0->sqlInjectionRules.isEmpty() && !a0->maskingRules.isEmpty());
        // A differs: one risk rule flipped, one SQL-injection rule off, one mask off, a new scope.
        const models::PolicyRule& risk = a0->riskRules.first();
        QVERIFY(write(api::switchRiskRules(m_a, {risk.id}, !risk.on)));
        QVERIFY(write(api::switchSqlInjectionRule(m_a, a0->sqlInjectionRules.first().id, false)));
        QVERIFY(write(api::switchMaskingRules(m_a, {a0->maskingRules.first().id}, false)));
        api::NewAuditScope scope;
        scope.ruleName = QStringLiteral("align-scope");
        scope.dbIds = {QStringLiteral("[ALL]")};
        scope.dbNames = {QStringLiteral("[All databases]")};
        scope.actions = {QStringLiteral("SELECT")};
        QVERIFY(write(api::addAuditScope(m_a, scope)));

        const auto a = read(m_a);
        const auto b = read(m_b);
        QVERIFY(a && b);
        // Ids differ between instances; rules match by name and type.
        QVERIFY(a->riskRules.first().id != b->riskRules.first().id);
        const models::PolicyPlan plan = models::PolicyPlan::compute(*a, *b, m_b, false);
        QVERIFY(plan.isValid());
        QVERIFY(plan.changes.size() >= 4);
        for (const models::PolicyChange& c : plan.changes) {
            QVERIFY2(c.possible, qPrintable(c.describe()));
            QVERIFY(!c.describe().isEmpty());
        }

        models::PolicyApplier applier(m_client.get());
        QSignalSpy perRequest(&applier, &models::PolicyApplier::requestFinished);
        QSignalSpy verifying(&applier, &models::PolicyApplier::verifying);
        QSignalSpy finished(&applier, &models::PolicyApplier::finished);
        applier.apply(plan, *a);
        QVERIFY(finished.wait(30000));
        QCOMPARE(perRequest.size(), plan.requests.size());
        QCOMPARE(verifying.size(), 1);
        const auto report = finished.first().at(0).value<models::PolicyReport>();
        QVERIFY(report.complete());
        QCOMPARE(report.count(models::PolicyOutcome::State::Applied), int(plan.changes.size()));
        QCOMPARE(report.requestsSent, int(plan.requests.size()));
        QVERIFY(report.remaining.inSync());

        // The re-read proves it: B now matches A rule by rule.
        const auto after = read(m_b);
        QVERIFY(after);
        QCOMPARE(after->toFileBytes(), a->toFileBytes());
    }
};

QTEST_GUILESS_MAIN(TestPolicyAlign)
#include "tst_policyalign.moc"
