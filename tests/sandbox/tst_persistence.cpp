// --state FILE: load at start, save after every mutation (journal + snapshot), refuse a corrupt
// file, apply only what was saved, survive kill -9 at any moment.
#include "tests/common/SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss::test;

class TestPersistence : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    // Switches the first agent of the instance; returns the HTTP status.
    static int switchAgent(SandboxFixture& sb, const QString& id, int* newStatus = nullptr,
                           QByteArray* body = nullptr) {
        const QString agents = sb.v2(QStringLiteral("/%1/audit/agents").arg(id));
        const QJsonObject agent =
            sb.client->get(agents).json().value(QStringLiteral("agents")).toArray().first().toObject();
        const int status = 1 - agent.value(QStringLiteral("status")).toInt();
        const TestResponse r =
            sb.client->postJson(sb.v1(QStringLiteral("/%1/audit/agent/switch").arg(id)),
                                {{QStringLiteral("agent_id"), agent.value(QStringLiteral("agent_id"))},
                                 {QStringLiteral("status"), status}});
        if (newStatus)
            *newStatus = status;
        if (body)
            *body = r.body;
        return r.status;
    }
    static int agentStatus(SandboxFixture& sb, const QString& id) {
        return sb.client->get(sb.v2(QStringLiteral("/%1/audit/agents").arg(id)))
            .json()
            .value(QStringLiteral("agents"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("status"))
            .toInt();
    }

    // Runs the binary expecting it to refuse to start; returns exit code and stderr.
    static int refuse(const QStringList& args, QByteArray* err) {
        SandboxProcess p(args);
        QString error;
        if (p.start(&error))
            return 0;
        p.process().waitForFinished(5000);
        *err = error.toUtf8() + p.stderrText();
        return p.process().exitCode();
    }

private Q_SLOTS:
    void roundTrip() {
        const QString state = file(QStringLiteral("state.json"));
        QString riskId;
        QString instanceId;
        QString resourceId;
        int logSize = 0;
        {
            SandboxFixture sb({QStringLiteral("--state"), state});
            QString error;
            QVERIFY2(sb.start(&error), qPrintable(error));
            QVERIFY(QFile::exists(state)); // written at start
            instanceId = sb.instanceId();
            resourceId = sb.instance().value(QStringLiteral("resource_id")).toString();
            const QJsonArray rules =
                sb.client->get(sb.v1(QStringLiteral("/%1/dbss/audit/rule/risk").arg(instanceId)))
                    .json()
                    .value(QStringLiteral("rules"))
                    .toArray();
            riskId = rules.first().toObject().value(QStringLiteral("id")).toString();
            QCOMPARE(sb.client
                         ->postJson(sb.v1(QStringLiteral("/%1/audit/rule/risk/switch").arg(instanceId)),
                                    {{QStringLiteral("ids"), riskId},
                                     {QStringLiteral("status"), QStringLiteral("OFF")}})
                         .status,
                     200);
            QCOMPARE(
                sb.client
                    ->postJson(sb.v1(QStringLiteral("/auditInstance/%1/tags/create").arg(resourceId)),
                               {{QStringLiteral("tags"),
                                 QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("persisted")},
                                                        {QStringLiteral("value"), QStringLiteral("yes")}}}}})
                    .status,
                204);
            logSize = sb.operateLog(instanceId).size();
        } // process terminated here

        // Restart on the same file (and a --seed that the saved state overrides).
        SandboxFixture sb(
            {QStringLiteral("--state"), state, QStringLiteral("--seed"), QStringLiteral("3000")});
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        QCOMPARE(sb.instanceId(), instanceId);
        const TestResponse rule =
            sb.client->get(sb.v1(QStringLiteral("/%1/dbss/audit/rule/risk/%2").arg(instanceId, riskId)));
        QCOMPARE(rule.json().value(QStringLiteral("status")).toString(), QStringLiteral("OFF"));
        const int tagged =
            sb.client
                ->postJson(sb.v1(QStringLiteral("/auditInstance/resource-instances/count")),
                           {{QStringLiteral("tags"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("key"), QStringLiteral("persisted")},
                                 {QStringLiteral("values"), QJsonArray{QStringLiteral("yes")}}}}}})
                .json()
                .value(QStringLiteral("total_count"))
                .toInt();
        QCOMPARE(tagged, 1);
        QCOMPARE(sb.operateLog(instanceId).size(), logSize);
        // No temporary files left beside it (QSaveFile renames atomically).
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("state.json")});
    }

    void failedSaveIsNotApplied() {
        // The state's folder turns into a file mid-run: even root cannot write below it.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("state"));
        QVERIFY(QDir().mkpath(folder));
        const QString state = folder + QStringLiteral("/sandbox.json");
        SandboxFixture sb({QStringLiteral("--state"), state});
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const QString id = sb.instanceId();
        int saved = 0;
        QCOMPARE(switchAgent(sb, id, &saved), 200);
        const int logSize = sb.operateLog(id).size();

        QVERIFY(QDir().rename(folder, folder + QStringLiteral(".moved")));
        {
            QFile blocker(folder);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        QByteArray body;
        QCOMPARE(switchAgent(sb, id, nullptr, &body), 500);
        QVERIFY2(body.contains("not applied"), body.constData());
        QVERIFY2(!body.contains(dir.path().toUtf8()) && !body.contains("sandbox.json"), body.constData());
        QCOMPARE(agentStatus(sb, id), saved);        // the change is not visible ...
        QCOMPARE(sb.operateLog(id).size(), logSize); // ... nor its log row
        QByteArray serverLog;
        QTRY_VERIFY(
            (serverLog += sb.process.stderrText()).contains("sandbox.json")); // the operator sees where

        // The folder comes back: the next write succeeds, and a restart shows exactly the saved writes.
        QVERIFY(QFile::remove(folder));
        QVERIFY(QDir().rename(folder + QStringLiteral(".moved"), folder));
        int second = 0;
        QCOMPARE(switchAgent(sb, id, &second), 200);
        QCOMPARE(second, 1 - saved);
        sb.process.process().kill();
        sb.process.process().waitForFinished(3000);
        SandboxFixture again({QStringLiteral("--state"), state});
        QVERIFY2(again.start(&error), qPrintable(error));
        QCOMPARE(agentStatus(again, id), second);
        QCOMPARE(again.operateLog(id).size(), logSize + 1);
    }

    void killedAtAnyMomentLosesNoAcknowledgedWrite() {
        const QString state = file(QStringLiteral("killed.json"));
        const QString journal = state + QStringLiteral(".journal");
        QString id;
        int expectedStatus = 0;
        int expectedLog = 0;
        for (int round = 0; round < 4; ++round) {
            SandboxFixture sb({QStringLiteral("--state"), state});
            QString error;
            QVERIFY2(sb.start(&error), qPrintable(error));
            if (id.isEmpty()) {
                id = sb.instanceId();
                expectedStatus = agentStatus(sb, id);
                expectedLog = sb.operateLog(id).size();
            }
            QCOMPARE(agentStatus(sb, id), expectedStatus);
            QCOMPARE(sb.operateLog(id).size(), expectedLog);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(switchAgent(sb, id, &expectedStatus), 200);
                ++expectedLog;
            }
            QVERIFY(QFile::exists(journal)); // the writes went to the journal
            sb.process.process().kill();     // no chance to compact
            sb.process.process().waitForFinished(3000);
            if (round % 2 == 1) {
                // A write torn by the crash: half a record at the end of the journal.
                QFile f(journal);
                QVERIFY(f.open(QIODevice::Append));
                f.write("{\"sequence\":999,\"changes\":[{\"project\":\"");
            }
        }
        SandboxFixture last({QStringLiteral("--state"), state});
        QString error;
        QVERIFY2(last.start(&error), qPrintable(error));
        QCOMPARE(agentStatus(last, id), expectedStatus);
        QCOMPARE(last.operateLog(id).size(), expectedLog);
    }

    void corruptJournalRefused() {
        const QString state = file(QStringLiteral("journaled.json"));
        {
            SandboxFixture sb({QStringLiteral("--state"), state});
            QString error;
            QVERIFY2(sb.start(&error), qPrintable(error));
            QCOMPARE(switchAgent(sb, sb.instanceId()), 200);
            QCOMPARE(switchAgent(sb, sb.instanceId()), 200);
            sb.process.process().kill();
            sb.process.process().waitForFinished(3000);
        }
        // Damage in the middle (not a torn tail): refused, both files untouched.
        QFile f(state + QStringLiteral(".journal"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray content = f.readAll();
        QVERIFY(content.count('\n') >= 2);
        content[0] = '#'; // the first record no longer parses
        f.seek(0);
        f.write(content);
        f.close();
        QByteArray err;
        QCOMPARE(refuse({QStringLiteral("--state"), state}, &err), 1);
        QVERIFY2(err.contains("corrupt") && err.contains("journal"), err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void corruptFileRefused_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated JSON")
            << QByteArray("{\"format\":\"dbss-sandbox-state\",\"version\":1,\"projects\":[");
        QTest::newRow("other JSON") << QByteArray("{\"hello\":\"world\"}");
        QTest::newRow("wrong version")
            << QByteArray("{\"format\":\"dbss-sandbox-state\",\"version\":99,\"projects\":[]}");
        QTest::newRow("empty") << QByteArray();
    }

    void corruptFileRefused() {
        QFETCH(QByteArray, content);
        const QString state =
            file(QStringLiteral("corrupt-%1.json")
                     .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        {
            QFile f(state);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        QByteArray err;
        const int code = refuse({QStringLiteral("--state"), state}, &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("corrupt") && err.contains(state.toUtf8()), err.constData());
        QFile f(state);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content); // never overwritten
    }
};

QTEST_GUILESS_MAIN(TestPersistence)
#include "tst_persistence.moc"
