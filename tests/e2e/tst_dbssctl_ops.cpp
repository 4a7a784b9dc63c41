// Every dbssctl command round-trips against a live dbss-sandbox: reads, then writes verified by
// reading again. Also token auth, lost answers of writes, and that no password reaches the output.

#include "CtlRunner.h"
#include "tests/common/SandboxProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dbss::test;

class TestDbssctlOps : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    QStringList m_conn;
    QString m_instance;

    CtlResult ctl(const QStringList& args, const QByteArray& input = {}) {
        const CtlResult r = runCtl(m_conn + args, input);
        if (r.exitCode != 0)
            qWarning().noquote() << args.join(' ') << "->" << r.exitCode << r.err;
        return r;
    }
    QJsonArray array(const QStringList& args) {
        const CtlResult r = ctl(args + QStringList{"--json"});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray();
    }
    static QJsonObject byKey(const QJsonArray& a, const char* key, const QString& value) {
        for (const QJsonValue& v : a)
            if (v.toObject().value(QLatin1String(key)).toString() == value)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_conn = QStringList{
            "--endpoint",   m_sandbox.url().toString(), "--ak", m_sandbox.ak(), "--sk", m_sandbox.sk(),
            "--project-id", m_sandbox.projectId()};
        const QJsonArray instances = array({"instances", "list"});
        QVERIFY(!instances.isEmpty());
        for (const QJsonValue& v : instances)
            if (v.toObject().value("status").toString() == QLatin1String("ACTIVE") && m_instance.isEmpty())
                m_instance = v.toObject().value("id").toString();
        QVERIFY(!m_instance.isEmpty());
    }

    void account() {
        QCOMPARE(array({"account", "quota"}).size(), 1);
        QVERIFY(array({"account", "quota"}).at(0).toObject().contains("audit_quota"));
        QVERIFY(!array({"account", "specs"}).isEmpty());
        QVERIFY(!array({"account", "zones"}).isEmpty());
    }

    void instanceShowAndJobs() {
        const CtlResult r = ctl({"instances", "show", m_instance, "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("id").toString(), m_instance);
        QCOMPARE(ctl({"instances", "jobs", m_instance}).exitCode, 0);
        QCOMPARE(ctl({"instances", "show", "no-such-instance"}).exitCode, 3);
    }

    void instanceSecurityGroup() {
        const QString sg = QStringLiteral("0f0fbec0-6bcf-4c7e-99fa-f0ddfb1d9bd0");
        QCOMPARE(ctl({"instances", "security-groups", m_instance, "--set", sg}).exitCode, 0);
        const CtlResult r = ctl({"instances", "show", m_instance, "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("security_group_id").toString(), sg);
    }

    void instanceActions() {
        // A spare instance, so the others stay ACTIVE for the rest of the test.
        QString target;
        for (const QJsonValue& v : array({"instances", "list"}))
            if (v.toObject().value("status").toString() == QLatin1String("SHUTOFF"))
                target = v.toObject().value("id").toString();
        QVERIFY(!target.isEmpty());
        const CtlResult start = ctl({"instances", "start", target});
        QCOMPARE(start.exitCode, 0);
        QVERIFY(start.out.contains(target.toUtf8()));
        QVERIFY(byKey(array({"instances", "list"}), "id", target).value("status").toString() != "SHUTOFF" ||
                byKey(array({"instances", "list"}), "id", target).value("task").toString() == "powering-on");
    }

    void instanceBuyThenJobs() {
        const int quotaBefore = array({"account", "quota"}).at(0).toObject().value("audit_quota").toInt();
        const CtlResult buy = ctl({"instances",
                                   "buy",
                                   "--name",
                                   "e2e-bought",
                                   "--edition",
                                   "low",
                                   "--flavor",
                                   "s2.xlarge.4",
                                   "--az",
                                   "cn-north-4b",
                                   "--vpc",
                                   "4c035747-f77b-4c6d-b23b-cb3a2b96c7e6",
                                   "--subnet",
                                   "6201dcf2-1374-43ec-ae8b-78b4081572d3",
                                   "--security-group",
                                   "59c45017-a484-481b-8440-18c2214ccb06",
                                   "--product-id",
                                   "00301-225396-0--0",
                                   "--period",
                                   "month",
                                   "--count",
                                   "2",
                                   "--json"});
        QCOMPARE(buy.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(buy.out).object().value("order_id").toString().isEmpty());
        const QJsonObject bought = byKey(array({"instances", "list"}), "name", "e2e-bought");
        QVERIFY(!bought.isEmpty());
        QCOMPARE(bought.value("zone").toString(), QStringLiteral("cn-north-4b"));
        QCOMPARE(array({"account", "quota"}).at(0).toObject().value("audit_quota").toInt(), quotaBefore - 1);
        QVERIFY(!array({"instances", "jobs", bought.value("id").toString()}).isEmpty());
        QCOMPARE(ctl({"instances", "buy", "--name", "x", "--edition", "huge", "--flavor", "f", "--az", "a",
                      "--vpc", "v", "--subnet", "s", "--security-group", "g", "--product-id", "p"})
                     .exitCode,
                 2);
    }

    void databasesAddSwitchDelete() {
        const int before = int(array({"databases", "list", "--instance", m_instance}).size());
        const CtlResult add = ctl({"databases",  "add",    "--instance", m_instance,        "--type",
                                   "POSTGRESQL", "--name", "e2e_db",     "--version",       "14",
                                   "--charset",  "UTF8",   "--ip",       "10.9.8.7",        "--port",
                                   "5432",       "--os",   "LINUX64",    "--instance-name", "e2e"});
        QCOMPARE(add.exitCode, 0);
        const QJsonArray afterAdd = array({"databases", "list", "--instance", m_instance});
        QCOMPARE(afterAdd.size(), before + 1);
        const QJsonObject db = byKey(afterAdd, "name", "e2e_db");
        QCOMPARE(db.value("ip").toString(), QStringLiteral("10.9.8.7"));
        const QString id = db.value("id").toString();
        QVERIFY(add.out.contains(id.toUtf8()));

        QCOMPARE(ctl({"databases", "switch", "--instance", m_instance, "--db", id, "--off"}).exitCode, 0);
        QCOMPARE(byKey(array({"databases", "list", "--instance", m_instance}), "id", id)
                     .value("status")
                     .toString(),
                 QStringLiteral("OFF"));
        const QJsonArray off = array({"databases", "list", "--instance", m_instance, "--status", "OFF"});
        QVERIFY(!byKey(off, "id", id).isEmpty());
        for (const QJsonValue& v : off)
            QCOMPARE(v.toObject().value("status").toString(), QStringLiteral("OFF"));

        QCOMPARE(ctl({"databases", "delete", "--instance", m_instance, "--db", id}).exitCode, 0);
        const QJsonArray afterDelete = array({"databases", "list", "--instance", m_instance});
        QCOMPARE(afterDelete.size(), before);
        QVERIFY(byKey(afterDelete, "id", id).isEmpty());
    }

    void rdsCandidatesAndAdd() {
        const QJsonArray candidates = array({"databases", "rds-candidates", "--instance", m_instance});
        QVERIFY(!candidates.isEmpty());
        const QString id = candidates.at(0).toObject().value("id").toString();
        const CtlResult r = ctl({"databases", "add-rds", "--instance", m_instance, "--db", id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(id.toUtf8()));
        QCOMPARE(ctl({"databases", "add-rds", "--instance", m_instance, "--db", "not-a-candidate"}).exitCode,
                 2);
    }

    void agentsSwitch() {
        const QJsonArray agents = array({"agents", "list", "--instance", m_instance});
        QVERIFY(!agents.isEmpty());
        const QString id = agents.at(0).toObject().value("agent_id").toString();
        QCOMPARE(ctl({"agents", "switch", "--instance", m_instance, "--agent", id, "--off"}).exitCode, 0);
        QCOMPARE(byKey(array({"agents", "list", "--instance", m_instance}), "agent_id", id)
                     .value("status")
                     .toInt(-1),
                 0);
        QCOMPARE(ctl({"agents", "switch", "--instance", m_instance, "--agent", id, "--on"}).exitCode, 0);
        QCOMPARE(byKey(array({"agents", "list", "--instance", m_instance}), "agent_id", id)
                     .value("status")
                     .toInt(-1),
                 1);
    }

    void rules() {
        const QJsonObject db = array({"databases", "list", "--instance", m_instance}).at(0).toObject();
        QCOMPARE(ctl({"rules", "scopes", "add", "--instance", m_instance, "--name", "e2e-scope", "--db-ids",
                      db.value("id").toString(), "--db-names", db.value("name").toString(), "--source-ips",
                      "10.0.0.1,10.0.0.2"})
                     .exitCode,
                 0);
        const QJsonObject scope =
            byKey(array({"rules", "scopes", "list", "--instance", m_instance}), "name", "e2e-scope");
        QCOMPARE(scope.value("source_ips").toString(), QStringLiteral("10.0.0.1,10.0.0.2"));

        QCOMPARE(ctl({"rules", "scopes", "add", "--instance", m_instance, "--name", "e2e-all", "--db-ids",
                      "[ALL]", "--db-names", "[All databases]", "--action", "LOGIN,DELETE"})
                     .exitCode,
                 0);
        QCOMPARE(byKey(array({"rules", "scopes", "list", "--instance", m_instance}), "name", "e2e-all")
                     .value("action")
                     .toString(),
                 QStringLiteral("LOGIN,DELETE"));

        const QJsonArray high =
            array({"rules", "sql-injection", "list", "--instance", m_instance, "--risk-levels", "HIGH"});
        QVERIFY(!high.isEmpty());
        for (const QJsonValue& v : high)
            QCOMPARE(v.toObject().value("risk_level").toString(), QStringLiteral("HIGH"));

        const QJsonArray risks = array({"rules", "risk", "list", "--instance", m_instance});
        QVERIFY(risks.size() >= 2);
        const QString a = risks.at(0).toObject().value("id").toString();
        const QString b = risks.at(1).toObject().value("id").toString();
        QCOMPARE(ctl({"rules", "risk", "switch", "--instance", m_instance, "--ids", a + "," + b, "--off"})
                     .exitCode,
                 0);
        const QJsonArray after = array({"rules", "risk", "list", "--instance", m_instance});
        QCOMPARE(byKey(after, "id", a).value("status").toString(), QStringLiteral("OFF"));
        QCOMPARE(byKey(after, "id", b).value("status").toString(), QStringLiteral("OFF"));
        const CtlResult show = ctl({"rules", "risk", "show", "--instance", m_instance, a, "--json"});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(show.out).object().value("rule_id").toString(), a);
        QCOMPARE(QJsonDocument::fromJson(show.out).object().value("status").toString(),
                 QStringLiteral("OFF"));

        QVERIFY(!array({"rules", "masks", "list", "--instance", m_instance}).isEmpty());

        // Query values with + & = % and non-ASCII are encoded as they are signed (no 401) and
        // reach the service unchanged.
        const QString name = risks.at(0).toObject().value("name").toString();
        const QJsonArray byName = array({"rules", "risk", "list", "--instance", m_instance, "--name", name});
        QVERIFY(!byKey(byName, "name", name).isEmpty());
        for (const QString& odd : {QStringLiteral("a+b c&d=e"), QStringLiteral("数据库 50%")}) {
            const CtlResult r =
                ctl({"rules", "risk", "list", "--instance", m_instance, "--name", odd, "--json"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(QJsonDocument::fromJson(r.out).array().isEmpty());
        }
    }

    void rulesExport() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CtlResult r = ctl({"rules", "export", "--instance", m_instance, "--out", dir.path()});
        QCOMPARE(r.exitCode, 0);
        const QStringList files = QDir(dir.path()).entryList({"*.csv"}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{"audit-scopes.csv", "masking-rules.csv", "risk-rules.csv",
                                     "sql-injection-rules.csv"}));
        QFile risk(QDir(dir.path()).filePath("risk-rules.csv"));
        QVERIFY(risk.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = risk.readAll().split('\n');
        QVERIFY(lines.first().startsWith("ID,Name,"));
        QCOMPARE(int(lines.size()) - 2,
                 int(array({"rules", "risk", "list", "--instance", m_instance}).size()));
    }

    void operationLogs() {
        const QJsonArray all = array({"oplog", "list", "--instance", m_instance, "--range", "MONTH"});
        QVERIFY(!all.isEmpty());
        const QJsonArray ok =
            array({"oplog", "list", "--instance", m_instance, "--range", "MONTH", "--result", "success"});
        for (const QJsonValue& v : ok)
            QCOMPARE(v.toObject().value("result").toString(), QStringLiteral("success"));
        QCOMPARE(ctl({"oplog", "list", "--instance", m_instance, "--from", "2020-01-01 00:00:00", "--to",
                      "2030-01-01 00:00:00"})
                     .exitCode,
                 0);
    }

    void tagsRoundTrip() {
        QVERIFY(!array({"tags", "list"}).isEmpty());
        const QJsonArray resources = array({"tags", "filter"});
        QVERIFY(!resources.isEmpty());
        const QString rid = resources.at(0).toObject().value("resource_id").toString();
        QCOMPARE(ctl({"tags", "add", "--resource", rid, "e2e-key=e2e-value"}).exitCode, 0);
        const QJsonArray tagged = array({"tags", "filter", "e2e-key=e2e-value"});
        QCOMPARE(tagged.size(), 1);
        QCOMPARE(tagged.at(0).toObject().value("resource_id").toString(), rid);
        const CtlResult count = ctl({"tags", "count", "e2e-key", "--json"});
        QCOMPARE(QJsonDocument::fromJson(count.out).array().at(0).toObject().value("total_count").toInt(), 1);
        QCOMPARE(ctl({"tags", "delete", "--resource", rid, "e2e-key"}).exitCode, 0);
        QVERIFY(array({"tags", "filter", "e2e-key=e2e-value"}).isEmpty());
        QCOMPARE(ctl({"tags", "add", "--resource", rid, "no-value"}).exitCode, 2);
    }

    void connectionsNeverPrintPasswords() {
        const QByteArray password = "Drs-Secret-Pw-9137";
        const CtlResult drs =
            ctl({"drs", "connection", "create", "--name", "e2e-mysql", "--db-type", "mysql", "--ip",
                 "127.0.0.1", "--port", "3306", "--user", "root", "--password-stdin", "--verbose"},
                password + "\n");
        QCOMPARE(drs.exitCode, 0);
        QVERIFY(drs.out.contains("DRS connection created: "));
        QVERIFY(!drs.out.contains(password) && !drs.err.contains(password));
        QVERIFY(drs.err.contains("/v5/")); // the verbose log is there, redacted

        const QByteArray dasPassword = "Das-Secret-Pw-5521";
        // DAS connects to an RDS instance: one the account has.
        const QString rds = array({"databases", "rds-candidates", "--instance", m_instance})
                                .at(0)
                                .toObject()
                                .value("id")
                                .toString();
        const CtlResult das =
            ctl({"das", "connection", "create", "--instance", rds, "--engine", "mysql", "--user", "root",
                 "--password-stdin", "--save-password", "--sql-record", "--verbose", "--json"},
                dasPassword + "\n");
        QCOMPARE(das.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(das.out).object().value("connection_id").toString().isEmpty());
        QVERIFY(!das.out.contains(dasPassword) && !das.err.contains(dasPassword));
        QCOMPARE(ctl({"drs", "connection", "create", "--name", "e2e-mysql2", "--db-type", "mysql", "--ip",
                      "127.0.0.1", "--user", "root"})
                     .exitCode,
                 2); // no --password-stdin
    }

    void tokenAuth() {
        const QStringList base{
            "--endpoint",   m_sandbox.url().toString(), "--iam-user", "demo", "--iam-domain",
            "demo-account", "--iam-password-stdin",     "instances",  "list", "--json",
            "--verbose"};
        const CtlResult ok = runCtl(base, "Demo@12345\n");
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(ok.out).array().isEmpty());
        QVERIFY(ok.err.contains("/v3/auth/tokens"));
        QVERIFY(!ok.err.contains("Demo@12345"));
        const CtlResult bad = runCtl(base, "wrong\n");
        QCOMPARE(bad.exitCode, 3);
        QVERIFY(bad.err.contains("401"));
        QVERIFY(!bad.err.contains("wrong\n"));
    }

    void projectIdFromIam() {
        const CtlResult r = runCtl({"--endpoint", m_sandbox.url().toString(), "--ak", m_sandbox.ak(), "--sk",
                                    m_sandbox.sk(), "account", "quota", "--json", "--verbose"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("/v3/projects"));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0).toObject().value("project_id").toString(),
                 m_sandbox.projectId());
    }

    void lostAnswerOfWriteIsVerifiedNotRepeated() {
        SandboxProcess lossy({"--lost-write-rate", "1"});
        QString error;
        QVERIFY2(lossy.start(&error), qPrintable(error));
        const QStringList conn{
            "--endpoint",   lossy.url().toString(), "--ak",      lossy.ak(), "--sk", lossy.sk(),
            "--project-id", lossy.projectId(),      "--timeout", "5"};
        const CtlResult list = runCtl(conn + QStringList{"instances", "list", "--json"});
        QCOMPARE(list.exitCode, 0);
        QString instance;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array())
            if (v.toObject().value("status").toString() == QLatin1String("ACTIVE"))
                instance = v.toObject().value("id").toString();
        const CtlResult risks =
            runCtl(conn + QStringList{"rules", "risk", "list", "--instance", instance, "--json"});
        const QString rule =
            QJsonDocument::fromJson(risks.out).array().at(0).toObject().value("id").toString();
        QVERIFY(!rule.isEmpty());
        const CtlResult sw = runCtl(conn + QStringList{"rules", "risk", "switch", "--instance", instance,
                                                       "--ids", rule, "--off", "--verbose"});
        QCOMPARE(sw.exitCode, 0);
        QVERIFY(sw.out.contains("verified"));
        QCOMPARE(sw.err.count("POST "), 1); // sent once, never repeated
    }
};

QTEST_GUILESS_MAIN(TestDbssctlOps)
#include "tst_dbssctl_ops.moc"
