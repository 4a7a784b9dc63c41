// dbss-sandbox --fleet: several accounts and regions in one process, each with its own keys and
// data. A request signed with one tenant's keys never reaches another tenant's project (403, the
// documented DBSS.10020100), an unknown key is 401, IAM lists the caller's own projects; the fleet
// file is checked (field problems, an AK with two SKs, a project twice).
#include "sandbox/SandboxCli.h"
#include "sandbox/SandboxFleet.h"
#include "tests/common/FleetSandbox.h"
#include "tests/common/SandboxAsserts.h"
#include "tests/common/SandboxTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace dbss::test;
using dbss::sandbox::SandboxTenant;

class TestFleetTenants : public QObject {
    Q_OBJECT
    FleetSandbox m_fleet;
    std::unique_ptr<SandboxTestClient> m_alpha;
    std::unique_ptr<SandboxTestClient> m_beta;

    static QString instancesPath(const QString& project) {
        return QStringLiteral("/v1/%1/dbss/audit/instances").arg(project);
    }
    QStringList projectNames(SandboxTestClient& client, const QString& query = {}) {
        const TestResponse r = client.get(QStringLiteral("/v3/projects") + query);
        QStringList names;
        for (const QJsonValue& p : r.json().value(QStringLiteral("projects")).toArray())
            names << p.toObject().value(QStringLiteral("name")).toString() + u'=' +
                         p.toObject().value(QStringLiteral("id")).toString();
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_fleet.start(&error), qPrintable(error));
        m_alpha = std::make_unique<SandboxTestClient>(m_fleet.sandbox->url(), m_fleet.sandbox->ak(),
                                                      m_fleet.sandbox->sk());
        m_beta = std::make_unique<SandboxTestClient>(m_fleet.sandbox->url(), FleetSandbox::kOpsAk,
                                                     FleetSandbox::kOpsSk);
    }

    void eachTenantReadsItsOwnProjects() {
        for (const QString& project : {m_fleet.sandbox->projectId(), QString(FleetSandbox::kEastProject)})
            QCOMPARE(m_alpha->get(instancesPath(project)).status, 200);
        for (const char* project : {FleetSandbox::kOpsNorthProject, FleetSandbox::kOpsSouthProject}) {
            const TestResponse r = m_beta->get(instancesPath(project));
            QCOMPARE(r.status, 200);
            QVERIFY(!r.json().value(QStringLiteral("servers")).toArray().isEmpty());
        }
    }

    void anotherTenantsProjectIsForbidden() {
        for (const QString& project : {m_fleet.sandbox->projectId(), QString(FleetSandbox::kEastProject)}) {
            const QString p =
                errorProblem(m_beta->get(instancesPath(project)), 403, QStringLiteral("DBSS.10020100"));
            QVERIFY2(p.isEmpty(), qPrintable(p));
        }
        const QString p = errorProblem(m_alpha->get(instancesPath(FleetSandbox::kOpsSouthProject)), 403,
                                       QStringLiteral("DBSS.10020100"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void anotherTenantsSecretDoesNotSign() {
        SandboxTestClient mixed(m_fleet.sandbox->url(), FleetSandbox::kOpsAk, m_fleet.sandbox->sk());
        const QString p = errorProblem(mixed.get(instancesPath(FleetSandbox::kOpsNorthProject)), 401,
                                       QStringLiteral("DBSS.10020100"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        SandboxTestClient unknown(m_fleet.sandbox->url(), QStringLiteral("NOSUCHAK000000000000"),
                                  FleetSandbox::kOpsSk);
        QCOMPARE(unknown.get(instancesPath(FleetSandbox::kOpsNorthProject)).status, 401);
    }

    void iamListsTheCallersProjects() {
        QCOMPARE(projectNames(*m_beta),
                 (QStringList{QStringLiteral("cn-north-4=") + FleetSandbox::kOpsNorthProject,
                              QStringLiteral("cn-south-1=") + FleetSandbox::kOpsSouthProject}));
        QCOMPARE(projectNames(*m_alpha, QStringLiteral("?name=cn-east-3")),
                 QStringList{QStringLiteral("cn-east-3=") + FleetSandbox::kEastProject});
        QCOMPARE(projectNames(*m_beta, QStringLiteral("?name=cn-east-3")), QStringList());
    }

    void zonesFollowTheProjectsRegion() {
        const TestResponse r = m_beta->get(
            QStringLiteral("/v2/%1/dbss/audit/availability-zone").arg(FleetSandbox::kOpsSouthProject));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains("cn-south-1"), r.body.constData());
        QVERIFY(!r.body.contains("cn-north-4"));
    }

    void fleetFilesAreChecked() {
        QList<SandboxTenant> tenants;
        QString error;
        QVERIFY(dbss::sandbox::parseFleet(
            R"({"tenants":[{"ak":"AK1","sk":"s","project_id":"11111111111111111111111111111111","region":"cn-east-3","seed":5}]})",
            &tenants, &error));
        QCOMPARE(tenants.size(), 1);
        QCOMPARE(tenants.first().seed, 5);
        QCOMPARE(tenants.first().user, QStringLiteral("demo"));

        QVERIFY(!dbss::sandbox::parseFleet(
            R"({"tenants":[{"ak":"AK1","sk":"s","project_id":"123","region":"cn-east-3"}]})", &tenants,
            &error));
        QVERIFY2(error.contains("tenant 1") && error.contains("project_id"), qPrintable(error));
        QVERIFY(!dbss::sandbox::parseFleet(R"([1,2])", &tenants, &error));
        QVERIFY(error.contains("tenants"));

        dbss::sandbox::SandboxOptions options;
        options.tenants = {{options.ak, QStringLiteral("other"),
                            QStringLiteral("11111111111111111111111111111111"), QStringLiteral("cn-east-3"),
                            QStringLiteral("demo"), 0}};
        QVERIFY(dbss::sandbox::fleetProblem(options).contains("two different secret keys"));
        options.tenants.first().sk = options.sk;
        QVERIFY(dbss::sandbox::fleetProblem(options).isEmpty());
        options.tenants.first().projectId = options.projectId;
        QVERIFY(dbss::sandbox::fleetProblem(options).contains("two tenants"));
        options.tenants = dbss::sandbox::demoFleet(options);
        QVERIFY2(dbss::sandbox::fleetProblem(options).isEmpty(),
                 qPrintable(dbss::sandbox::fleetProblem(options)));

        dbss::sandbox::CliConfig config;
        QVERIFY(!dbss::sandbox::parseCommandLine({"dbss-sandbox", "--fleet", "/nonexistent/fleet.json"},
                                                 &config, &error));
        QVERIFY2(error.startsWith("--fleet"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFleetTenants)
#include "tst_fleettenants.moc"
