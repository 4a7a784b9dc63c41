// --state FILE: load at start, save after every mutation (atomic), refuse a corrupt file.
#include "tests/common/SandboxFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss::test;

class TestPersistence : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString file(const QString& name) const { return m_dir.filePath(name); }

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
