// Policy as code against a live dbss-sandbox (docs/policy.md): export A -> apply to B -> diff is
// empty and B matches A rule by rule; a second apply sends no mutation (operation log); apply under
// faults reports exactly what took effect and a rerun completes the rest, nothing applied twice;
// bad files are refused before any request.

#include "CtlRunner.h"
#include "tests/common/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace dbss::test;

class TestDbssctlPolicy : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QStringList m_conn;
    QString m_a;
    QString m_b;

    // (Re)starts the sandbox on the test's state file, with extra (fault) options.
    bool startSandbox(const QStringList& extra = {}) {
        m_sandbox.reset();
        m_sandbox =
            std::make_unique<SandboxProcess>(QStringList{"--state", m_dir.filePath("state.json")} + extra);
        QString error;
        if (!m_sandbox->start(&error)) {
            qWarning() << error;
            return false;
        }
        m_conn = QStringList{
            "--endpoint",   m_sandbox->url().toString(), "--ak", m_sandbox->ak(), "--sk", m_sandbox->sk(),
            "--project-id", m_sandbox->projectId()};
        return true;
    }
    CtlResult ctl(const QStringList& args) { return runCtl(m_conn + args); }
    QJsonDocument json(const QStringList& args) {
        const CtlResult r = ctl(args + QStringList{"--json"});
        if (r.exitCode != 0 && r.exitCode != 5)
            qWarning().noquote() << args.join(' ') << "->" << r.exitCode << r.err;
        return QJsonDocument::fromJson(r.out);
    }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    qsizetype oplogRows(const QString& instance) {
        return json({"oplog", "list", "--instance", instance}).array().size();
    }
    QJsonObject exported(const QString& instance) {
        const CtlResult r = ctl({"policy", "export", "--instance", instance});
        return QJsonDocument::fromJson(r.out).object();
    }
    static QString idByName(const QJsonArray& rows, const QString& name) {
        for (const QJsonValue& v : rows)
            if (v.toObject().value("name").toString() == name)
                return v.toObject().value("id").toString();
        return {};
    }
    static QStringList names(const QJsonArray& rows, const QString& status, int n) {
        QStringList out;
        for (const QJsonValue& v : rows)
            if (v.toObject().value("status").toString() == status && out.size() < n)
                out << v.toObject().value("name").toString();
        return out;
    }
    static QStringList ids(const QJsonArray& rows, const QStringList& wanted) {
        QStringList out;
        for (const QString& name : wanted)
            out << idByName(rows, name);
        return out;
    }
    // Makes A differ from B in every list: risk rules on and off, SQL-injection and masking rules
    // off, two new scopes on A, an extra scope on B. Returns false when a write failed.
    bool makeDifferences(const QString& tag) {
        const QJsonArray risks = json({"rules", "risk", "list", "--instance", m_a}).array();
        const QJsonArray sqls = json({"rules", "sql-injection", "list", "--instance", m_a}).array();
        const QJsonArray masks = json({"rules", "masks", "list", "--instance", m_a}).array();
        const QStringList riskOff = ids(risks, names(risks, "ON", 3));
        const QStringList riskOn = ids(risks, names(risks, "OFF", 1));
        const QStringList sqlOff = ids(sqls, names(sqls, "ON", 2));
        const QStringList maskOff = ids(masks, names(masks, "ON", 2));
        if (riskOff.size() != 3 || riskOn.size() != 1 || sqlOff.size() != 2 || maskOff.size() != 2)
            return false;
        QList<QStringList> writes{
            {"rules", "risk", "switch", "--instance", m_a, "--ids", riskOff.join(','), "--off"},
            {"rules", "risk", "switch", "--instance", m_a, "--ids", riskOn.join(','), "--on"},
            {"rules", "masks", "switch", "--instance", m_a, "--ids", maskOff.join(','), "--off"},
            {"rules", "scopes", "add", "--instance", m_a, "--name", "all-" + tag, "--db-ids", "[ALL]",
             "--db-names", "[All databases]", "--action", "SELECT,DELETE", "--source-ips", "10.0.0.1"},
            {"rules", "scopes", "add", "--instance", m_a, "--name", "logins-" + tag, "--db-ids", "[ALL]",
             "--db-names", "[All databases]", "--action", "LOGIN"},
            {"rules", "scopes", "add", "--instance", m_b, "--name", "extra-" + tag, "--db-ids", "[ALL]",
             "--db-names", "[All databases]"},
        };
        for (const QString& id : sqlOff)
            writes << QStringList{"rules", "sql-injection", "switch", "--instance", m_a, "--id", id, "--off"};
        for (const QStringList& w : writes) {
            const CtlResult r = ctl(w);
            if (r.exitCode != 0) {
                qWarning().noquote() << w.join(' ') << r.err;
                return false;
            }
        }
        return true;
    }
    // Every rule and scope of the policy JSON, keyed by list/type/name, with its state.
    static QMap<QString, QJsonObject> entries(const QJsonObject& policy) {
        QMap<QString, QJsonObject> out;
        for (const char* list : {"risk_rules", "sql_injection_rules", "masking_rules", "audit_scopes"})
            for (const QJsonValue& v : policy.value(QLatin1String(list)).toArray())
                out.insert(QLatin1String(list) + '/' + v.toObject().value("type").toString() + '/' +
                               v.toObject().value("name").toString(),
                           v.toObject());
        return out;
    }
    bool writeFile(const QString& name, const QJsonObject& o) {
        QFile f(file(name));
        return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(startSandbox());
        QStringList active;
        for (const QJsonValue& v : json({"instances", "list"}).array())
            if (v.toObject().value("status").toString() == QLatin1String("ACTIVE"))
                active << v.toObject().value("id").toString();
        QVERIFY(active.size() >= 2);
        m_a = active.at(0);
        m_b = active.at(1);
        QVERIFY(!m_a.isEmpty() && !m_b.isEmpty() && m_a != m_b);
    }

    void exportApplyDiff() {
        QVERIFY(makeDifferences("x"));
        QCOMPARE(ctl({"policy", "export", "--instance", m_a, "--out", file("a.json")}).exitCode, 0);
        QFile f(file("a.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        const QJsonObject a = QJsonDocument::fromJson(text).object();
        QCOMPARE(a.value("version").toInt(), 1);
        QCOMPARE(a.value("schema").toString(), QStringLiteral("dbss-console/policy"));
        QVERIFY(!text.contains(m_a.toUtf8()));
        for (const QJsonValue& v : json({"rules", "risk", "list", "--instance", m_a}).array())
            QVERIFY2(!text.contains(v.toObject().value("id").toString().toUtf8()),
                     "no instance-specific ids");
        QVERIFY(!text.contains(m_sandbox->sk().toUtf8()));
        // Stable: a second export is byte for byte the same.
        QCOMPARE(ctl({"policy", "export", "--instance", m_a}).out, text);

        QCOMPARE(ctl({"policy", "diff", "--instance", m_b, "--file", file("a.json")}).exitCode, 5);
        const QJsonObject plan =
            json({"policy", "apply", "--instance", m_b, "--file", file("a.json"), "--dry-run"})
                .object()
                .value("plans")
                .toArray()
                .at(0)
                .toObject();
        // The smallest set of calls: risk and masking rules in at most one switch-on and one
        // switch-off request each, one call per SQL-injection rule (the API takes one id) and scope.
        QMap<QString, int> perOperation;
        for (const QJsonValue& v : plan.value("requests").toArray())
            ++perOperation[v.toObject().value("operation").toString()];
        QMap<QString, int> perList;
        for (const QJsonValue& v : plan.value("changes").toArray()) {
            QVERIFY(v.toObject().value("possible").toBool());
            ++perList[v.toObject().value("list").toString()];
        }
        QVERIFY(perList.value("risk_rules") >= 3);
        QCOMPARE(perOperation.value("SwitchRiskRule"), 2);
        QCOMPARE(perOperation.value("SetSensitiveMaskRuleSwitch"), 1);
        QCOMPARE(perOperation.value("SetAuditSqlRuleSwitch"), perList.value("sql_injection_rules"));
        QCOMPARE(perOperation.value("AddAuditRuleScope"), 2);
        QCOMPARE(perOperation.value("DeleteAuditScope"), 1);
        const qsizetype changes = plan.value("changes").toArray().size();
        const qsizetype requests = plan.value("requests").toArray().size();
        const qsizetype before = oplogRows(m_b);
        const CtlResult applied = ctl({"policy", "apply", "--instance", m_b, "--file", file("a.json")});
        QVERIFY2(applied.exitCode == 0, applied.out + applied.err);
        QVERIFY2(applied.out.contains(QString("%1 applied, 0 failed").arg(changes).toUtf8()), applied.out);
        QCOMPARE(oplogRows(m_b), before + requests); // one logged operation per request
        QCOMPARE(ctl({"policy", "diff", "--instance", m_b, "--file", file("a.json")}).exitCode, 0);
        // A re-read of B matches A rule by rule.
        const QMap<QString, QJsonObject> wantA = entries(a);
        const QMap<QString, QJsonObject> gotB = entries(exported(m_b));
        QCOMPARE(gotB.keys(), wantA.keys());
        for (auto it = wantA.cbegin(); it != wantA.cend(); ++it)
            QCOMPARE(gotB.value(it.key()), it.value());

        // Idempotent: the second run sends no mutation.
        const qsizetype afterFirst = oplogRows(m_b);
        const CtlResult again = ctl({"policy", "apply", "--instance", m_b, "--file", file("a.json")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("in sync"));
        QCOMPARE(oplogRows(m_b), afterFirst);
    }

    void refusesBadFiles() {
        QCOMPARE(ctl({"policy", "export", "--instance", m_a, "--out", file("good.json")}).exitCode, 0);
        QFile f(file("good.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject good = QJsonDocument::fromJson(f.readAll()).object();
        // Nothing listens on port 1: a refusal with exit 2 (not 4) proves no request was sent.
        const QStringList offline{"--endpoint", "http://127.0.0.1:1", "--ak", "AK", "--sk",
                                  "SK",         "--project-id",       "p"};

        QJsonObject future = good;
        future.insert("version", 2);
        QVERIFY(writeFile("future.json", future));
        CtlResult r = runCtl(
            offline + QStringList{"policy", "apply", "--instance", m_b, "--file", file("future.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("version 2"), r.err);

        QJsonObject wrongType = good;
        QJsonArray risks = wrongType.value("risk_rules").toArray();
        QJsonObject first = risks.at(0).toObject();
        first.insert("type", "SOMETIMES");
        risks[0] = first;
        wrongType.insert("risk_rules", risks);
        QVERIFY(writeFile("type.json", wrongType));
        r = runCtl(offline + QStringList{"policy", "diff", "--instance", m_b, "--file", file("type.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("risk_rules[0].type") && r.err.contains("SOMETIMES"), r.err);

        QJsonObject unknownField = good;
        unknownField.insert("rules", QJsonArray());
        QVERIFY(writeFile("field.json", unknownField));
        r = runCtl(offline + QStringList{"policy", "diff", "--instance", m_b, "--file", file("field.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("rules: unknown field"), r.err);

        // An unknown rule name needs the instance's lists (reads) but sends no mutation.
        QJsonObject unknownName = good;
        risks = unknownName.value("risk_rules").toArray();
        first = risks.at(0).toObject();
        first.insert("name", "No_Such_Rule");
        first.insert("enabled", !first.value("enabled").toBool());
        risks[0] = first;
        unknownName.insert("risk_rules", risks);
        QVERIFY(writeFile("name.json", unknownName));
        const qsizetype before = oplogRows(m_b);
        r = ctl({"policy", "apply", "--instance", m_b, "--file", file("name.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("No_Such_Rule") && r.err.contains("nothing was sent"), r.err);
        QCOMPARE(oplogRows(m_b), before);
    }

    void applyUnderFaults() {
        // Fresh differences between A and B, exported without faults.
        QVERIFY(makeDifferences("y"));
        QCOMPARE(ctl({"policy", "export", "--instance", m_a, "--out", file("a2.json")}).exitCode, 0);
        const QJsonObject plan = json({"policy", "diff", "--instance", m_b, "--file", file("a2.json")})
                                     .object()
                                     .value("plans")
                                     .toArray()
                                     .at(0)
                                     .toObject();
        const qsizetype requests = plan.value("requests").toArray().size();
        QVERIFY(requests >= 8);
        const qsizetype n0 = oplogRows(m_b);

        // The same state under faults: some requests fail, some answers are lost after the write.
        QVERIFY(startSandbox({"--fail-rate", "0.3", "--lost-write-rate", "0.2", "--fault-seed", "11"}));
        QJsonObject report;
        for (int attempt = 0; attempt < 3 && report.isEmpty(); ++attempt) // a failed read sends nothing
            report = json({"policy", "apply", "--instance", m_b, "--file", file("a2.json")})
                         .object()
                         .value("reports")
                         .toArray()
                         .at(0)
                         .toObject();
        QVERIFY(!report.isEmpty());
        const QJsonArray changes = report.value("changes").toArray();
        QCOMPARE(changes.size(), plan.value("changes").toArray().size());
        QCOMPARE(report.value("unverified").toInt(), 0);

        // Without faults: what the report says took effect is exactly what did.
        QVERIFY(startSandbox());
        const QJsonArray remaining = json({"policy", "diff", "--instance", m_b, "--file", file("a2.json")})
                                         .object()
                                         .value("plans")
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value("changes")
                                         .toArray();
        QSet<QString> open;
        for (const QJsonValue& v : remaining)
            open.insert(v.toObject().value("list").toString() + '/' + v.toObject().value("name").toString());
        QSet<int> appliedRequests;
        QSet<int> failedRequests;
        int failed = 0;
        for (const QJsonValue& v : changes) {
            const QJsonObject c = v.toObject();
            const QString key = c.value("list").toString() + '/' + c.value("name").toString();
            const QString state = c.value("state").toString();
            QVERIFY2(state == "applied" || state == "failed", qPrintable(state));
            QCOMPARE(open.contains(key), state == "failed");
            if (state == "failed") {
                ++failed;
                QVERIFY2(!c.value("error").toObject().value("message").toString().isEmpty(), qPrintable(key));
            }
        }
        QCOMPARE(remaining.size(), failed);
        qInfo("under faults: %d of %d changes failed", failed, int(changes.size()));
        QVERIFY2(failed > 0 && failed < changes.size(), "--fault-seed 11 makes some requests fail, not all");
        // Each request either took effect completely or not at all, and was sent once: the
        // operation log grew by the requests whose changes were applied.
        const QJsonArray planChanges = plan.value("changes").toArray();
        for (qsizetype i = 0; i < changes.size(); ++i)
            (changes.at(i).toObject().value("state").toString() == "applied" ? appliedRequests
                                                                             : failedRequests)
                .insert(planChanges.at(i).toObject().value("request").toInt());
        QVERIFY(!appliedRequests.intersects(failedRequests));
        const qsizetype n1 = oplogRows(m_b);
        QCOMPARE(n1 - n0, appliedRequests.size());

        // A rerun completes the rest; in total every request of the plan took effect exactly once.
        const CtlResult rerun = ctl({"policy", "apply", "--instance", m_b, "--file", file("a2.json")});
        QVERIFY2(rerun.exitCode == 0, rerun.out + rerun.err);
        QCOMPARE(ctl({"policy", "diff", "--instance", m_b, "--file", file("a2.json")}).exitCode, 0);
        QCOMPARE(oplogRows(m_b) - n0, requests);
    }
};

QTEST_GUILESS_MAIN(TestDbssctlPolicy)
#include "tst_dbssctl_policy.moc"
